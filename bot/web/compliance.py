"""Carrier/Twilio compliance keywords. They always win over any flow.

Decisions (documented in README):
- CANCEL is an opt-out, as Twilio treats it; it is never a flow command. A draft
  in progress is kept and filed by the idle timer (no tip is lost); DELETE is the
  flow's explicit discard word.
- Every shipped language's words count (bot/locales/*.json: PARAR, DETENER, CANCELAR,
  INICIAR, AYUDA ...); the answer is in the phone's language.
- YES (SI) is an opt-in only for someone who is opted out; otherwise it is ordinary
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

from bot import events
from bot.messaging import catalog
from bot.messaging.segments import count_segments, gsm7_letters
from bot.store import keys

# The keywords of every shipped language (bot/locales/*.json): an opt-out word in any of
# them always works, whatever LANGUAGES says (honouring more ways to say STOP is never wrong).
OPT_OUT_WORDS = catalog.keywords("opt_out")
OPT_IN_WORDS = catalog.keywords("opt_in")
OPT_IN_IF_OUT = catalog.keywords("opt_in_if_out")   # YES, SI: an opt-in only for a phone that is opted out
HELP_WORDS = catalog.keywords("help")
KEYWORDS = OPT_OUT_WORDS | OPT_IN_WORDS | HELP_WORDS | OPT_IN_IF_OUT
# Opt-out words that still mean "stop" with polite or clarifying words around them
# ("Stop please", "STOP ALERTS", "parar por favor"). END/QUIT/CANCEL stay exact: "the end"
# or "cancel that" inside a conversation are not clearly a revocation.
STOP_WORDS = catalog.keywords("stop_words")
FILLERS = catalog.fillers()
# Whole-message revocations, kept deliberately narrow so a tip that says
# "they would not stop shouting" is never taken as an opt-out.
_REVOCATIONS = catalog.revocations()


def plain_words(text: str) -> list[str]:
    """Lower-case letter words, full-width and styled letters folded (NFKC), accents and
    apostrophes dropped ("ESPAÑOL" -> "espanol")."""
    folded = catalog.fold_word(text.replace("'", "").replace("\u2019", "")).casefold()
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
    plain = " ".join(re.sub(r"[^\w' ]", " ", catalog.fold_word(text).lower()).split())
    return len(plain) <= 60 and any(pattern.match(plain) for pattern in _REVOCATIONS)


def handle(turn) -> list[str] | None:
    word = keyword_of(turn.text)
    ctx = turn.texts_ctx()
    if is_opt_out(turn.text):
        _record(turn, opted_out=True, word=word or "PHRASE")
        return [gsm7_letters(catalog.text(ctx["lang"], "opted_out", **ctx))]
    if word in OPT_IN_WORDS or (word in OPT_IN_IF_OUT and turn.opted_out):
        _record(turn, opted_out=False, word=word)   # listeners may add notes (alerts resumed)
        return [gsm7_letters(" ".join([catalog.text(ctx["lang"], "opted_in", **ctx), *turn.notes]))]
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
    short = catalog.text(ctx["lang"], "help_in_tip", **ctx)
    while lines:
        text = gsm7_letters(" ".join([*lines, short]))
        if count_segments(text) <= 2:
            return text
        lines = lines[:-1]
    return gsm7_letters(catalog.text(ctx["lang"], "help", **ctx))


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
