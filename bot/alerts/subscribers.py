"""The subscriber store: who joined which scheme, where, for which categories.

A subscriber is a phone pseudonym (never a number). Their record is one hash
(keys.subscriber) with a JSON entry per scheme. The indexes the alert planner
reads are derived from it and can always be rebuilt from it:

- keys.scheme_geo(scheme, cat): GEO set of pseudonyms near a place, one per
  category plus ANY ('*') for alerts without a category, so a radius query for
  "#horse within 5km" is one GEOSEARCH on one key;
- keys.scheme_area_wide(scheme, cat): those who asked for the whole force area.

A paused subscriber (texted STOP) keeps the record but is taken out of every
index, so previews count only people who would get the alert; START puts them
back. All writes take a pipeline (the inbound save MULTI).
"""
from __future__ import annotations

import json

from bot.alerts import schemes
from bot.alerts.schemes import ANY
from bot.privacy.identity import pin_number, unpin_number
from bot.store import keys

AREA_WIDE = "ALL"
PIN_REASON = "subscriber"


def load(redis, pseudonym: str) -> tuple[dict[str, dict], bool]:
    """({scheme keyword: entry}, paused)."""
    raw = redis.hgetall(keys.subscriber(pseudonym))
    paused = raw.pop(b"paused", None) is not None
    return {k.decode(): json.loads(v) for k, v in raw.items()}, paused


def entry(area: str, lat: float | None, lon: float | None, cats: list[str], now: float) -> dict:
    return {"area": area, "lat": lat, "lon": lon, "cats": sorted(set(cats)), "since": int(now)}


def _index(pipe, pseudonym: str, scheme: str, e: dict) -> None:
    for cat in (*e["cats"], ANY):
        if e["area"] == AREA_WIDE:
            pipe.sadd(keys.scheme_area_wide(scheme, cat), pseudonym)
        else:
            pipe.geoadd(keys.scheme_geo(scheme, cat), (e["lon"], e["lat"], pseudonym))


def _unindex(pipe, pseudonym: str, scheme: str, e: dict) -> None:
    for cat in (*e["cats"], ANY):
        pipe.srem(keys.scheme_area_wide(scheme, cat), pseudonym)
        pipe.zrem(keys.scheme_geo(scheme, cat), pseudonym)


def save_join(pipe, pseudonym: str, scheme: str, new: dict, old: dict | None, paused: bool) -> None:
    """Join a scheme, or move/change an existing subscription to it."""
    if old:
        _unindex(pipe, pseudonym, scheme, old)
    pipe.hset(keys.subscriber(pseudonym), scheme, json.dumps(new))
    if not paused:
        _index(pipe, pseudonym, scheme, new)
    pin_number(pipe, pseudonym, PIN_REASON)   # we must be able to text them later


def save_leave(pipe, pseudonym: str, scheme: str, old: dict, left_none: bool, retention_s: float) -> None:
    _unindex(pipe, pseudonym, scheme, old)
    pipe.hdel(keys.subscriber(pseudonym), scheme)
    if left_none:
        pipe.delete(keys.subscriber(pseudonym))
        unpin_number(pipe, pseudonym, PIN_REASON, retention_s)


def save_pause(pipe, pseudonym: str, record: dict[str, dict]) -> None:
    for scheme, e in record.items():
        _unindex(pipe, pseudonym, scheme, e)
    pipe.hset(keys.subscriber(pseudonym), "paused", 1)


def save_resume(pipe, pseudonym: str, record: dict[str, dict]) -> None:
    for scheme, e in record.items():
        _index(pipe, pseudonym, scheme, e)
    pipe.hdel(keys.subscriber(pseudonym), "paused")


def on_opt_change(event) -> None:
    """OptOutChanged listener: STOP pauses every subscription, START restores them."""
    turn, opted_out = event.turn, event.opted_out
    record, paused = load(turn.redis, turn.pseudonym)
    if not record:
        return
    if opted_out and not paused:
        turn.writes.append(lambda pipe: save_pause(pipe, turn.pseudonym, record))
    elif not opted_out and paused:
        turn.writes.append(lambda pipe: save_resume(pipe, turn.pseudonym, record))
        names = [schemes.get(keyword).name for keyword in sorted(record)]
        turn.notes.append(f"Your alerts are back on: {', '.join(names)}.")
