"""A small learned urgency classifier, combined with the urgency rules (nlp/urgency.py).

The rules score ~0.97 on the texts they were tuned on and 0.65-0.74 on texts they had never seen.
This model reads the same text a second way: logistic regression over lower-cased word unigrams and
bigrams (typos and slang folded: "rn" -> "now", "nite" -> "night"; accents stripped; digit runs
folded to "0") and the 4-letter pieces of words of five letters or more ("#stab", "#bing": a misspelt
word shares most of them). `rule_signals` (which cue families fired, which a negation hid, the rules'
verdict) were tried as extra features and did worse on unseen text; so did tense, person and negation-window
features. Weights are data (nlp/data/en/urgency_model.json, trained on every English and Spanish dev text by
`python -m nlp.tools.train_urgency`); nlp/URGENCY_MODEL.md has the figures.

How it combines with the rules (`decide`): the rules' reason stands unless the words' evidence (the sum of
their weights) is below the model's veto; when the rules find nothing, the text is urgent if the model's
probability reaches the threshold and the rules saw no sign against it (a past time or a PAST, TALK, RESOLVED
or NEGATION cue, or weapon talk), or reaches the overrule probability whatever they saw; the reason is
"possible emergency: outside, banging" (the two present words the model weighs most). The settings were
chosen on the fair test of stop 21: five files the rules had never seen, each scored with the rules as they
stood before it and a model trained without it (see URGENCY_MODEL.md).

Pure Python: one dict lookup per feature.
"""
from __future__ import annotations

import json
import math
import random
import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import repeat
from pathlib import Path

from .doc_attrs import URGENCY_CUES, read

