"""The language a phone is texted in, decided before anything answers it.

- Stored for the phone (``keys.language``, by pseudonym, expiring with the conversation):
  used for every answer, and for relays to it.
- Not stored yet: the text is run through the detector (``nlp.language``, limited to
  ``LANGUAGES``); a clear answer is stored, a short or unclear text keeps
  ``DEFAULT_LANGUAGE`` for now (and the next text is looked at again). A greeting or a
  keyword of one language only ("HOLA", "AYUDA", "PARAR") counts as clear.
- A switch keyword (ESPAÑOL, ESPANOL, SPANISH; ENGLISH: the ``switch`` words of each
  catalog) chooses the language at any time; the answer says so and repeats the question
  the tipster was at, in that language, and a subscriber's alerts follow it
  (``LanguageChosen``: bot.alerts.subscribers). Switch words are never Twilio's reserved words.

This handler answers only a switch keyword; every other text goes on to the router's
next handler with ``turn.lang`` set.
"""
from __future__ import annotations

import re

from bot import events
from bot.messaging import catalog
from bot.messaging.segments import gsm7_letters
from flows.near_miss import fold
from nlp import language as detector

MAX_SWITCH_CHARS = 30


def handle(turn) -> list[str] | None:
    if turn.is_officer:   # an officer's texts are commands: never taken as a language choice
        return None
    languages = catalog.configured(turn.config)
    chosen = _switch_word(turn.text, languages)
    if chosen:
        _remember(turn, chosen)
        turn.services.events.emit(events.LanguageChosen(turn=turn, lang=chosen))
        return _switched(turn)
    if turn.lang and turn.lang not in languages:   # a language no longer configured
        turn.lang, turn.lang_known = "", False
    if turn.lang_known or not turn.text:
        return None
    found = _keyword_language(turn, languages) or detector.detect(turn.text, languages)
    if found:
        _remember(turn, found)
    return None


def _switch_word(text: str, languages) -> str | None:
    if len(text) > MAX_SWITCH_CHARS:
        return None
    words = text.split()
    if not 1 <= len(words) <= 2:
        return None
    word = fold(words[-1]) if len(words) == 2 and fold(words[0]) in ("EN", "IN") else fold(text)
    return catalog.switch_language(word, languages)


def _keyword_language(turn, languages) -> str | None:
    """A one-word text that only one configured language has as a greeting or keyword, or
    an opt-out phrase of one language ("no me escriban mas")."""
    plain = " ".join(re.sub(r"[^\w' ]", " ", catalog.fold_word(turn.text).lower()).split())
    phrased = [code for code in languages if any(p.match(plain) for p in catalog.revocations([code]))]
    if len(phrased) == 1:
        return phrased[0]
    word = catalog.fold_word(fold(turn.text))
    if not word or " " in word:
        return None
    found = []
    for code in languages:
        words = {catalog.fold_word(w) for w in turn.services.flows.catalogs.get(code, {}).get("greetings", [])}
        for kind in ("opt_out", "opt_in", "help", "opt_in_if_out"):
            words |= catalog.keywords(kind, [code])
        if word in words:
            found.append(code)
    return found[0] if len(found) == 1 else None


def _remember(turn, lang: str) -> None:
    turn.lang, turn.lang_known, turn.lang_dirty = lang, True, True


def _switched(turn) -> list[str]:
    """"OK, we will text you in English." and the question the tipster is at, in it."""
    ctx = turn.texts_ctx()
    lines = [catalog.text(turn.lang, "language_set", **ctx)]
    engine = turn.services.flows
    if turn.conv and not turn.opted_out:
        if turn.conv.get("state") in engine.states and engine.drafting(turn.conv["state"]):
            lines.append(engine.prompt_for(turn.conv, ctx))
        turn.conv["lang"] = turn.lang
        turn.set_conv(turn.conv)
    return [gsm7_letters(" ".join(line for line in lines if line))[:306]]
