"""Turning reply lines into SMS-sized messages (each at most two GSM-7 segments)."""
from __future__ import annotations

from bot.segments import to_gsm7 as to_plain

MAX_MESSAGE = 306  # two concatenated GSM-7 segments (2 x 153)


def pack_replies(lines: list[str]) -> list[str]:
    messages: list[str] = []
    current = ""
    for line in (to_plain(l).strip() for l in lines):
        if not line:
            continue
        line = line[:MAX_MESSAGE]
        candidate = f"{current} {line}" if current else line
        if len(candidate) <= MAX_MESSAGE:
            current = candidate
        else:
            messages.append(current)
            current = line
    if current:
        messages.append(current)
    return messages


def summarise(conv: dict, order: list[str], budget: int = 170) -> str:
    """One line of the draft, each answer shortened so the review fits 2 segments."""
    parts = [(name, " ".join(conv["fields"][name].split())) for name in order if conv["fields"].get(name)]
    if conv["media"]:
        parts.append(("photos", str(len(conv["media"]))))
    if not parts:
        return "(empty)"
    share = max(20, budget // len(parts))
    return "; ".join(f"{name}: {_clip(value, share)}" for name, value in parts)


def _clip(value: str, limit: int) -> str:
    return value if len(value) <= limit else value[: limit - 3].rstrip() + "..."
