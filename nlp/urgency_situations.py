"""Urgency told by the situation, and a habit closing a clause (stop 28; used by nlp/urgency_kinds.py).

- **a habit closing the clause** ("he says hell kill himself if she leaves him, he does it every time", "she always says
  that", "lo hace siempre"): the tipster tells how often the person does or says it, so the threat is a pattern, not
  news (ANNOTATION.md: a habit is not urgent, even a violent one). Only a clause that *ends* on the habit: "every time
  i go out he follows me" opens a clause with it and is read by the other rules. Read as a PAST cue (`HABIT_CLOSE_RE`
  in `SITUATION_CLAUSES`), so a NOW ("hes at the door now") still outweighs it.
- **an overdose told by what was taken** ("took 30 paracetamol", "2 empty packets of sertraline", "se tomo como 30
  pastillas"): a verb of taking with an amount, or empty packs, before a medicine word: a SUICIDE cue (`OVERDOSE_RE`; the
  model does not veto it, as for any words of suicide). A past time or a calm still outweighs it as for any cue.
- **an abduction told by forcing someone into a vehicle** ("2 blokes bundle a girl into the side door of a white
  transit", "threw her in the boot", "metieron a una muchacha en una camioneta"): a KIDNAP cue (`FORCED_IN_RE`), read
  with the past and a now as any KIDNAP cue.
- **a vehicle moving on the wrong side of a road** ("white pickup doin 90 on the wrong side of old highway 91"): a moving
  word, then "on the wrong side of" and a road word or number in one clause, a DANGER_DRIVING cue (`WRONG_SIDE_RE`); not
  "parked on the wrong side of the road", not "the wrong side of the railings".
- **a child, an animal or someone vulnerable left out in the weather** ("someones left a newborn on the doorstep, its
  freezing", "the dog has been chained in the yard and its -5 out", "dejo a una perrita amarrada a un poste con este
  calor y se fue"): a leaving word before the being or a state after it, and the cold or the heat, like a child shut in
  a hot car (`left_exposed`, a kind reading the model does not veto). The past said after the leaving is the leaver
  going off ("y se fue") or how long ("since this morning"); a past time before it ("yesterday someone left ...") is a
  report after the fact. Not with a calm or talk.
- **"bien" before an adjective is no calm** ("ya esta bien rojo y no contesta": quite red): a RESOLVED cue ending in
  "bien" with a word after it that is not a calm's (data calm_after_bien) is dropped (`bien_intensifier`).
- **someone in labour with no care at hand** ("im 8 months pregnant, my waters broke and im alone in the car",
  "contractions every 2 mins", "esta de parto"): a LABOUR cue, no hospital, midwife or maternity word, no past time or
  PAST, TALK, RESOLVED cue (`in_labour`).
- **someone on the way with a weapon** ("her ex is coming over tonight with his hunting rifle", "viene para aca con una
  pistola"): ANNOTATION.md's "a threat for tonight from someone on their way". A coming phrase aimed at a person or a
  place, then "with" and a WEAPON cue in the same clause (`coming_armed`); it outweighs weapon talk ("hunting") and the
  past after it ("he left an hour ago": when he set off). Not for a later day ("tomorrow"), not "was coming", not after a
  PAST cue, talk or a calm.
"""
from __future__ import annotations

import json
import re

from .doc_attrs import TIMES, read
from .lexicon import DATA_DIR
from .spans import LETTERS_RE, lower_words, text_of

WORDS = json.loads((DATA_DIR / "urgency_situations.json").read_text(encoding="utf-8"))


def alternation(words: list[str]) -> str:
    """A regex alternation of the phrases, longest first, spaces matching any run of spaces."""
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)) + ")"


# "he does it every time", "says that all the time", "lo hace siempre" / "he always says that", "siempre dice eso": the
# clause ends there (a stop, a comma or the end of the text).
HABIT_CLOSE_RE = re.compile(
    rf"\b(?:(?:lo\s+)?{alternation(WORDS['habit_verbs'])}(?:\s+{alternation(WORDS['habit_objects'])})?\s+"
    rf"{alternation(WORDS['habit_often'])}"
    rf"|{alternation(WORDS['habit_always'])}\s+{alternation(WORDS['habit_verbs'])}\s+{alternation(WORDS['habit_objects'])})"
    r"\s*(?=[,.;!?]|$)", re.IGNORECASE)

