"""Urgency told by the situation, and a habit closing a clause (stop 28; used by nlp/urgency_kinds.py).

- **a habit closing the clause** ("he says hell kill himself if she leaves him, he does it every time", "she always says
  that", "lo hace siempre"): the tipster tells how often the person does or says it, so the threat is a pattern, not
  news (ANNOTATION.md: a habit is not urgent, even a violent one). Only a clause that *ends* on the habit: "every time
  i go out he follows me" opens a clause with it and is read by the other rules. Read as a PAST cue (`HABIT_CLOSE_RE`
  in `SITUATION_CLAUSES`), so a NOW ("hes at the door now") still outweighs it.
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

# (regex, label, gate words, needed cue labels) as in urgency_kinds.CLAUSE_KINDS, which adds these.
SITUATION_CLAUSES = (
    (HABIT_CLOSE_RE, "PAST", ("every", "each", "all the time", "always", "constantly", "siempre", "cada", "todo el tiempo",
                              "todas las veces"), None),  # "he does it every time"
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
