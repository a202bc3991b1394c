"""The shape of an urgency text's sentences, read from the text on top of the cue words (used by nlp/urgency.py).

- a present progressive ("he's kicking", "they are smashing", "its spreading", "she's not breathing") is a weak
  NOW: the tipster describes something going on; in Spanish only the present of estar with a danger cue in it
  ("se esta quemando", "le estan pegando");
- a violence verb in the simple past with an object ("assaulted a steward", "attacked me", "stabbed my brother";
  data: nlp/data/en/urgency_shapes.json) tells of a past event: that trigger counts only with a (weak) NOW or a
  call for help. A victim's state counts on its own ("man stabbed outside the bar", "someone's been stabbed", "got
  glassed"), and so does a perfect ("has stabbed");
- when no cue phrase decides, the words do (`score_words`): a violence verb in -ing aimed at someone, a drunk
  word with a driving word, someone vulnerable exposed, points for violence done and harm with a present cue.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from .lexicon import DATA_DIR
from .spans import lower_words, text_of
from .urgency_thing_words import damage_to_a_vehicle

HELP_LABELS = frozenset(("HELP", "HELP_WEAK"))


@lru_cache(maxsize=None)
def shapes() -> dict:
    """nlp/data/en/urgency_shapes.json: the words that shape a sentence's tense (see the module docstring)."""
    raw = json.loads((DATA_DIR / "en" / "urgency_shapes.json").read_text(encoding="utf-8"))
    found = {name: frozenset(words) for name, words in raw.items() if isinstance(words, list)}
    be = "|".join(re.escape(word) for word in sorted(raw["progressive_be"], key=len, reverse=True))
    found["progressive_re"] = re.compile(
        rf"(?:\b(?:{be})|['’]s|['’]re)\s+(?:(?:still|now|just|not|all|really|actually)\s+)?([a-z]{{2,}}ing)\b")
    return found


def progressive(doc: Doc) -> bool:
    """An English present progressive ("he's kicking", "its spreading"): something going on now."""
    words = lower_words(doc)
    if not any(word.endswith("ing") for word in words):
        return False
    table = shapes()
    not_verbs = table["not_progressive"]
    return any(match.group(1) not in not_verbs for match in table["progressive_re"].finditer(text_of(doc).lower()))


# A Spanish present progressive ("se esta quemando", "lo estoy viendo", "le están pegando"): happening now. Only
# the present of estar: "estaban peleando" is the past.
ES_PROGRESSIVE_RE = re.compile(r"\b(?:estoy|estamos|est[aá]n?)\s+(?:(?:me|te|se|lo|la|le|los|las|les|nos)\s+)?[a-zñ]+(?:ando|iendo|yendo)\b")


def es_progressive(doc: Doc, triggers: list) -> bool:
    """A Spanish present progressive that is itself a danger cue ("se esta quemando", "le estan pegando"); not
    "la policía está investigando"."""
    text = text_of(doc).lower()
    if "ndo" not in text:
        return False
    return any(span.start_char < match.end() and match.start() < span.end_char
               for match in ES_PROGRESSIVE_RE.finditer(text) for span in triggers)


def past_event(span: Span) -> bool:
    """A violence verb in the simple past with an object ("assaulted a steward", "attacked me"): a past event.
    Not a victim's state ("man stabbed outside", "got glassed", "has been stabbed") nor a perfect ("has stabbed")."""
    table = shapes()
    doc = span.doc
    for index in range(span.start, span.end):
        if doc[index].lower_ not in table["violent_past"]:
            continue
        before = doc[index - 1].lower_ if index else ""
        if before in table["not_simple_past"] or (before in ("'s", "’s", "s") and index > 1):
            return False
        if index + 1 < span.end:
            return True  # the object is in the phrase: "stabbed him"
        following = doc[index + 1].lower_ if index + 1 < len(doc) else ""
        return following in table["objects"]
    return False


def score_words(doc: Doc, labels: dict, negated: list) -> str | None:
    """When no cue phrase decides, the words decide: a violence verb in -ing ("men forcing their way in",
    "chasing kids with a stick") is danger going on; otherwise 2 points for a violence verb in the past
    ("bottled", "knocked her over") and 1 for each sign of harm or weapon-like tool ("floor", "screwdriver"),
    urgent at 2 points with a present cue (a NOW, a progressive, a call for help, "here", "quick")."""
    table = shapes()
    words = lower_words(doc)
    if not words.isdisjoint(table["drunk"]) and not words.isdisjoint(table["drive"]) and \
            ("NOW" in labels or "NOW_WEAK" in labels or progressive(doc)):
        return "drink driver"  # "a drunk guy is trying to drive off": the words, not one phrase
    if not words.isdisjoint(table["vulnerable"]):  # "old lady wandering in the road", "toddler on the window ledge"
        exposed = len(words & table["exposure"])
        if exposed >= 2 or (exposed and ("NOW" in labels or "NOW_WEAK" in labels or progressive(doc))):
            return "someone vulnerable in danger"
    if words.isdisjoint(table["danger_ing"]) and words.isdisjoint(table["danger_ing_alone"]) \
            and words.isdisjoint(table["danger_done"]) and words.isdisjoint(table["harm"]) \
            and words.isdisjoint(table["danger_at"]):
        return None
    if negated:  # words inside "fight club", "killing time" do not count
        hidden = {token.lower_ for s, e, _ in negated for token in doc[s:e]}
        words = words - hidden
    going = (words & table["danger_ing_alone"]) or {word for word in words & table["danger_ing"] if at_someone(doc, word)} \
        or {word for word in words & table["danger_at"] if aimed_at_someone(doc, word)}
    if going:
        return f"someone hurt or attacked: {min(going)}"
    done = {word for word in words & table["danger_done"] if not damage_to_a_vehicle(doc, word)}  # "jeep smashed"
    points = 2 * len(done) + len(words & table["harm"])
    if points < 2:
        return None
    present = "NOW" in labels or "NOW_WEAK" in labels or not HELP_LABELS.isdisjoint(labels) \
        or not words.isdisjoint(table["present"]) or progressive(doc)
    if not present:
        return None
    return f"someone hurt or attacked: {min(done)}" if done else "danger: " + ", ".join(sorted(words & table["harm"])[:2])


def at_someone(doc: Doc, word: str) -> bool:
    """A violence verb in -ing with a person, an animal or a weapon-like tool in the next four words: "kicking
    a lad", "chasing kids", "swinging a chain" (not "kicking a football against cars")."""
    table = shapes()
    for token in doc:
        if token.lower_ == word:
            if any(other.lower_ in table["people"] or other.lower_ in table["harm"] for other in doc[token.i + 1:token.i + 5]):
                return True
    return False


def aimed_at_someone(doc: Doc, word: str) -> bool:
    """An -ing verb aimed "at" a person or animal, or dropped "onto" anything: "throwing tiles at people below",
    "throwing bricks onto cars" (not "throwing eggs at houses")."""
    people = shapes()["people"]
    for token in doc:
        if token.lower_ == word:
            after = doc[token.i + 1:token.i + 7]
            for other in after:
                if other.lower_ == "onto":  # "throwing bricks off the multi storey onto cars below"
                    return True
                if other.lower_ == "at":
                    if any(person.lower_ in people for person in doc[other.i + 1:other.i + 4]):
                        return True
                    break
    return False