MEDICINE = alternation(WORDS["medicines"])
PACKS = alternation(WORDS["overdose_packs"])
DETERMINER = r"(?:(?:his|her|my|their|the|your|las|los|sus|mis|su|mi|tus)\s+)?"
# An overdose told by what was taken: a verb of taking with an amount ("took 30 paracetamol", "swallowed a whole box of
# her tablets", "se tomo como 30 pastillas") or empty packs ("2 empty packets of sertraline", "cajas vacias de
# pastillas") before a medicine word, a few words at most between them. An amount alone ("found 50 pills in his room")
# or a dose ("took his tablets") is no overdose.
OVERDOSE_RE = re.compile(
    rf"\b{alternation(WORDS['overdose_take'])}\s+(?:like\s+|about\s+|over\s+|around\s+|at\s+least\s+|como\s+|unas?\s+|"
    rf"unos\s+|m[aá]s\s+de\s+)?(?:(?:a\s+|the\s+|\d\s+|two\s+|three\s+|four\s+)(?:whole\s+)?{PACKS}\s+of|{alternation(WORDS['overdose_amount'])}|\d{{2,3}})"
    rf"\s+(?:(?:of|de)\s+)?{DETERMINER}(?:[a-z]+\s+){{0,2}}?{MEDICINE}\b"
    rf"|\b(?:empty|empties|emptied)\s+(?:[a-z]+\s+)?{PACKS}\s+of\s+(?:[a-z]+\s+)?{MEDICINE}\b"
    rf"|\b(?:empty|emptied)\s+{MEDICINE}\s+{PACKS}\b"
    rf"|\b{PACKS}\s+vac[ií][oa]s?\s+de\s+(?:[a-z]+\s+)?{MEDICINE}\b", re.IGNORECASE)

# An abduction told by forcing someone into a vehicle: "2 blokes bundle a girl into the side door of a white transit",
# "threw her in the boot", "metieron a una muchacha en una camioneta" (a force verb, a person, "into"/"en" and a vehicle
# word, a few words at most between them).
ARTICLE = r"(?:(?:a|an|the|this|that|some|his|her|their|my|our|un|una|la|el|mi|su)\s+)?"
FORCED_IN_RE = re.compile(
    rf"\b{alternation(WORDS['force_verbs'])}\s+(?:a\s+|al\s+)?{ARTICLE}(?:[a-z]+\s+){{0,2}}?{alternation(WORDS['force_persons'])}\s+"
    rf"(?:into|in|inside|in\s+to|en|dentro\s+de)\s+{ARTICLE}(?:(?:back|side|side\s+door|rear|boot|trunk|back\s+seat|parte\s+de\s+atr[aá]s)"
    rf"\s+(?:of\s+|de\s+)?{ARTICLE})?(?:[a-z]+\s+){{0,2}}?{alternation(WORDS['force_vehicles'])}\b", re.IGNORECASE)

# A vehicle moving on the wrong side of a road: "white pickup doin 90 on the wrong side of old highway 91", "a lorry
# coming at us on the wrong side of the a30" (a moving word first in the clause: not "parked on the wrong side of the road";
# a road word or a road number after: not "the wrong side of the railings").
WRONG_SIDE_RE = re.compile(
    rf"\b{alternation(WORDS['moving_words'])}\b[^,.;!?]{{0,40}}?\bon\s+the\s+wrong\s+side\s+of\s+(?:the\s+)?(?:[a-z0-9-]+\s+){{0,3}}?"
    rf"(?:{alternation(WORDS['road_words'])}|[am]\d{{1,4}}|i-?\d{{1,3}}|us\s*\d{{1,3}}|sr\s*\d{{1,3}}|\d{{1,3}})\b", re.IGNORECASE)

# (regex, label, gate words, needed cue labels) as in urgency_kinds.CLAUSE_KINDS, which adds these.
SITUATION_CLAUSES = (
    (HABIT_CLOSE_RE, "PAST", ("every", "each", "all the time", "always", "constantly", "siempre", "cada", "todo el tiempo",
                              "todas las veces"), None),  # "he does it every time"
    (OVERDOSE_RE, "SUICIDE", ("empt", "took", "taken", "swallow", "downed", "necked", "had", "tom", "trag", "meti", "vac"),
     None),  # "2 empty packets of sertraline", "took 30 paracetamol"
    (FORCED_IN_RE, "KIDNAP", ("bundl", "drag", "pull", "push", "shov", "forc", "threw", "throw", "chuck", "stuff", "grab", "snatch",
                              "meti", "mete", "subi", "sube", "jal", "avent", "arrastr"), None),  # "bundle a girl into a van"
    (WRONG_SIDE_RE, "DANGER_DRIVING", ("wrong side",), None),  # "doin 90 on the wrong side of old highway 91"
)

