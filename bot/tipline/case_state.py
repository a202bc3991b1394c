"""A tip's case state and outcome in words: which state a tip hash is in, the outcomes a
case may close with (and what an officer may text for each), and the lines a page, an
export or an officer's phone shows for them. The changes themselves are bot.tipline.workflow.

States (derived from the tip hash, bot.tipline.tips):

- new:       ``status`` open, no ``claimed_by``
- claimed:   ``status`` open, ``claimed_by`` set (by the officer, or ``assigned_by`` a supervisor)
- closed:    ``status`` closed, with an ``outcome`` (one of OUTCOMES; ``duplicate_of`` for a duplicate;
             a tip closed by ``CLOSE T-7K2Q`` without one has none)
- reopened:  ``status`` open again, ``reopened_at``/``reopened_by`` set (then new or claimed as above)

It is separate because reading a state is pure (no Redis, no compare-and-set) and has more
readers than the workflow has: the inbox, the dashboard, exports, the case page and the SMS
commands all say states and outcomes, while only the workflow changes them."""
from __future__ import annotations

import re

from bot.messaging import catalog

# Outcome code -> how it reads on a page, in an export and on an officer's phone.
OUTCOMES = {code: catalog.text(catalog.BASE, f"outcome_{code}") for code in (
    "arrest", "charge", "property_recovered", "intelligence_logged", "no_further_action", "unfounded", "duplicate")}
# What an officer may text after CLOSE <tip> (letters and digits only, any case): the
# short code first (it is what the help shows), then what else is understood.
OUTCOME_WORDS = {
    "arrest": ("ARREST", "ARR", "ARRESTED"),
    "charge": ("CHARGE", "CHG", "CHARGED"),
    "property_recovered": ("RECOVERED", "REC", "PROPERTY", "PROPERTYRECOVERED"),
    "intelligence_logged": ("INTEL", "INT", "INTELLIGENCE", "INTELLIGENCELOGGED", "LOGGED"),
    "no_further_action": ("NFA", "NOFURTHERACTION"),
    "unfounded": ("UNFOUNDED", "UNF"),
    "duplicate": ("DUP", "DUPE", "DUPLICATE"),
}
_WORD_TO_OUTCOME = {word: code for code, words in OUTCOME_WORDS.items()
                    for word in (*words, code.upper().replace("_", ""))}


def parse_outcome(word: str) -> str | None:
    """The outcome code for what an officer typed ("nfa", "No further action", "arrest"), or None."""
    return _WORD_TO_OUTCOME.get(re.sub(r"[^A-Z0-9]", "", (word or "").upper()))


def outcome_codes_help() -> str:
    """``ARREST, CHARGE, RECOVERED, INTEL, NFA, UNFOUNDED, DUP <tip>``: the short codes, for help texts."""
    return ", ".join(f"{words[0]} <tip>" if code == "duplicate" else words[0] for code, words in OUTCOME_WORDS.items())


def state_of(tip: dict) -> str:
    """new | claimed | closed (a reopened tip is new or claimed again)."""
    if tip.get("status") == "closed":
        return "closed"
    return "claimed" if tip.get("claimed_by") else "new"


def text_in(lang: str | None, name: str, /, **values) -> str:
    """Catalog text ``name`` in ``lang`` (None: English)."""
    return catalog.text(lang or catalog.BASE, name, **values)


def outcome_label(tip: dict, lang: str | None = None) -> str:
    """"No further action", "Duplicate of T-8ABC", or "" (none recorded); in ``lang`` (default English)."""
    outcome = tip.get("outcome") or ""
    if outcome == "duplicate" and tip.get("duplicate_of"):
        return text_in(lang, "outcome_duplicate_of", tip_id=tip["duplicate_of"])
    return text_in(lang, f"outcome_{outcome}") if outcome in OUTCOMES else ""


def describe_state(tip: dict, lang: str | None = None) -> str:
    """One line for a page: "New (not claimed)", "Claimed by PC Jones (4411)", "Assigned to PC Jones
    (4411) by Sgt Lee (S1)", "Closed: No further action", "Closed (no outcome recorded)", and for a
    reopened tip that is open "Reopened by Sgt Lee (S1): claimed by PC Jones (4411)"."""
    state = state_of(tip)
    if state == "closed":
        label = outcome_label(tip, lang)
        return text_in(lang, "wf_state_closed", outcome=label) if label else text_in(lang, "wf_state_closed_none")
    officer = tip.get("claimed_name") or text_in(lang, "wf_an_officer")
    supervisor = tip.get("assigned_name") or text_in(lang, "wf_a_supervisor")
    if state == "new":
        text = text_in(lang, "wf_state_new")
    elif tip.get("assigned_by"):
        text = text_in(lang, "wf_state_assigned", name=officer, by=supervisor)
    else:
        text = text_in(lang, "wf_state_claimed", name=officer)
    if tip.get("reopened_at"):
        return text_in(lang, "wf_state_reopened", by=tip.get("reopened_name") or text_in(lang, "wf_a_supervisor"), state=text)
    return text[0].upper() + text[1:]
