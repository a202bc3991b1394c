"""Reading the tip search indexes (bot.tipline.index writes them): ``search`` (the
console inbox's filters: words, plate, urgent, date range, and the case state, read from
the records because claims and closes are written elsewhere), ``arrived`` (the live
inbox) and ``tally`` (dashboard counts); a tip's links to others are bot.tipline.related_tips.
The terms and keys are described in bot/tipline/index.py; the Lua scan that filters candidates
in Redis, chunk by chunk, is bot.tipline.index_scan."""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass

from bot.store import keys
from bot.tipline.index import ARRIVALS_KEPT
from bot.tipline.index_scan import Window, members, scan_ids, scan_range

# -- reading ------------------------------------------------------------------------------------
STATES = ("new", "claimed", "closed")
SCAN_BUDGET = 20000         # most candidates one request looks at (~6 us each with 100,000 tips)


@dataclass(frozen=True)
class Query:
    """The inbox's filters. Index filters (words, plate, urgent, dates) narrow the candidates;
    case filters (states, claimed_by, unassigned) are read from the records, because claims and
    closes are written by the SMS commands and the case page, not here."""
    words: tuple[str, ...] = ()
    plate: str = ""                       # normalised; a full plate or a fragment
    partial: bool = False                 # also tips whose plate or partial plate is consistent with it
    urgent: bool = False
    states: frozenset = frozenset()       # of STATES; empty: any
    claimed_by: frozenset = frozenset()   # "mine": the claimer IDs that are the signed-in person
    unassigned: bool = False              # nobody has claimed it
    since: float | None = None            # started at or after
    until: float | None = None            # started before
    common: tuple[str, ...] = ()          # terms checked per candidate (words and places in TIP_COMMON)


@dataclass
class Page:
    ids: list[str]
    scores: dict[str, float]
    older: str | None = None            # cursor of the next (older) page, None: no more
    scanned: int = 0                    # candidates looked at
    stopped_at: float | None = None     # the budget ran out: tips started before this were not looked at


def cursor_of(score: float, tip_id: str) -> str:
    return f"{score!r}~{tip_id}"


def parse_cursor(text: str | None) -> tuple[float, str] | None:
    if not text or "~" not in text:
        return None
    score, _, tip_id = text.partition("~")
    try:
        value = float(score)
    except ValueError:
        return None
    return (value, tip_id) if math.isfinite(value) and len(tip_id) <= 12 else None


def plate_keys(redis, plate: str, partial: bool, cap: int = 200) -> list[str]:
    """The index keys of tips with this plate: the full plate and the same partial plate;
    with ``partial``, also plates that contain it, partial plates inside it and partial
    plates that contain it."""
    found = [keys.tip_index(f"p:{plate}"), keys.tip_index(f"q:{plate}")]
    if partial:
        for other in plates_containing(redis, plate, cap):
            found.append(keys.tip_index(f"p:{other}"))
        for fragment in plate_fragments(plate):
            found.append(keys.tip_index(f"q:{fragment}"))
        for other in partials_containing(redis, plate, cap):
            found.append(keys.tip_index(f"q:{other}"))
    return list(dict.fromkeys(found))


def plate_fragments(plate: str, shortest: int = 2) -> list[str]:
    """Every run of ``shortest``+ characters inside the plate (not the plate itself)."""
    out = []
    for size in range(len(plate) - 1, shortest - 1, -1):
        for start in range(len(plate) - size + 1):
            out.append(plate[start:start + size])
    return list(dict.fromkeys(out))


def _lex_prefix(redis, key: str, prefix: str, cap: int) -> list[str]:
    return [v.decode() for v in redis.zrangebylex(key, f"[{prefix}", f"[{prefix}\xff", start=0, num=cap)]


def plates_containing(redis, fragment: str, cap: int = 200) -> list[str]:
    """Indexed full plates that start or end with ``fragment`` or, for 3+ characters, have
    it anywhere (the distinct plates read whole: ~5 ms for 40,000, faster than a ZSCAN MATCH)."""
    found = [p for p in _lex_prefix(redis, keys.TIP_PLATES_LEX, fragment, cap) if p != fragment]
    found += [p[::-1] for p in _lex_prefix(redis, keys.TIP_PLATES_REV, fragment[::-1], cap)
              if p[::-1] != fragment]
    if len(fragment) >= 3 and len(found) < cap:
        needle = fragment.encode()
        found += [p.decode() for p in redis.zrange(keys.TIP_PLATES_LEX, 0, -1) if needle in p and p != needle]
    return list(dict.fromkeys(found))[:cap]


