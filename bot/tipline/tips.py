"""Tip records in Redis: the record (hash), an index by time (zset), a thread (list).

A tip holds the tipster's pseudonym, never a number, and none of Twilio's
FromCity/FromState/FromZip/FromCountry fields.
"""
from __future__ import annotations

import json
import re
import secrets
from dataclasses import dataclass

from rq.utils import decode_redis_hash

from bot.messaging import catalog
from bot.privacy.redact import SafeText
from bot.store import keys
from bot.tipline import index
from flows.events import FollowUp
from flows.text import edit_distance

# No 0/O, 1/I/L, U/V confusion when read aloud or typed on a phone.
TIP_ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ"
TIP_ID_LENGTH = 4
TIP_ID_MAX_LENGTH = 6   # allocate_tip_id grows IDs up to this when the space gets crowded
_ID_CHARS = frozenset(TIP_ALPHABET)
# An ID at the start of an officer's text: "T-7K2Q", "t - 7k2q", "T 7K2Q", "T7K2Q", "7K2Q", "#7K2Q",
# then ":" "," or "." and the rest ("R T-7K2Q: which way ...").
_ID_AT_START = re.compile(r"^#?(T\s*-\s*|T\s+)?([0-9A-Z]+)(?=[\s:.,;!?]|$)[:.,;]?\s*(.*)$", re.I | re.S)


def allocate_tip_id(redis) -> str:
    """A short unique ID; grows a character if the space gets crowded."""
    length = TIP_ID_LENGTH
    for attempt in range(40):
        candidate = "T-" + "".join(secrets.choice(TIP_ALPHABET) for _ in range(length))
        if redis.sadd(keys.TIP_IDS, candidate):
            return candidate
        if attempt % 8 == 7:
            length = min(length + 1, 6)
    raise RuntimeError("could not allocate a tip ID")


def normalise_tip_id(raw: str) -> str | None:
    """Accept 't-7k2q', 'T7K2Q', 't 7k2q' from an officer's phone."""
    compact = "".join(ch for ch in raw.upper() if ch.isalnum())
    if compact.startswith("T") and 5 <= len(compact) <= 7:
        return f"T-{compact[1:]}"
    return None


@dataclass(frozen=True)
class TipIdReading:
    """How the start of an officer's text reads as a tip ID (see ``read_tip_id``).

    Attributes:
        candidates: the IDs it can be, most likely first (two for "T7K2Q" once
            5-character IDs exist: T-7K2Q, or T-T7K2Q).
        certain: written as an ID (a "T-" with its hyphen, or a digit in it): it
            is one whether or not such a tip exists ("No tip T-7K2R"). Otherwise it
            is a word ("xwyw", "were") that counts as an ID only if such a tip exists.
        word: the token as typed, upper case, without the "T-" ("XWYW"); only ID
            characters, so never a phone number.
        rest: the text after the ID.
    """
    candidates: tuple[str, ...]
    certain: bool
    word: str
    rest: str


def _is_body(text: str) -> bool:
    return TIP_ID_LENGTH <= len(text) <= TIP_ID_MAX_LENGTH and all(ch in _ID_CHARS for ch in text)


def read_tip_id(text: str) -> TipIdReading | None:
    """Read a tip ID at the start of an officer's text, in any case, with or without
    "T-", "T " or "T"; None if the first word cannot be one.

    Every ID the bot hands out reads back: 4-6 characters of TIP_ALPHABET (no 0, O,
    1, I, L, U, V), so "hello" or "there's" never does. Which candidate is meant is
    not decided here: that needs Redis (``resolve_tip_id``).

    Args:
        text: the command's arguments ("t-7k2q which way did he go?").
    """
    m = _ID_AT_START.match(text.strip())
    if not m:
        return None
    prefix, token, rest = m.group(1), m.group(2).upper(), m.group(3).strip()
    if prefix:
        if not _is_body(token):
            return None
        return TipIdReading((f"T-{token}",), "-" in prefix or any(ch.isdigit() for ch in token), token, rest)
    candidates = []
    if token.startswith("T") and _is_body(token[1:]):
        candidates.append(f"T-{token[1:]}")
    if _is_body(token):
        candidates.append(f"T-{token}")
    if not candidates:
        return None
    return TipIdReading(tuple(candidates), any(ch.isdigit() for ch in token), token, rest)


