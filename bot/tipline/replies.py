"""The flow's reply lines packed into SMS: plain GSM-7, each message at most two
concatenated segments. The flow engine (flows/) returns lines and knows nothing
of SMS; this is the tip line's side of that contract."""
from __future__ import annotations

from bot.messaging.segments import gsm7_letters

MAX_MESSAGE = 306  # two concatenated GSM-7 segments (2 x 153)


def pack(lines: list[str]) -> list[str]:
    """Join reply lines into as few messages as fit.

    Args:
        lines: the texts a flow step rendered, in order. Each is converted to
            GSM-7 and stripped; empty lines are dropped, and a line longer than a
            message is cut to ``MAX_MESSAGE``.

    Returns:
        The messages to send, in order: lines joined by a space while the message
        stays within ``MAX_MESSAGE`` characters, then a new message.
    """
    messages: list[str] = []
    current = ""
    for line in (gsm7_letters(raw).strip() for raw in lines):
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