MODEL_PATH = Path(__file__).parent / "data" / "en" / "urgency_model.json"
MODEL_REASON = "possible emergency"
HIDING = frozenset(("NEGATION", "RESOLVED"))
CHAR_N, CHAR_MIN = 4, 5  # character 4-grams of the words of 5 letters or more (typos: "stabing", "kinfe")
_TOKEN_RE = re.compile(r"[a-z0-9ñ]+")
_DIGITS_RE = re.compile(r"(?<![0-9])(?!(?:999|911|112)(?![0-9]))[0-9]+")  # the emergency numbers stay
# Text-speak and common misspellings folded to one word, so the model learns them once.
FOLD = {
    "rn": "now", "rite": "right", "nite": "night", "tonite": "tonight", "2nite": "tonight", "2night": "tonight",
    "u": "you", "ur": "your", "ya": "you", "pls": "please", "plz": "please", "plzz": "please", "sum1": "someone",
    "som1": "someone", "sumone": "someone", "some1": "someone", "cuz": "because", "coz": "because", "bc": "because",
    "gonna": "going", "gunna": "going", "wanna": "want", "gotta": "got", "n": "and", "im": "i", "hes": "he",
    "shes": "she", "theyre": "they", "theres": "there", "thats": "that", "its": "it", "k": "ok", "okay": "ok", "rly": "really", "b4": "before", "2day": "today", "yday": "yesterday",
    "ystrday": "yesterday", "mins": "min", "minutes": "min", "minute": "min", "secs": "sec", "seconds": "sec",
    "hrs": "hour", "hours": "hour", "ppl": "people", "bro": "brother", "mum": "mom", "mam": "mom",
    "ahorita": "ahora", "xq": "porque", "pq": "porque", "q": "que",
}
_ACCENTS = str.maketrans({"á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "ü": "u", "’": None, "`": None})


def words(text: str) -> list[str]:
    """The text's words, lower case, accents and apostrophes dropped ("he's" -> "hes" -> "he"), digit runs
    folded to "0" ("10mins" -> "0mins"; not 999, 911, 112), text-speak folded (FOLD)."""
    lowered = text.lower()
    if "'" in lowered:
        lowered = lowered.replace("'", "")
    if not lowered.isascii():  # accents, curly apostrophes: the slower translate only when there are any
        lowered = lowered.translate(_ACCENTS)
    get = FOLD.get
    tokens = _TOKEN_RE.findall(lowered)
    for index, token in enumerate(tokens):
        if not token.isalpha():
            tokens[index] = _DIGITS_RE.sub("0", token)
    return [get(token, token) for token in tokens]


def features(text: str, signals: Iterable[str] = ()) -> list[str]:
    """The model's features: word unigrams ("knife"), bigrams ("got knife"), the 4-letter pieces of each word of
    five letters or more, marked "#" and with "<" ">" at its ends ("#<kni", "#knif", "#nife", "#ife>": a typo
    or another form of a word shares most of them), and any rule signals ("r:C:WEAPON")."""
    tokens = words(text)
    found = tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:])]
    for token in tokens:
        if len(token) >= CHAR_MIN:
            found.extend(pieces(token))
    if signals:
        found.extend("r:" + signal for signal in signals)
    return found


@lru_cache(maxsize=1 << 16)
def pieces(token: str) -> tuple[str, ...]:
    """A word's 4-letter pieces, "<" and ">" at its ends: "knife" -> "#<kni", "#knif", "#nife", "#ife>" (cached:
    words repeat)."""
    padded = f"<{token}>"
    return tuple("#" + padded[i:i + CHAR_N] for i in range(len(padded) - CHAR_N + 1))


def rule_signals(doc, reason: str | None, past_time: bool, progressive: bool) -> list[str]:
    """What the rule pass saw: each cue family that fired ("C:WEAPON"), those a negation or "all over now"
    hid ("H:WEAPON"), a past time, a present progressive, and the verdict ("V:weapon mentioned", "V:-")."""
    cues = read(doc, URGENCY_CUES)
    hiding = [(span.start, span.end) for span in cues if span.label_ in HIDING]
    found = set()
    for span in cues:
        label = span.label_
        hidden = label not in HIDING and any(s <= span.start and span.end <= e for s, e in hiding)
        found.add(("H:" if hidden else "C:") + label)
    if past_time:
        found.add("PAST_TIME")
    if progressive:
        found.add("PROGRESSIVE")
    found.add("V:" + (reason.split(":")[0] if reason else "-"))
    return sorted(found)


class UrgencyModel:
    """Weights by feature, a bias, and the three settings of the combination with the rules (`decide`):
    `threshold` (the probability at which the model alone makes a text urgent when the rules found nothing and
    saw no sign against it), `veto` (when the words' evidence, the sum of their weights, is below it, the model
    drops the rules' reason: the words weigh against an emergency, not merely say nothing) and `overrule` (the
    probability at which the model makes a text urgent whatever sign against it the rules saw)."""

    def __init__(self, weights: dict[str, float], bias: float, threshold: float, veto: float = -math.inf,
                 overrule: float = 1.1):
        self.weights = weights
        self.bias = bias
        self.threshold = threshold
        self.veto = veto
        self.overrule = overrule

    def evidence(self, feats: Iterable[str]) -> float:
        """The sum of the features' weights: above 0 the words lean towards urgent, below 0 against."""
        return sum(map(self.weights.get, set(feats), repeat(0.0)))

    def probability(self, evidence: float) -> float:
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, self.bias + evidence))))

    def score(self, feats: Iterable[str]) -> float:
        return self.probability(self.evidence(feats))

    def top_words(self, feats: Iterable[str], n: int = 2) -> list[str]:
        """The present words the model weighs most towards urgent, strongest first (for the officer-facing reason)."""
        get = self.weights.get
        plain = reason_stop_words()
        scored = sorted({(get(feat, 0.0), feat) for feat in feats if feat.isalpha() and feat not in plain}, reverse=True)
        return [feat for weight, feat in scored[:n] if weight > 0]

    def to_json(self) -> dict:
        return {"bias": round(self.bias, 5), "threshold": self.threshold, "veto": self.veto, "overrule": self.overrule,
                "weights": {k: round(v, 4) for k, v in sorted(self.weights.items()) if abs(round(v, 4)) > 0}}


@lru_cache(maxsize=1)
def reason_stop_words() -> frozenset[str]:
    """English and Spanish function words ("is", "the", "la"): never the words of a reason."""
    from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH
    from spacy.lang.es.stop_words import STOP_WORDS as SPANISH
    return frozenset(ENGLISH) | frozenset(word.translate(_ACCENTS) for word in SPANISH)


@lru_cache(maxsize=1)
def model() -> UrgencyModel | None:
    """The shipped model (None when the data file is absent: the rules alone decide)."""
    try:
        raw = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    return UrgencyModel(raw["weights"], raw["bias"], raw["threshold"], raw.get("veto", -math.inf), raw.get("overrule", 1.1))


def decide(text: str, reason: str | None, counter_evidence: Callable[[], bool] = lambda: False,
           chosen: UrgencyModel | None = None, vetoable: bool = True) -> str | None:
    """Rules and model together (the combination that did best on text neither had seen, URGENCY_MODEL.md):
    - the rules' reason stands unless the words weigh clearly against an emergency (their evidence below the
      model's `veto`): a rule misreading an everyday text; a reading the rules made of several signs together
      (`vetoable` False: someone missing and at risk, a child shut in a hot car, words of suicide) always stands;
    - when the rules found nothing, the model's reason when its probability reaches its `threshold` and the
      rules saw no sign against it (`counter_evidence`, asked only then: a past time, talk, "all out now", a
      negation, weapon talk), or reaches its `overrule` whatever they saw;
    - else None."""
    chosen = chosen or model()
    if chosen is None:
        return reason
    feats = features(text)
    evidence = chosen.evidence(feats)
    if reason is not None:
        return reason if evidence >= chosen.veto or not vetoable else None
    probability = chosen.probability(evidence)
    if probability < chosen.threshold or (probability < chosen.overrule and counter_evidence()):
        return None
    top = chosen.top_words(feats)
    return f"{MODEL_REASON}: {', '.join(top)}" if top else MODEL_REASON


def train(rows: list[tuple[list[str], bool]], epochs: int = 30, rate: float = 0.2, l2: float = 1e-4,
          min_count: int = 2, seed: int = 13) -> UrgencyModel:
    """Logistic regression by SGD (deterministic: a seeded shuffle), weights averaged over the steps.
    Features seen in fewer than `min_count` texts are dropped. Rows are (features, urgent)."""
    seen: dict[str, int] = {}
    for feats, _ in rows:
        for feat in set(feats):
            seen[feat] = seen.get(feat, 0) + 1
    keep = {feat for feat, n in seen.items() if n >= min_count}
    data = [(sorted(set(feats) & keep), 1.0 if label else 0.0) for feats, label in rows]
    weights: dict[str, float] = {}
    total: dict[str, float] = {}   # running sums for the average (lazy: weight * steps since last change)
    stamp: dict[str, int] = {}
    bias = bias_total = 0.0
    step = 0
    order = list(range(len(data)))
    shuffle = random.Random(seed).shuffle
    for epoch in range(epochs):
        shuffle(order)
        lr = rate / (1.0 + epoch * 0.2)
        for index in order:
            feats, label = data[index]
            z = bias + sum(weights.get(f, 0.0) for f in feats)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            gradient = p - label
            step += 1
            bias_total += bias
            bias -= lr * gradient
            for f in feats:
                w = weights.get(f, 0.0)
                total[f] = total.get(f, 0.0) + w * (step - stamp.get(f, 0))
                stamp[f] = step
                weights[f] = w - lr * (gradient + l2 * w * len(data) / max(1, seen[f]))
    for f, w in weights.items():
        total[f] += w * (step - stamp[f])
    averaged = {f: total[f] / step for f in weights}
    return UrgencyModel(averaged, bias_total / step, 0.5)
