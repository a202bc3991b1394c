"""How long a tip is kept, legal holds, and deleting a tip's records.

Each tip falls under the first rule that matches (days are counted from the
tip's last activity: filing, a text in its thread, a claim, a relay, closing):

- on legal hold (``keys.tip_hold``): kept, whatever else is true;
- ``closed``: RETENTION_CLOSED_DAYS;
- ``withdrawn`` (the tipster discarded an urgent draft officers had seen):
  RETENTION_WITHDRAWN_DAYS;
- ``partial`` and near-empty: filed by the idle timer, at most
  RETENTION_PARTIAL_MAX_CHARS characters from the tipster, no extracted facts,
  no photos, not urgent, never claimed or written to by an officer:
  RETENTION_PARTIAL_DAYS;
- ``open``: RETENTION_OPEN_DAYS (0: kept until an officer closes it).

0 days means "never deleted automatically" for any rule. Deleting removes the
record, the thread, the index entry and the tipster's conversation if it still
points at the tip; the tip ID stays reserved in ``keys.TIP_IDS`` so an ID in the
audit log never comes to mean another tip.

The sweep reads every tip (pipelined, a few fields each) rather than keeping a
deadline index: a deadline moves whenever a tip is closed, withdrawn or written
to, in code all over the tip line, and a scan cannot disagree with the records.

This module only decides and writes; who ran it and the audit entry are the
caller's (``audit`` callbacks), since the audit log belongs to a layer above.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass
from typing import TypeVar

import redis as redis_lib

from bot.store import conversations, keys
from bot.store.locks import pseudonym_lock
from bot.tipline import index

T = TypeVar("T")

DAY_S = 86400.0
# Fields of the record the rules read (never the text itself, except its length).
FIELDS = ("status", "withdrawn", "partial", "urgent", "claimed_by", "last_officer", "facts", "media",
          "created_at", "filed_at", "updated_at", "closed_at", "claimed_at", "last_relay_at")
ACTIVITY_FIELDS = ("created_at", "filed_at", "updated_at", "closed_at", "claimed_at", "last_relay_at")


@dataclass(frozen=True)
class Policy:
    closed_days: float
    withdrawn_days: float
    partial_days: float
    partial_max_chars: int
    open_days: float

    @classmethod
    def from_config(cls, config) -> Policy:
        return cls(closed_days=config["RETENTION_CLOSED_DAYS"],
                   withdrawn_days=config["RETENTION_WITHDRAWN_DAYS"],
                   partial_days=config["RETENTION_PARTIAL_DAYS"],
                   partial_max_chars=config["RETENTION_PARTIAL_MAX_CHARS"],
                   open_days=config["RETENTION_OPEN_DAYS"])


@dataclass(frozen=True)
class Verdict:
    rule: str             # closed | withdrawn | partial | open
    keep_days: float      # 0: kept
    last_activity: float

    @property
    def deadline(self) -> float | None:
        return self.last_activity + self.keep_days * DAY_S if self.keep_days > 0 else None

    def expired(self, now: float) -> bool:
        return self.deadline is not None and now >= self.deadline


def _decode(values) -> dict:
    return {name: (v.decode() if isinstance(v, bytes) else v) for name, v in zip(FIELDS, values)}


def _near_empty_candidate(tip: dict) -> bool:
    """Partial and untouched by officers: only then does its size matter."""
    return (tip.get("partial") == "1" and tip.get("status") != "closed" and tip.get("withdrawn") != "1"
            and tip.get("urgent") != "1" and not tip.get("claimed_by") and not tip.get("last_officer")
            and not json.loads(tip.get("media") or "[]")
            and not any(json.loads(tip.get("facts") or "{}").values()))


def tipster_chars(thread: list[bytes]) -> int:
    """How much the tipster wrote on the tip (every text is in the thread)."""
    total = 0
    for raw in thread:
        entry = json.loads(raw)
        if entry.get("from") == "tipster":
            total += len((entry.get("text") or "").strip())
    return total


def classify(tip: dict, policy: Policy, tipster_text_chars: int | None = None) -> Verdict:
    """The rule for one tip (``tip`` holds FIELDS as strings; a near-empty candidate
    needs ``tipster_text_chars``, and counts as open without it)."""
    last = max(float(tip.get(name) or 0) for name in ACTIVITY_FIELDS)
    if tip.get("status") == "closed":
        return Verdict("closed", policy.closed_days, last)
    if tip.get("withdrawn") == "1":
        return Verdict("withdrawn", policy.withdrawn_days, last)
    if (tipster_text_chars is not None and _near_empty_candidate(tip)
            and tipster_text_chars <= policy.partial_max_chars):
        return Verdict("partial", policy.partial_days, last)
    return Verdict("open", policy.open_days, last)


def read_verdict(conn, tip_id: str, policy: Policy) -> Verdict | None:
    """One tip's rule, read now (``conn`` may be a pipeline in WATCH mode). None: no tip."""
    tip = _decode(conn.hmget(keys.tip(tip_id), FIELDS))
    if not tip.get("status"):
        return None
    chars = tipster_chars(conn.lrange(keys.tip_thread(tip_id), 0, -1)) if _near_empty_candidate(tip) else None
    return classify(tip, policy, chars)


def iter_tip_ids(redis, batch: int = 500) -> Iterator[list[str]]:
    """Every tip ID in the time index, in batches (ZSCAN: safe while tips are deleted)."""
    ids: list[str] = []
    for member, _ in redis.zscan_iter(keys.TIPS_BY_TIME, count=batch):
        ids.append(member.decode())
        if len(ids) >= batch:
            yield ids
            ids = []
    if ids:
        yield ids


