"""Carrier/Twilio compliance keywords. They always win over any flow.

Decisions (documented in README):
- CANCEL is an opt-out, as Twilio treats it; it is never a flow command. A draft
  in progress is kept and filed by the idle timer (no tip is lost); DELETE is the
  flow's explicit discard word.
- YES is an opt-in only for someone who is opted out; otherwise it is ordinary
  text for the flow (which never uses it as a command).
- Short texts such as "stop texting me" count as revocation (US rules since 2025).
"""
from __future__ import annotations

import re
import time

from bot import events
from bot.store import keys
from bot.web import texts

OPT_OUT_WORDS = {"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "OPTOUT", "REVOKE"}
OPT_IN_WORDS = {"START", "UNSTOP"}
HELP_WORDS = {"HELP", "INFO"}

# Whole-message revocations, kept deliberately narrow so a tip that says
# "they would not stop shouting" is never taken as an opt-out.
_REVOCATION = re.compile(
    r"^(please\s+)?(stop|quit|don'?t|do not|no more)\s+(texting|messaging|sending|contacting|text|message)"
    r"(\s+(me|us|this number))?(\s+(texts|messages|anymore|any more))?(\s+please)?$"
    r"|^(unsubscribe|remove|take)\s+me(\s+(off|from)(\s+(this|the|your)\s+list)?)?(\s+please)?$"
    r"|^(leave|lose)\s+me\s+alone$",
    re.I,
)


def keyword_of(text: str) -> str:
    return re.sub(r"[^A-Z]", "", text.strip().upper()) if len(text) <= 20 else ""


def is_revocation(text: str) -> bool:
    plain = " ".join(re.sub(r"[^\w' ]", " ", text).split())
    return len(plain) <= 60 and bool(_REVOCATION.match(plain))


def handle(turn) -> list[str] | None:
    word = keyword_of(turn.text)
    ctx = turn.texts_ctx()
    if word in OPT_OUT_WORDS or is_revocation(turn.text):
        _record(turn, opted_out=True, word=word or "PHRASE")
        return [texts.OPTED_OUT.format(**ctx)]
    if word in OPT_IN_WORDS or (word == "YES" and turn.opted_out):
        _record(turn, opted_out=False, word=word)
        return [texts.OPTED_IN.format(**ctx)]
    if word in HELP_WORDS:
        if turn.is_officer:  # an active officer gets the officer commands, not the public help
            from bot.officers.commands import help_for

            officer_help = help_for(turn)
            if officer_help:
                return officer_help
        return [texts.HELP.format(**ctx)]
    return None


def _record(turn, *, opted_out: bool, word: str) -> None:
    pseudonym, now = turn.pseudonym, time.time()

    def write(pipe):
        if opted_out:
            pipe.set(keys.opt_out(pseudonym), word)
        else:
            pipe.delete(keys.opt_out(pseudonym))
        pipe.xadd(keys.OPT_OUT_LOG, {"pseudonym": pseudonym, "action": "out" if opted_out else "in",
                                     "word": word, "at": now}, maxlen=100_000, approximate=True)

    turn.writes.append(write)
    turn.opted_out = opted_out
    turn.services.events.emit(events.OptOutChanged(turn=turn, opted_out=opted_out))