def resolve_tip_id(redis, reading: TipIdReading) -> tuple[str | None, list[str]]:
    """(the ID meant, []) or (None, the IDs it could equally be).

    One round trip (EXISTS on each candidate) unless there is a single candidate
    written as an ID. The rule: a candidate that exists wins; if none exists, a
    certain reading means its first candidate (the caller says there is no such
    tip) and a word means no ID at all; if two exist ("T7K2Q": T-7K2Q and
    T-T7K2Q), (None, both): the caller asks for the hyphen.
    """
    if reading.certain and len(reading.candidates) == 1:
        return reading.candidates[0], []
    pipe = redis.pipeline(transaction=False)
    for tip_id in reading.candidates:
        pipe.exists(keys.tip(tip_id))
    found = [tip_id for tip_id, ok in zip(reading.candidates, pipe.execute()) if ok]
    if len(found) == 1:
        return found[0], []
    if len(found) > 1:
        return None, found
    return (reading.candidates[0] if reading.certain else None), []


def close_tip_ids(redis, word: str, limit: int = 3, scan: int = 500) -> list[str]:
    """Recent tips whose ID is one slip from ``word`` (a letter changed, added,
    dropped, or two swapped), newest first: for "No tip T-7K2R" answers.

    Args:
        word: what was typed, "T-" or not ("7K2R", "T-7K2R").
        limit: the most IDs to return.
        scan: how many of the latest tips to compare.
    """
    body = word.upper().removeprefix("T-")
    out = []
    for tip_id in recent_tip_ids(redis, limit=scan):
        if tip_id[2:] != body and edit_distance(body, tip_id[2:], limit=1) <= 1:
            out.append(tip_id)
            if len(out) >= limit:
                break
    return out


def write_tip(pipe, conv: dict, pseudonym: str, *, partial: bool, now: float) -> None:
    """Create or update the tip record from a draft (idempotent: same ID, same fields)."""
    tip_id = conv["tip_id"]
    key = keys.tip(tip_id)
    record = {
        "id": tip_id,
        "tipster": pseudonym,
        "status": "open",
        "urgent": int(bool(conv.get("urgent"))),
        "urgent_reason": conv.get("urgent_reason") or "",
        "partial": int(partial),
        "created_at": conv.get("started_at") or now,
        "updated_at": now,
        "fields": json.dumps(conv["fields"]),
        "facts": json.dumps(conv["facts"]),
        "media": json.dumps(conv["media"]),
        "skipped": json.dumps(conv.get("skipped", [])),
    }
    if conv.get("linked_tip"):   # an urgent tip started after filing: the tip it followed
        record["linked_tip"] = conv["linked_tip"]
    if conv.get("reply_to_alert"):   # a resident's reply to a community alert (bot.alerts.replies)
        record["reply_to_alert"] = conv["reply_to_alert"]
    if conv.get("lang"):   # the language the tipster wrote in (SHOW, quick replies)
        record["lang"] = conv["lang"]
    pipe.hset(key, mapping=record)
    pipe.hsetnx(key, "filed_at", now)
    pipe.zadd(keys.TIPS_BY_TIME, {tip_id: conv.get("started_at") or now}, nx=True)
    pending = conv.get("text_count", 0) - conv.get("synced_texts", 0)
    for text in conv["texts"][-pending:] if pending > 0 else []:
        pipe.rpush(keys.tip_thread(tip_id), _entry("tipster", text, now))
    conv["synced_texts"] = conv.get("text_count", 0)
    # The search indexes (bot.tipline.index), in the same transaction.
    index.record(pipe, tip_id, conv["fields"], conv["facts"], bool(conv.get("urgent")), conv["texts"], now=now)