def partials_containing(redis, fragment: str, cap: int) -> list[str]:
    return [p for p in _lex_prefix(redis, keys.TIP_PARTIALS_LEX, fragment, cap) if p != fragment]


@dataclass
class _Plan:
    driver: list[str]        # the index keys (an OR) whose members are the candidates
    spec: dict               # the rest of the query, for _SCAN


def _plan(redis, query: Query) -> _Plan | None:
    """The index keys the query needs, the smallest driving; None: one of them is empty."""
    groups: list[list[str]] = []
    common = list(query.common)
    if query.words:
        word_terms = [f"w:{w}" for w in query.words]
        flags = redis.smismember(keys.TIP_COMMON, word_terms)
        for term, is_common in zip(word_terms, flags):
            (common.append(term) if is_common else groups.append([keys.tip_index(term)]))
    if query.plate:
        groups.append(plate_keys(redis, query.plate, query.partial))
    if query.urgent:
        groups.append([keys.tip_index("u")])
    sizes = _sizes(redis, groups)
    if any(size == 0 for size in sizes):
        return None
    if groups:
        first = min(range(len(groups)), key=lambda i: sizes[i])
        driver, others = groups[first], groups[:first] + groups[first + 1:]
    else:
        driver, others = [keys.TIPS_RECEIVED], []
    spec = {"states": {s: True for s in query.states}, "claimers": {c: True for c in query.claimed_by},
            "unassigned": query.unassigned, "common": common, "groups": others}
    return _Plan(driver, spec)


def _sizes(redis, groups: list[list[str]]) -> list[int]:
    if not groups:
        return []
    pipe = redis.pipeline(transaction=False)
    for group in groups:
        for key in group:
            pipe.zcard(key)
    counts = iter(pipe.execute())
    return [sum(next(counts) for _ in group) for group in groups]


def search(redis, query: Query, *, limit: int = 50, cursor: str | None = None,
           budget: int = SCAN_BUDGET) -> Page:
    """Tips matching ``query``, newest first, ``limit`` at a time from ``cursor`` (a page's
    ``older``).

    The smallest index key drives: its members are walked newest first in growing chunks
    (or, for a plate with its partials, read whole), and each chunk is filtered in Redis by
    the other index keys, the common words and the case filters (``_SCAN``). At most
    ``budget`` candidates a call: when that runs out the page says how far back it looked
    (``stopped_at``) and ``older`` goes on from there."""
    plan = _plan(redis, query)
    if plan is None:
        return Page([], {})
    window = Window(query.since, query.until, parse_cursor(cursor))
    if len(plan.driver) > 1:      # a plate with its partials: a few small keys, read whole and merged
        replies = scan_ids(redis, members(redis, plan.driver, window), plan.spec, limit + 1, budget)
    else:
        replies = scan_range(redis, plan.driver[0], window, plan.spec, limit + 1, budget)
    found: list[tuple[str, float]] = []
    examined, last, exhausted = 0, None, True
    for reply in replies:
        examined += reply.examined
        last = reply.last or last
        found += reply.found
        exhausted = reply.exhausted
    more = len(found) > limit
    found = found[:limit]
    page = Page([t for t, _ in found], dict(found), scanned=examined)
    if more:
        page.older = cursor_of(found[-1][1], found[-1][0])
    elif not exhausted and last is not None and _any_older(redis, plan.driver, window, last):
        page.older = cursor_of(last[1], last[0])      # the budget ran out: go on from the last one looked at
        page.stopped_at = last[1]
    return page


