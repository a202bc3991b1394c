"""Urgency told by the situation, and a habit closing a clause (stop 28; used by nlp/urgency_kinds.py).

- **a habit closing the clause** ("he says hell kill himself if she leaves him, he does it every time", "she always says
  that", "lo hace siempre"): the tipster tells how often the person does or says it, so the threat is a pattern, not
  news (ANNOTATION.md: a habit is not urgent, even a violent one). Only a clause that *ends* on the habit: "every time
  i go out he follows me" opens a clause with it and is read by the other rules. Read as a PAST cue (`HABIT_CLOSE_RE`
  in `SITUATION_CLAUSES`), so a NOW ("hes at the door now") still outweighs it.
- **an overdose told by what was taken** ("took 30 paracetamol", "2 empty packets of sertraline", "se tomo como 30
  pastillas"): a verb of taking with an amount, or empty packs, before a medicine word: a SUICIDE cue (`OVERDOSE_RE`; the
  model does not veto it, as for any words of suicide). A past time or a calm still outweighs it as for any cue.
"""
from __future__ import annotations

import json
import re

from .lexicon import DATA_DIR

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

# (regex, label, gate words, needed cue labels) as in urgency_kinds.CLAUSE_KINDS, which adds these.
SITUATION_CLAUSES = (
    (HABIT_CLOSE_RE, "PAST", ("every", "each", "all the time", "always", "constantly", "siempre", "cada", "todo el tiempo",
                              "todas las veces"), None),  # "he does it every time"
    (OVERDOSE_RE, "SUICIDE", ("empt", "took", "taken", "swallow", "downed", "necked", "had", "tom", "trag", "meti", "vac"),
     None),  # "2 empty packets of sertraline", "took 30 paracetamol"
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