QUANTIFIER_PAST = frozenset(WORDS["quantifier_past"])
TIME_NOUNS = frozenset(WORDS["time_nouns"])


def quantified_things(doc, cues: list) -> list:
    """The cues without the bare quantifier PAST cues ("todas las", "todos los", "cada") that quantify a thing, not a
    time: "se tomo todas las pastillas" says how many pills, "todas las noches" how often (a habit). A digit after it
    ("cada 5 minutos") or the end of the text keeps the cue."""
    kept = []
    for span in cues:
        if span.label_ == "PAST" and span.text.lower() in QUANTIFIER_PAST and span.end < len(doc):
            following = doc[span.end]
            if following.is_alpha and following.lower_ not in TIME_NOUNS:
                continue
        kept.append(span)
    return kept


LEFT_OUT = " in danger: left out in the weather"  # the kind's reason, after "child", "animal" or "someone vulnerable"
LEFT_WORDS = frozenset(WORDS["left_words"])
LEFT_STATES = frozenset(WORDS["left_states"])
# every run of letters of those words: a text holding none of them (most texts) cannot pass the gate below, and the
# check needs no list of its tokens (spans.lower_words is built once per Doc)
LEFT_LETTER_RUNS = frozenset(run for word in LEFT_WORDS | LEFT_STATES for run in LETTERS_RE.findall(word.lower()))
STATE_BE = frozenset(WORDS["state_be"])
BEINGS = frozenset(WORDS["left_beings"])
EXPOSURE_WORDS = frozenset(WORDS["exposure_words"])
# "its -5 out", "minus 3", "-10c": a freezing temperature said now.
COLD_RE = re.compile(r"(?<![\w-])(?:-|minus\s+)\d{1,2}\b\s*(?:c\b|°|degrees|out|outside|)", re.IGNORECASE)
SINCE_WORDS = frozenset(("since", "desde", "for"))  # "since this morning": how long, up to now
PAST_DAYS = tuple(WORDS["past_days"])  # a time naming an earlier day ("yesterday afternoon", "anoche")


def phrases_at(words: list[str], i: int, table: frozenset) -> int:
    """The length in words of the longest phrase of the table that starts at word i (0: none)."""
    for n in (3, 2, 1):
        if i + n <= len(words) and " ".join(words[i:i + n]) in table:
            return n
    return 0


def left_exposed(doc, labels: dict, exposed_now) -> str | None:
    """A child, an animal or someone vulnerable left out in the cold or the heat, now (module docstring). `exposed_now`
    is a test of a hot temperature said now (urgency_kinds.hot_temperature)."""
    if lower_words(doc).isdisjoint(LEFT_LETTER_RUNS):
        return None
    words = [token.lower_ for token in doc]
    lowered = " ".join(words)
    if not any(word in LEFT_WORDS or word in LEFT_STATES for word in words):  # the cheap gate
        return None
    beings = {i for label in ("KID", "PET", "AT_RISK") for span in labels.get(label, []) for i in range(span.start, span.end)}
    beings |= {i for i in range(len(words)) if phrases_at(words, i, BEINGS)}
    if not beings or "TALK" in labels or any(not span.text.lower().startswith(("nobody", "no one", "noone"))
                                             for span in labels.get("RESOLVED", [])):
        return None
    left_at = None
    for i, word in enumerate(words):
        if phrases_at(words, i, LEFT_WORDS) and any(i < b <= i + 5 for b in beings):  # "left a newborn", "dejaron a un viejito"
            left_at = i
        elif phrases_at(words, i, LEFT_STATES) and any(i - 4 <= b < i for b in beings) and \
                (words[i - 1] in STATE_BE or word.endswith(("ado", "ada", "ados", "adas")) or word in ("chained", "tied")):
            left_at = i  # "the dog has been chained", "una perrita amarrada"
        if left_at is not None:
            break
    if left_at is None:
        return None
    if "EXPOSED" not in labels and not any(w in EXPOSURE_WORDS for w in words) and \
            not any(f" {w} " in f" {lowered} " for w in EXPOSURE_WORDS if " " in w) and \
            not COLD_RE.search(text_of(doc)) and not exposed_now(text_of(doc)):
        return None
    # the past before the leaving ("last winter someone left ..."); after it, the leaver going off ("y se fue") or how
    # long ("since this morning")
    if any(span.start < left_at and not (span.start and doc[span.start - 1].lower_ in SINCE_WORDS)
           for span in labels.get("PAST", [])):
        return None
    left_char = doc[left_at].idx
    if any(start < left_char and not any(w in value.lower() for w in ("now", "ahora", "tonight", "esta noche")) and
           text_of(doc)[max(0, start - 7):start].split()[-1:] not in (["since"], ["desde"], ["for"])
           for start, _, value in read(doc, TIMES)):
        return None  # "yesterday someone left a dog tied up ...": told after the fact
    if any(day in value.lower() for _, _, value in read(doc, TIMES) for day in PAST_DAYS):
        return None  # "left his dog tied in the truck bed in the sun yesterday afternoon": a past day, wherever it is said
    kind = "child" if "KID" in labels else "animal" if "PET" in labels else "someone vulnerable"
    return kind + LEFT_OUT


