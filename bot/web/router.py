"""The one router every inbound text goes through, in this order:

1. compliance keywords (STOP/START/HELP ...): always win;
2. officer commands, only from registered officer numbers;
3. subscription keywords (JOIN <SCHEME>, LEAVE <SCHEME>, MY ALERTS ...), then a
   resident's reply to an alert they were sent (a 1-5 rating, or kept on the alert);
4. the conversation (the tip flow is the default).

Each handler takes a Turn and returns reply texts, or None to pass it on.

A phone that has opted out still has its texts processed and kept (a tip is a
tip), but gets no reply except the answers to STOP and START: Twilio would
refuse anything else (21610), and nothing should reach a phone that said STOP.
Adding a question to a flow never touches this file: flows live in flows/.
"""
from __future__ import annotations

from bot.alerts import replies, subscriptions
from bot.officers import commands
from bot.tipline import conversation
from bot.web import compliance, language

HANDLERS = (
    language.handle,      # the phone's language (detected, or a switch keyword); answers only a switch
    compliance.handle,
    commands.handle,
    subscriptions.handle,
    replies.handle,          # a resident's reply to an alert: a rating, or kept and on to the conversation
    conversation.handle,
)


def route(turn) -> list[str]:
    for handler in HANDLERS:
        replies = handler(turn)
        if replies is not None:
            if turn.opted_out and handler is not compliance.handle:
                return []
            return replies
    return []
