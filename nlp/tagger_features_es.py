"""The Spanish location tagger's features: what it reads of each token of a Spanish tip.

The same kind of features as the English tagger (tagger_features.py: word, shape, suffix, prefix, word-list
flags, the same for two neighbours either side, gazetteer and local-name matches, the rules' places for
stacking), read the Spanish way: accents folded ("esta"/"está" are one word), flags from the Spanish lists as
well as the English ones (a Spanish street type or landmark, a common Spanish word, a word neither dictionary
knows, a Spanish ordinal "5ta"), the place cue phrase right before the token ("en la esquina de", "cerca de",
"frente a", "afuera de", "por la calle": nlp/data/es/span_tagger_cues.json), an article before a name ("la
kedzie", "el walmart") and the two words before it as a pair. The lists are read from the rules' data, never
copied here. A word's own features are built once per word, in a bounded cache.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

from spacy.tokens import Doc

from .doc_attrs import GAZETTEER_NAMES, LOCAL_NAMES, read
from .lexicon import DATA_DIR, UNACCENTED, common_words, gazetteer, lexicon, spanish_lexicon, stop_words
from .spanish_rules import common_spanish
from .street_names import anchor_words
from .tagger_features import ORDINAL_RE, WordCache, char_spans_to_tokens, mark, shape_of, word_feature_names

CUES_PATH = DATA_DIR / "es" / "span_tagger_cues.json"
SPANISH_ORDINAL_RE = re.compile(r"^\d{1,3}(?:a|o|ra|ro|va|vo|ta|to|na|no|da|do|er|ro)$")
MAX_CUE_WORDS = 5


def fold(word: str) -> str:
    return word.lower().translate(UNACCENTED)


@lru_cache(maxsize=None)
def word_lists() -> dict:
    """The Spanish and English word lists the rules use (read from their data), accents folded."""
    es = spanish_lexicon()
    cues = json.loads(CUES_PATH.read_text(encoding="utf-8"))
    streets, places = anchor_words()
    en = lexicon()

    def folded(words) -> frozenset[str]:
        return frozenset(fold(w) for w in words)

    return {
        "street": folded(es["street_types"]) | folded(es["spanish_street_types"]) | streets,
        "place": folded(w for w in es["landmarks"] if " " not in w) | folded(es["proper_landmarks"]) | places,
        "direction": folded(es["street_directions"]),
        "notname": folded(es["not_names"]),
        "en_cue": frozenset(en["place_cues"]),
        "name": frozenset(en["capitalised_name_words"]),
        "chain": frozenset(en["chains"]),
        "cues": {tuple(phrase.split()) for phrase in cues["place_cues"]},
        "articles": frozenset(cues["articles"]),
        "joiners": frozenset(cues["joiners"]),
        "areas": frozenset(cues["area_words"]),
    }


def word_parts(word: str) -> tuple[str, str, tuple[str, ...]]:
    """(accent-folded lower-cased word, shape, flags from the Spanish and English word lists)."""
    lists = word_lists()
    lower = fold(word)
    bare = lower.rstrip(".")
    flags = []
    if bare in lists["street"]:
        flags.append("st")
    if bare in lists["place"]:
        flags.append("pl")
    if bare in lists["direction"]:
        flags.append("dir")
    if lower in lists["en_cue"]:
        flags.append("encue")
    if lower in gazetteer() or word.lower() in gazetteer():
        flags.append("gz")
    if lower in lists["articles"]:
        flags.append("art")
    if lower in lists["joiners"]:
        flags.append("join")
    if lower in lists["notname"]:
        flags.append("nn")
    if lower.isalpha():
        spanish, english = common_spanish(lower), lower in common_words()
        if spanish:
            flags.append("es")
        if english:
            flags.append("en")
        if lower in stop_words():
            flags.append("sw")
        if not spanish and not english:
            flags.append("unk")   # in neither dictionary: a name, slang or a typo
    if lower in lists["name"]:
        flags.append("nm")
    if lower in lists["chain"]:
        flags.append("ch")
    if ORDINAL_RE.match(lower) or SPANISH_ORDINAL_RE.match(lower):
        flags.append("ord")
    elif lower.isdigit():
        flags.append(f"num{min(len(lower), 6)}")
    return lower, shape_of(word), tuple(flags)


def build_word_features(word: str) -> tuple[tuple[str, ...], dict[int, tuple[str, ...]], str, tuple[str, ...]]:
    """(own features, {-2/-1/+1/+2: as a neighbour}, folded word, flags): the English tagger's feature names of the
    Spanish word parts."""
    lower, shape, flags = word_parts(word)
    own, neighbours = word_feature_names(lower, shape, flags)
    return own, neighbours, lower, flags


word_features = WordCache(build_word_features).__getitem__   # built once per word


def cue_before(words: list[str], i: int) -> str | None:
    """The longest place cue phrase that ends just before token i ("en la esquina de"), or None."""
    cues = word_lists()["cues"]
    for size in range(min(MAX_CUE_WORDS, i), 0, -1):
        phrase = tuple(words[i - size:i])
        if phrase in cues:
            return " ".join(phrase)
    return None


def token_features(doc: Doc, rule_spans=None) -> list[list[str]]:
    """Every token's features except the previous tag (added while decoding). `rule_spans`: (start_char,
    end_char, ...) places the rules found (None: a tagger that does not read them)."""
    table = [word_features(t.text) for t in doc]
    out = []
    for i, feats in enumerate(context_features(doc, table, rule_spans)):
        own = ["bias", *table[i][0]]
        if i:
            own.extend(table[i - 1][1][-1])
            if i > 1:
                own.extend(table[i - 2][1][-2])
        if i + 1 < len(table):
            own.extend(table[i + 1][1][1])
            if i + 2 < len(table):
                own.extend(table[i + 2][1][2])
        out.append(own + feats)
    return out


def context_features(doc: Doc, table: list, rule_spans=None) -> list[list[str]]:
    """Each token's features that are not a word's own or a neighbour's own (those are in `table`, from
    word_features): its shape beside the previous one's, the words around it as pairs, an article before it, the
    cue phrase before it, gazetteer and local names, the rules' places."""
    n = len(doc)
    words = [row[2] for row in table]
    gaz = mark(read(doc, GAZETTEER_NAMES), n, "g=B", "g=I")
    local = mark(read(doc, LOCAL_NAMES), n, "l=B", "l=I")
    rules = mark(char_spans_to_tokens(doc, rule_spans), n, "r=B", "r=I") if rule_spans is not None else None
    out = []
    for i in range(n):
        own, _, lower, flags = table[i]
        shape = own[1]
        feats = []
        if i == 0:
            feats.append("first")
        else:
            if words[i - 1] in (".", "!", "?", ","):
                feats.append(f"after_punct={words[i - 1]}")
            feats.append(f"ws={shape}|{table[i - 1][0][1]}")
            if i > 1:
                feats.append(f"bg-={words[i - 2]}_{words[i - 1]}")
            if "art" in table[i - 1][3]:
                feats.append(f"art|{shape}|{'unk' if 'unk' in flags else 'es' if 'es' in flags else 'o'}")
        if i + 1 < n:
            if i + 2 < n:
                feats.append(f"bg+={words[i + 1]}_{words[i + 2]}")
        else:
            feats.append("last")
        cue = cue_before(words, i)
        if cue is not None:
            feats.append(f"cue={cue}")
            feats.append(f"cue|{shape}")
            feats.append(f"cue|{'unk' if 'unk' in flags else 'es' if 'es' in flags else 'o'}")
        if gaz[i]:
            feats.append(gaz[i])
        if local[i]:
            feats.append(local[i])
        if rules is not None:
            feats.append(rules[i] or "r=O")
            if rules[i] == "r=B" and i:
                feats.append(f"r=B|prev={words[i - 1]}")
            if rules[i] and i + 1 < n and rules[i + 1] is None:
                feats.append(f"r=end|next={words[i + 1]}")
        out.append(feats)
    return out