CARE_WORDS = tuple(WORDS["care_words"])
LABOUR_REASON = "medical emergency: in labour"


def in_labour(doc, labels: dict) -> str | None:
    """Someone in labour ("my waters broke", "contractions every 2 mins", "esta de parto") with no care there or on hand
    (a hospital, a midwife), now (no past, talk or calm): a birth where no help is (module docstring)."""
    if "LABOUR" not in labels or not {"PAST", "TALK", "RESOLVED"}.isdisjoint(labels):
        return None
    lowered = text_of(doc).lower()
    return None if any(word in lowered for word in CARE_WORDS) else LABOUR_REASON


COMING_RE = re.compile(rf"\b{alternation(WORDS['coming'])}\b", re.IGNORECASE)
# after the coming phrase, in the same clause: "... tonight with his hunting rifle", "con una pistola", "y que trae su cuete"
# (up to the WEAPON cue)
WITH_RE = re.compile(r"\b(?:with|wi|w/|con|trae|traen|bringing)\s+(?:(?:a|an|his|her|their|the|some|un|una|unos|su|sus|el|la)\s+)?(?:[a-z]+\s+){0,2}$",
                     re.IGNORECASE)
LATER_DAY = tuple(WORDS["later_day"])
COMING_ARMED = "threat: on the way with a weapon"


def coming_armed(doc, labels: dict) -> str | None:
    """Someone on their way to a person or a place with a weapon, now (module docstring)."""
    if "WEAPON" not in labels or "TALK" in labels or "RESOLVED" in labels:
        return None
    text = text_of(doc)
    lowered = text.lower()
    if any(word in lowered for word in LATER_DAY):  # a threat for a later day is not news
        return None
    for weapon in labels["WEAPON"]:
        clause_start = max(text.rfind(stop, 0, weapon.start_char) for stop in ",.;!?") + 1
        clause = text[clause_start:weapon.start_char]
        coming = COMING_RE.search(clause)
        if not coming or not WITH_RE.search(clause, coming.end()):
            continue
        before = clause[:coming.start()].split()
        if before and before[-1].lower() in ("was", "were", "estaba", "iba"):  # "he was coming over with": told after
            continue
        if any(span.start_char < clause_start + coming.start() for span in labels.get("PAST", [])):
            continue  # "last week he said hes coming over with a knife": the past before it
        return COMING_ARMED
    return None


CALM_AFTER_BIEN = frozenset(WORDS["calm_after_bien"])


def bien_intensifier(doc, cues: list) -> list:
    """The cues without a RESOLVED cue ending in "bien" that an adjective follows: "ya esta bien rojo" (quite red), "esta
    bien mal" say how bad, not that all is well ("ya esta bien, gracias", "esta bien en su casa" stay a calm)."""
    return [span for span in cues if not (span.label_ == "RESOLVED" and span.text.lower().endswith("bien") and
                                          span.end < len(doc) and doc[span.end].is_alpha and
                                          doc[span.end].lower_ not in CALM_AFTER_BIEN)]