def _any_older(redis, driver: list[str], window: Window, last: tuple[str, float]) -> bool:
    """Whether the driver has members in the window older than ``last`` (the budget may run
    out exactly at the end)."""
    if len(driver) > 1:
        return True                 # read whole: scan_ids knows, and says exhausted when it is
    tip_id, score = last
    if redis.zcount(driver[0], window.min_arg(), f"({score!r}"):
        return True
    return any(m.decode() < tip_id for m in redis.zrangebyscore(driver[0], repr(score), repr(score)))


_STREAM_ID = re.compile(r"^\d{1,20}-\d{1,20}$")
ARRIVALS_READ = 500


def arrivals_cursor(redis) -> str:
    """Where the live inbox starts reading arrivals: the newest one now ("0-0": none yet)."""
    last = redis.xrevrange(keys.TIP_ARRIVALS, count=1)
    return last[0][0].decode() if last else "0-0"


@dataclass
class Arrivals:
    ids: list[str]              # the new tips that match, newest first
    cursor: str                 # where the next poll reads from
    overflow: bool = False      # more arrived than one poll shows (or the stream was trimmed past the cursor)


def arrived(redis, query: Query, after: str, limit: int = 50) -> Arrivals:
    """Tips first written after the arrivals cursor ``after`` that match ``query`` (the live
    inbox). The arrivals stream is in commit order, so a tip whose clock was a little behind
    another's is not missed, as it could be by comparing times."""
    if not _STREAM_ID.match(after or ""):
        return Arrivals([], arrivals_cursor(redis))
    entries = redis.xrange(keys.TIP_ARRIVALS, min=f"({after}", count=ARRIVALS_READ)
    if not entries:
        return Arrivals([], after)
    cursor = entries[-1][0].decode()
    overflow = len(entries) == ARRIVALS_READ
    if after != "0-0":
        oldest = redis.xrange(keys.TIP_ARRIVALS, count=1)
        overflow = overflow or bool(oldest and _id_key(oldest[0][0].decode()) > _id_key(after)
                                    and redis.xlen(keys.TIP_ARRIVALS) >= ARRIVALS_KEPT)
    ids = list(dict.fromkeys(fields[b"tip"].decode() for _, fields in entries if b"tip" in fields))
    plan = _plan(redis, query)
    if plan is None or not ids:
        return Arrivals([], cursor, overflow)
    window = Window(query.since, query.until, None)
    scores = redis.zmscore(keys.TIPS_RECEIVED, ids)
    ordered = sorted(((t, s) for t, s in zip(ids, scores) if s is not None and window.admits(t, s)),
                     key=lambda ts: (ts[1], ts[0]), reverse=True)
    if plan.driver != [keys.TIPS_RECEIVED]:       # the candidates are the arrivals: every index key checks
        plan.spec["groups"] = [plan.driver, *plan.spec["groups"]]
    found = [t for reply in scan_ids(redis, ordered, plan.spec, limit + 1, len(ordered)) for t, _ in reply.found]
    return Arrivals(found[:limit], cursor, overflow or len(found) > limit)


def _id_key(stream_id: str) -> tuple[int, int]:
    ms, _, seq = stream_id.partition("-")
    return int(ms), int(seq or 0)


def tally(redis, since: float | None = None, until: float | None = None) -> dict[str, int]:
    """How many tips started in [since, until) are new, claimed, closed, and urgent and not closed
    (all tips when no bounds): a scan of the records in Redis, CHUNK_MAX at a time."""
    window = Window(since, until, None)
    counts = {"new": 0, "claimed": 0, "closed": 0, "urgent_open": 0}
    spec = {"states": {}, "claimers": {}, "unassigned": False, "common": [], "groups": [], "tally": True}
    for reply in scan_range(redis, keys.TIPS_RECEIVED, window, spec, 1, budget=10 ** 12, tally_mode=True):
        for name, n in zip(("new", "claimed", "closed", "urgent_open"), reply.tally):
            counts[name] += n
    return counts


def decode_row(values: dict) -> dict:
    """A tip hash read with HMGET/HGETALL (str values) with its JSON fields parsed."""
    out = dict(values)
    for name in ("fields", "facts", "media", "skipped"):
        if name in out:
            out[name] = json.loads(out.get(name) or "null") or ({} if name in ("fields", "facts") else [])
    for name in ("urgent", "partial"):
        if name in out:
            out[name] = out.get(name) == "1"
    return out