def verdicts(redis, policy: Policy, batch: int = 500) -> Iterator[tuple[str, Verdict, bool]]:
    """(tip ID, verdict, on hold) for every tip, read in pipelined batches."""
    for ids in iter_tip_ids(redis, batch):
        pipe = redis.pipeline(transaction=False)
        for tip_id in ids:
            pipe.hmget(keys.tip(tip_id), FIELDS)
            pipe.exists(keys.tip_hold(tip_id))
        replies = pipe.execute()
        rows = [(tip_id, _decode(replies[2 * i]), bool(replies[2 * i + 1])) for i, tip_id in enumerate(ids)]
        rows = [row for row in rows if row[1].get("status")]   # an index entry without a record
        needs_thread = [tip_id for tip_id, tip, _ in rows if _near_empty_candidate(tip)]
        pipe = redis.pipeline(transaction=False)
        for tip_id in needs_thread:
            pipe.lrange(keys.tip_thread(tip_id), 0, -1)
        chars = dict(zip(needs_thread, (tipster_chars(t) for t in pipe.execute()))) if needs_thread else {}
        for tip_id, tip, held in rows:
            yield tip_id, classify(tip, policy, chars.get(tip_id)), held


def due(redis, policy: Policy, now: float) -> list[tuple[str, Verdict]]:
    """Tips past their retention deadline and not on hold, oldest deadline first."""
    found = [(tip_id, v) for tip_id, v, held in verdicts(redis, policy) if not held and v.expired(now)]
    return sorted(found, key=lambda row: row[1].deadline or 0)


def delete_tip(pipe, tip_id: str) -> None:
    """Queue the deletion of a tip's own keys (record, thread, internal notes, the list of its
    duplicates) and its index entry."""
    pipe.delete(keys.tip(tip_id), keys.tip_thread(tip_id), keys.tip_notes(tip_id), keys.tip_duplicates(tip_id))
    pipe.zrem(keys.TIPS_BY_TIME, tip_id)
    index.forget(pipe, tip_id)   # and its search index entries (bot.tipline.index)


class Held(Exception):
    """The tip is on legal hold (the hold record is the argument)."""


def remove_tip(redis, tip_id: str, decide: Callable[[object], T | None], audit: Callable[[object, T], None],
               attempts: int = 1) -> T | None:
    """Delete a tip if ``decide(pipe)``, reading under WATCH, returns an outcome (not None).

    Runs under the tipster's lock, so no text of theirs is being handled at the
    same moment: their conversation, if it still points at this tip, is deleted in
    the same transaction (a later text then starts afresh instead of writing into
    the deleted tip). ``audit(pipe, outcome)`` adds the audit entry to that
    transaction. A held tip is never deleted: ``Held`` is raised before ``decide``.
    Returns the outcome, or None if there was nothing to do or the tip kept
    changing for ``attempts`` tries (the next sweep decides again).
    """
    tipster = (redis.hget(keys.tip(tip_id), "tipster") or b"").decode()
    with pseudonym_lock(redis, tipster) if tipster else nullcontext():
        for _ in range(attempts):
            with redis.pipeline(transaction=True) as pipe:
                try:
                    watched = [keys.tip(tip_id), keys.tip_thread(tip_id), keys.tip_hold(tip_id)]
                    pipe.watch(*watched, *([keys.conversation(tipster)] if tipster else []))
                    hold = pipe.hgetall(keys.tip_hold(tip_id))
                    if hold:
                        raise Held({k.decode(): v.decode() for k, v in hold.items()})
                    outcome = decide(pipe)
                    if outcome is None:
                        return None
                    conv = conversations.decode(pipe.get(keys.conversation(tipster))) if tipster else None
                    pipe.multi()
                    delete_tip(pipe, tip_id)
                    if conv and conv.get("tip_id") == tip_id:
                        pipe.delete(keys.conversation(tipster))
                    audit(pipe, outcome)
                    pipe.execute()
                    return outcome
                except redis_lib.WatchError:
                    continue   # written to meanwhile (a relay, a hold)
    return None


def still_due(tip_id: str, policy: Policy, now: float) -> Callable[[object], Verdict | None]:
    """``decide`` for the sweeper: the tip's verdict if, read again now, it is past its deadline."""
    def decide(pipe) -> Verdict | None:
        verdict = read_verdict(pipe, tip_id, policy)
        return verdict if verdict is not None and verdict.expired(now) else None
    return decide


# -- legal hold --------------------------------------------------------------------------------
def hold_of(redis, tip_id: str) -> dict | None:
    raw = redis.hgetall(keys.tip_hold(tip_id))
    return {k.decode(): v.decode() for k, v in raw.items()} if raw else None


def place_hold(pipe, tip_id: str, *, reason: str, by: str, at: float) -> None:
    pipe.hset(keys.tip_hold(tip_id), mapping={"reason": reason, "by": by, "at": f"{at:.3f}"})
    pipe.sadd(keys.TIPS_HELD, tip_id)


def release_hold(pipe, tip_id: str) -> None:
    pipe.delete(keys.tip_hold(tip_id))
    pipe.srem(keys.TIPS_HELD, tip_id)


def holds(redis) -> list[tuple[str, dict]]:
    """Every tip on hold, with who placed it, when and why (sorted by tip ID)."""
    out = []
    for tip_id in sorted(m.decode() for m in redis.smembers(keys.TIPS_HELD)):
        found = hold_of(redis, tip_id)
        if found:
            out.append((tip_id, found))
    return out
