"""The review line: the draft so far, short enough for the review text to fit two segments."""
from __future__ import annotations

from flows.text import clip, describe_symbols


def summarise(conv: dict, questions: list[dict], budget: int = 170, labels: dict | None = None) -> str:
    """One line of the draft, each answer shortened so the review fits 2 segments.
    Questions skipped because an earlier text answered them show the facts found. Emoji
    are described in words (the review is plain GSM-7, where they would be "?"). ``labels``:
    the name shown for each field (and "photos") in the conversation's language."""
    labels = labels or {}
    parts = []
    for q in questions:
        value = conv["fields"].get(q["field"])
        if not value and q["name"] in conv.get("answered_by_facts", []):
            value = ", ".join(v for name in q.get("facts", []) for v in conv["facts"].get(name, []))
        if value:
            parts.append((labels.get(q["field"], q["field"]), value))
    if conv["media"]:
        parts.append((labels.get("photos", "photos"), str(len(conv["media"]))))
    if not parts:
        return "(empty)"
    share = max(20, budget // len(parts))
    return "; ".join(f"{name}: {clip(describe_symbols(value), share)}" for name, value in parts)
