"""Carrier/Twilio compliance keywords. They always win over any flow.

Decisions (documented in README):
- CANCEL is an opt-out, as Twilio treats it; it is never a flow command. A draft
  in progress is kept and filed by the idle timer (no tip is lost); DELETE is the
  flow's explicit discard word.
- YES is an opt-in only for someone who is opted out; otherwise it is ordinary
  text for the flow (which never uses it as a command).
- Short texts such as "stop texting me", "Stop please", "STOP ALERTS" count as
  revocation (US rules since 2025), however they are punctuated or typed.
- HELP/INFO from a phone with a tip in progress says what the tipster can do next
  (the flow's options and the question, or how to add to a filed tip) before a
  shorter programme help, in one text of at most two segments; the conversation
  does not move.
"""
from __future__ import annotations

import re
import time
import unicodedata

from bot import events
from bot.messaging.segments import count_segments, to_gsm7
from bot.store import keys
from bot.web import texts

OPT_OUT_WORDS = {"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "OPTOUT", "REVOKE"}
OPT_IN_WORDS = {"START", "UNSTOP"}
HELP_WORDS = {"HELP", "INFO"}
KEYWORDS = OPT_OUT_WORDS | OPT_IN_WORDS | HELP_WORDS | {"YES"}
# Opt-out words that still mean "stop" with polite or clarifying words around them
# ("Stop please", "STOP ALERTS", "stop it"). END/QUIT/CANCEL stay exact: "the end"
# or "cancel that" inside a conversation are not clearly a revocation.
STOP_WORDS = {"STOP", "STOPALL", "UNSUBSCRIBE", "OPTOUT"}
FILLERS = {"please", "pls", "plz", "now", "it", "all", "alerts", "alert", "texts", "text", "messages",
           "message", "msgs", "sms", "thanks", "thank", "you", "thx", "ty", "me", "this", "the", "from",
           "ok", "okay", "just", "asap", "sorry", "number"}

# Whole-message revocations, kept deliberately narrow so a tip that says
# "they would not stop shouting" is never taken as an opt-out.
_REVOCATION = re.compile(
    r"^(please\s+)?(stop|quit|don'?t|do not|no more)\s+(texting|messaging|sending|contacting|texts?|messages?)"
    r"(\s+(me|us|this number))?(\s+(texts|messages|anymore|any more))?(\s+please)?$"
    r"|^(unsubscribe|remove|take)\s+me(\s+(off|from)(\s+(this|the|your)\s+list)?)?(\s+please)?$"
    r"|^(leave|lose)\s+me\s+alone$",
    re.I,
)


def plain_words(text: str) -> list[str]:
    """Lower-case letter words, full-width and styled letters folded (NFKC), apostrophes dropped."""
    folded = unicodedata.normalize("NFKC", text).casefold().replace("'", "").replace("\u2019", "")
    return re.findall(r"[a-z]+", folded)


def keyword_of(text: str) -> str:
    """The reserved keyword a short text is, however punctuated or spaced
    ("Stop!!!", "opt out", "ＳＴＯＰ"), or ""."""
    if len(text) > 80:
        return ""
    words = plain_words(text)
    joined = "".join(words).upper() if 0 < len(words) <= 3 else ""
    return joined if joined in KEYWORDS else ""


def is_opt_out(text: str) -> bool:
    if keyword_of(text) in OPT_OUT_WORDS:
        return True
    if len(text) <= 80:
        words = plain_words(text)
        core = [w for w in words if w not in FILLERS]
        if len(words) <= 5 and len(core) == 1 and core[0].upper() in STOP_WORDS:
            return True
    return is_revocation(text)


def is_revocation(text: str) -> bool:
    plain = " ".join(re.sub(r"[^\w' ]", " ", unicodedata.normalize("NFKC", text)).split())
    return len(plain) <= 60 and bool(_REVOCATION.match(plain))


def handle(turn) -> list[str] | None:
    word = keyword_of(turn.text)
    ctx = turn.texts_ctx()
    if is_opt_out(turn.text):
        _record(turn, opted_out=True, word=word or "PHRASE")
        return [texts.OPTED_OUT.format(**ctx)]
    if word in OPT_IN_WORDS or (word == "YES" and turn.opted_out):
        _record(turn, opted_out=False, word=word)   # listeners may add notes (alerts resumed)
        return [" ".join([texts.OPTED_IN.format(**ctx), *turn.notes])]
    if word in HELP_WORDS:
        if turn.opted_out:  # Twilio would refuse the answer; HELP is still not a tip
            return []
        if turn.is_officer:  # an active officer gets the officer commands, not the public help
            from bot.officers.commands import help_for

            officer_help = help_for(turn)
            if officer_help:
                return officer_help
        return [help_text(turn, ctx)]
    return None


def help_text(turn, ctx: dict) -> str:
    """HELP for a member of the public: the programme help, or, with a tip in progress,
    what they can do next and a shorter programme help, dropping the flow's last lines
    (the question) if the whole would not fit two segments."""
    lines = turn.services.flows.help_for(turn.conv, ctx) if turn.conv else []
    short = texts.HELP_IN_TIP.format(**ctx)
    while lines:
        text = to_gsm7(" ".join([*lines, short]))
        if count_segments(text) <= 2:
            return text
        lines = lines[:-1]
    return texts.HELP.format(**ctx)


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
