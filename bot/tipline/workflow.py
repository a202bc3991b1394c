"""The case workflow of a tip, shared by the SMS commands and the staff console.

States (derived from the tip hash, bot.tipline.tips):

- new:       ``status`` open, no ``claimed_by``
- claimed:   ``status`` open, ``claimed_by`` set (by the officer, or ``assigned_by`` a supervisor)
- closed:    ``status`` closed, with an ``outcome`` (one of OUTCOMES; ``duplicate_of`` for a duplicate)
- reopened:  ``status`` open again, ``reopened_at``/``reopened_by`` set (then new or claimed as above)

Fields on the tip hash beyond those tips.write_tip writes: ``claimed_by``, ``claimed_name``,
``claimed_at``, ``assigned_by``, ``assigned_at``, ``closed_by``, ``closed_at``, ``outcome``,
``duplicate_of``, ``reopened_at``, ``reopened_by``, ``first_reply_at`` (the first officer relay),
``last_officer``, ``last_relay_at``, ``withdrawn``, ``linked_tip``. Internal notes (never sent)
live in ``keys.tip_notes(tip_id)``.
"""
from __future__ import annotations

# Outcome code -> how it reads on a page, in an export and on an officer's phone.
OUTCOMES = {
    "arrest": "Arrest",
    "charge": "Charge",
    "property_recovered": "Property recovered",
    "intelligence_logged": "Intelligence logged",
    "no_further_action": "No further action",
    "unfounded": "Unfounded",
    "duplicate": "Duplicate of another tip",
}


def state_of(tip: dict) -> str:
    """new | claimed | closed (a reopened tip is new or claimed again)."""
    if tip.get("status") == "closed":
        return "closed"
    return "claimed" if tip.get("claimed_by") else "new"
