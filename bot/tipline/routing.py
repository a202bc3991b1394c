"""Which of a tipster's tips a text may be about: what the host reads for the flow
engine before a step. The engine decides (flows/engine.py, ``_Step.target``); this
only reads, and only when there is something to read (no round trip otherwise):

- ``waiting``: the tips an officer is waiting on an answer for. Each relay
  (``R T-7K2Q ...``) records its tip under the tipster's pseudonym, with the time
  (``tips.expect_answer``, saved with the relay). An entry counts for
  ANSWER_WAIT_HOURS after the latest relay on that tip, while the tip is open and
  not withdrawn; it is cleared when a text of the tipster's is added to the tip
  (``tips.answered``) or they withdraw it.
- ``named_tip``: a tip of the tipster's own that the text names: an ID at its start,
  in any form officers may use ("T-7K2Q", "t7k2q", "T 7K2Q", "7K2Q"; a word without
  a digit, such as "tzns", only when it is not an English word), or "T-7K2Q" with its
  hyphen anywhere in it. Only the tipster's own tips count (the record's ``tipster``
  is their pseudonym), so another tip's ID is just words.
"""
from __future__ import annotations

import re

from bot.store import keys
from bot.tipline import tips
from nlp.lexicon import common_words, short_words  # cached word lists the NLP pipeline loads anyway

_ID_ANYWHERE = re.compile(rf"(?<![A-Za-z0-9])T-([{tips.TIP_ALPHABET}]{{{tips.TIP_ID_LENGTH},{tips.TIP_ID_MAX_LENGTH}}})"
                          r"(?![A-Za-z0-9])", re.I)


def named_candidates(text: str) -> list[tuple[str, str]]:
    """(tip ID, the text without it) for every ID the text may name, most likely first;
    no I/O (which of them are the tipster's tips needs Redis: ``read``).

    Args:
        text: the tipster's text (redacted).
    """
    out: list[tuple[str, str]] = []
    reading = tips.read_tip_id(text or "")
    if reading and (reading.certain or not _is_word(reading.word)):
        out += [(tip_id, reading.rest) for tip_id in reading.candidates]
    for match in _ID_ANYWHERE.finditer(text or ""):
        tip_id = f"T-{match.group(1).upper()}"
        if tip_id not in (found for found, _ in out):
            out.append((tip_id, text))
    return out


def _is_word(word: str) -> bool:
    w = word.lower()
    return w in short_words() or w in common_words()


def read(redis, pseudonym: str, text: str, awaiting: list, now: float, config) -> tuple[dict, list[str]]:
    """What the flow engine needs to tell which tip the text is about. No round trip
    unless an officer is waiting on the tipster or the text may name a tip; then one.

    Args:
        pseudonym: the tipster's.
        text: their text (redacted).
        awaiting: ``keys.awaiting_answer`` as read with the conversation (the inbound
            pipeline preloads it: ``turn.awaiting``), (tip ID, when an officer wrote).
        now: the time of the text.

    Returns:
        (``ctx`` entries for ``FlowEngine.step``: ``waiting`` and ``named_tip``; the
        tips still marked as awaited that are no longer (expired, closed, withdrawn or
        deleted): the caller clears them with its save).
    """
    wait_s = config["ANSWER_WAIT_HOURS"] * 3600
    entries = [(tip_id, float(at)) for tip_id, at in awaiting if now - float(at) <= wait_s]
    gone = [tip_id for tip_id, at in awaiting if now - float(at) > wait_s]
    candidates = named_candidates(text)
    if not (entries or candidates):
        return {"waiting": [], "named_tip": None}, gone
    pipe = redis.pipeline(transaction=False)
    for tip_id, _ in entries:
        pipe.hmget(keys.tip(tip_id), "status", "withdrawn")
    for tip_id, _ in candidates:
        pipe.hget(keys.tip(tip_id), "tipster")
    found = pipe.execute()
    statuses, owners = found[:len(entries)], found[len(entries):]
    named = next(({"tip_id": tip_id, "rest": rest} for (tip_id, rest), owner in zip(candidates, owners)
                  if owner is not None and owner.decode() == pseudonym), None)
    waiting = []
    for (tip_id, asked_at), (status, withdrawn) in zip(entries, statuses):
        if status is None or status == b"closed" or withdrawn == b"1":
            gone.append(tip_id)
        else:
            waiting.append({"tip_id": tip_id, "asked_at": asked_at})
    waiting.sort(key=lambda w: w["asked_at"], reverse=True)
    return {"waiting": waiting, "named_tip": named}, gone