def expect_answer(pipe, tipster: str, tip_id: str, now: float, config) -> None:
    """An officer wrote to the tipster of ``tip_id`` (a relay, in the officer's save):
    the tipster's next texts may be the answer (bot.tipline.routing). Counted for
    ANSWER_WAIT_HOURS after the latest relay on the tip.

    Args:
        pipe: the transaction saving the relay.
        tipster: the tip's tipster (pseudonym).
    """
    wait_s = config["ANSWER_WAIT_HOURS"] * 3600
    key = keys.awaiting_answer(tipster)
    pipe.zadd(key, {tip_id: now})
    pipe.zremrangebyscore(key, "-inf", now - wait_s)
    pipe.expire(key, max(int(wait_s), 1))


def answered(pipe, tipster: str, tip_id: str) -> None:
    """The tipster's text was added to ``tip_id`` (or they withdrew it): no officer is
    waiting on it any more."""
    pipe.zrem(keys.awaiting_answer(tipster), tip_id)


def link_back(pipe, earlier: str, later: str, linked: bytes | str | None) -> None:
    """Link tip ``earlier`` to ``later``, an urgent tip its tipster started after it
    (``later`` names ``earlier`` in its own ``linked_tip``, written with its record).

    Args:
        linked: ``earlier``'s ``linked_tip`` as it is now (IDs, comma-separated): kept.
    """
    if isinstance(linked, bytes):
        linked = linked.decode()
    ids = [x for x in (linked or "").split(",") if x]
    if later not in ids:
        pipe.hset(keys.tip(earlier), "linked_tip", ",".join([*ids, later]))


def follow_up_words(event: FollowUp) -> SafeText:
    """The follow-up's words as they go on the thread and to officers. The engine only
    ever holds text the host redacted (this turn's, or kept in the conversation record
    from an earlier one), so what it hands back is vetted; when the tipster never said
    which of several tips it was about, it says so first."""
    text = event.text if isinstance(event.text, SafeText) else SafeText.stored(event.text)
    if event.unsure:
        either = catalog.text(catalog.BASE, "officer_or").join(event.unsure)   # kept on the thread in English
        return SafeText.compose(catalog.text(catalog.BASE, "tip_unsure_which", either=either, text=text), text)
    return text


def append_to_thread(pipe, tip_id: str, who: str, text: str, now: float, media: list | None = None,
                     extra: dict | None = None) -> None:
    """``extra``: more fields for the entry (a relay's message number ``relay``: the console
    shows its delivery ticks by it)."""
    pipe.rpush(keys.tip_thread(tip_id), _entry(who, text, now, media, extra))
    pipe.hset(keys.tip(tip_id), "updated_at", now)
    if who == "tipster":   # the tipster's words are searchable (bot.tipline.index); officers' are not
        index.add_text(pipe, tip_id, text)


def _entry(who: str, text: str, now: float, media: list | None = None, extra: dict | None = None) -> str:
    entry = {**(extra or {}), "at": now, "from": who, "text": text}
    if media:
        entry["media"] = media
    return json.dumps(entry)


def load_tip(redis, tip_id: str) -> dict | None:
    raw = redis.hgetall(keys.tip(tip_id))
    if not raw:
        return None
    tip = decode_redis_hash(raw, decode_values=True)
    for name in ("fields", "facts", "media", "skipped"):
        tip[name] = json.loads(tip.get(name) or "null") or ({} if name in ("fields", "facts") else [])
    for name in ("urgent", "partial"):
        tip[name] = tip.get(name) == "1"
    return tip


def load_thread(redis, tip_id: str, last: int = 50) -> list[dict]:
    return [json.loads(x) for x in redis.lrange(keys.tip_thread(tip_id), -last, -1)]


def recent_tip_ids(redis, limit: int = 10) -> list[str]:
    return [x.decode() for x in redis.zrevrange(keys.TIPS_BY_TIME, 0, limit - 1)]
