"""Search indexes over tips, for the staff console's inbox, search and related tips (issue 11).

What a tip is indexed under (its *terms*, derived by bot/tipline/index_terms.py), each an
index key ``keys.tip_index(term)``:

    u              urgent
    p:AB12CDE      a full plate (nlp plate normalisation: "ab12 cde" -> AB12CDE)
    q:AB12         a partial plate the tipster gave ("starts AB12")
    l:brook road   a place, normalised (lower case, no punctuation, "Rd" -> road, no house number)
    c:BS1 4DJ      a UK postcode or US ZIP among the places
    g:<lon>,<lat>  where that postcode/ZIP is (the GEO set ``keys.TIP_GEO``; needs a geocoder, below)
    n:7700900456   a phone number typed in the text (nlp's phone shapes, last 10 digits; the
                   tipster's own was redacted before storage, so it is never here)
    w:honda        a word of the tipster's texts (lower case, 3+ characters or with a digit,
                   no English stop words)

Every index key is a zset of tip IDs scored like ``keys.TIPS_RECEIVED`` (when the tip was
received: first written, the record's ``filed_at``): each reads newest first and by date range. Full and partial plates are also
kept in lexicographic zsets (``TIP_PLATES_LEX``, ``TIP_PLATES_REV`` written backwards,
``TIP_PARTIALS_LEX``) so a fragment finds the plates that start, end or contain it.

Where they are written: ``record`` (called by ``tips.write_tip``, in the same MULTI as
the record) sets the record's terms, replacing those of an earlier write (a fact the
tipster corrected leaves the index) while words and phone numbers only accumulate (they
come from the tipster's texts, which stay on the thread, so they stay searchable);
``add_text`` (called by ``tips.append_to_thread`` for the tipster's texts) adds words and
phone numbers; ``forget`` removes them
all (deletion: retention and erasure). One Lua script does each, reading the tip's
own list of terms (``keys.tip_terms``), so what is removed is exactly what was added.
The script names the index keys it touches itself (they depend on that list): fine on
one Redis primary, which is what we run (bot/store/keys).

``reindex`` rebuilds everything from the records and threads (``flask --app wsgi tips
reindex``), for tips written before the indexes existed.

Reading them is bot/tipline/index_search.py (search, the live inbox, dashboard counts)
and bot/tipline/related_tips.py (a tip's related tips).
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from bot.store import keys
from bot.tipline.index_terms import MAX_TERM, record_terms, text_terms

# -- writing ---------------------------------------------------------------------------------
# Words and places so common that a newest-first scan finds a page of them quickly (more than
# COMMON_SHARE of all tips, and at least COMMON_FLOOR) lose their own index key, which would be
# the biggest of all: they join the set ``keys.TIP_COMMON`` and a search checks them against
# each candidate's own list of terms instead (``keys.tip_terms``, HEXISTS).
COMMON_KINDS = ("w", "l")
COMMON_FLOOR = 1000
COMMON_SHARE = 0.01

ARRIVALS_KEPT = 2000        # entries of the arrivals stream (the live inbox reads the newest)

# KEYS: the tip's terms, TIPS_RECEIVED, plates (lex), plates reversed, partials (lex), GEO set, common
# terms, the tip's record, the arrivals stream.
# ARGV: index key prefix, tip ID, mode (set | add | forget | reset: forget, then set), common floor,
# common share, received at,
# announce (1: a first write goes on the arrivals stream), terms...
# set: the record's terms; its earlier terms not among them are removed, except words and phone
# numbers (they come from the tipster's texts, which stay on the thread). add: more of those. A tip without a
# record (deleted meanwhile) is not indexed. Every index zset is scored by when the tip was
# received (first written), as TIPS_RECEIVED is.
_SCRIPT = """
local terms_key, received, plates, plates_rev, partials, geo, common, record, arrivals = KEYS[1], KEYS[2], KEYS[3],
  KEYS[4], KEYS[5], KEYS[6], KEYS[7], KEYS[8], KEYS[9]
local prefix, tip_id, mode = ARGV[1], ARGV[2], ARGV[3]

local function unindex(term)
  local kind = string.sub(term, 1, 1)
  if kind == 'g' then redis.call('ZREM', geo, tip_id) return end
  local key = prefix .. term
  redis.call('ZREM', key, tip_id)
  if (kind == 'p' or kind == 'q') and redis.call('EXISTS', key) == 0 then
    local value = string.sub(term, 3)
    if kind == 'p' then
      redis.call('ZREM', plates, value)
      redis.call('ZREM', plates_rev, string.reverse(value))
    else
      redis.call('ZREM', partials, value)
    end
  end
end

if mode == 'forget' or mode == 'reset' then
  for _, term in ipairs(redis.call('HKEYS', terms_key)) do unindex(term) end
  redis.call('DEL', terms_key)
  redis.call('ZREM', received, tip_id)
  if mode == 'forget' then return 1 end
  mode = 'set'
end

if redis.call('EXISTS', record) == 0 then return 0 end
if mode == 'set' and redis.call('ZADD', received, 'NX', ARGV[6], tip_id) == 1 and ARGV[7] == '1' then
  redis.call('XADD', arrivals, 'MAXLEN', '~', ARGV[8], '*', 'tip', tip_id)
end
local score = redis.call('ZSCORE', received, tip_id)
if not score then return 0 end
local cap = math.max(tonumber(ARGV[4]), math.floor(redis.call('ZCARD', received) * tonumber(ARGV[5])))

local function index(term)
  local kind = string.sub(term, 1, 1)
  if kind == 'g' then
    local lon, lat = string.match(term, '^g:([^,]+),(.+)$')
    redis.call('GEOADD', geo, lon, lat, tip_id)
    return
  end
  local key = prefix .. term
  if kind == 'w' or kind == 'l' then
    if redis.call('SISMEMBER', common, term) == 1 then return end
    redis.call('ZADD', key, score, tip_id)
    if redis.call('ZCARD', key) > cap then
      redis.call('SADD', common, term)
      redis.call('DEL', key)
    end
    return
  end
  redis.call('ZADD', key, score, tip_id)
  local value = string.sub(term, 3)
  if kind == 'p' then
    redis.call('ZADD', plates, 0, value)
    redis.call('ZADD', plates_rev, 0, string.reverse(value))
  elseif kind == 'q' then
    redis.call('ZADD', partials, 0, value)
  end
end

local first = 9
if mode == 'set' then
  local wanted = {}
  for i = first, #ARGV do wanted[ARGV[i]] = true end
  for _, term in ipairs(redis.call('HKEYS', terms_key)) do
    local kind = string.sub(term, 1, 2)
    if kind ~= 'w:' and kind ~= 'n:' and not wanted[term] then
      redis.call('HDEL', terms_key, term)
      unindex(term)
    end
  end
end
for i = first, #ARGV do
  if redis.call('HSETNX', terms_key, ARGV[i], '1') == 1 then index(ARGV[i]) end
end
return 1
"""


def _keys(tip_id: str) -> list[str]:
    return [keys.tip_terms(tip_id), keys.TIPS_RECEIVED, keys.TIP_PLATES_LEX, keys.TIP_PLATES_REV,
            keys.TIP_PARTIALS_LEX, keys.TIP_GEO, keys.TIP_COMMON, keys.tip(tip_id), keys.TIP_ARRIVALS]


def _run(pipe, tip_id: str, mode: str, terms: list[str], received: float = 0.0, announce: bool = False) -> None:
    # Plain EVAL, not EVALSHA: it is queued in MULTI pipelines (bot/store/scripts.py says why).
    pipe.eval(_SCRIPT, 9, *_keys(tip_id), keys.TIP_INDEX_PREFIX, tip_id, mode, COMMON_FLOOR, COMMON_SHARE,
              repr(float(received)), int(announce), ARRIVALS_KEPT, *terms)


def record(pipe, tip_id: str, fields: dict, facts: dict, urgent: bool, texts: Iterable[str] = (), *,
           now: float) -> None:
    """Index a tip's record as ``tips.write_tip`` writes it, in its transaction. ``now`` is when
    it was written: the first write is when it was received (the record's ``filed_at``), and
    puts it on the arrivals stream the live inbox reads."""
    _run(pipe, tip_id, "set", record_terms(fields, facts, urgent, texts), received=now, announce=True)


def add_text(pipe, tip_id: str, text: str) -> None:
    """Index the words and phone numbers of a text the tipster added to the thread."""
    terms = list(dict.fromkeys(t[:MAX_TERM] for t in text_terms(text)))
    if terms:
        _run(pipe, tip_id, "add", terms)


def forget(pipe, tip_id: str) -> None:
    """Remove a tip from every index (queue it in the transaction that deletes the tip)."""
    _run(pipe, tip_id, "forget", [])


def terms(redis, tip_id: str) -> list[str]:
    return sorted(t.decode() for t in redis.hkeys(keys.tip_terms(tip_id)))


def tip_terms_now(tip: dict, thread: list[dict]) -> list[str]:
    """The terms a tip would have if written now: its record and every tipster text on its thread."""
    texts = [str(e.get("text") or "") for e in thread if e.get("from") == "tipster"]
    return record_terms(tip.get("fields") or {}, tip.get("facts") or {}, bool(tip.get("urgent")), texts)


@dataclass
class Reindexed:
    tips: int = 0
    stale_entries: int = 0


def reindex(redis, batch: int = 500, progress: Callable[[int], None] | None = None) -> Reindexed:
    """Rebuild every tip's index entries from its record and thread, then drop entries
    of tips that no longer exist. Safe while the app runs: each tip is forgotten and
    indexed again by one script call (atomic, and short: other clients run between two);
    a tip deleted meanwhile is not indexed again. Which words are common is decided
    afresh (a search for one of them may miss tips until it ends)."""
    done = Reindexed()
    redis.delete(keys.TIP_COMMON)   # which words are common is decided again, on today's numbers
    live: set[str] = set()
    batch_ids: list[str] = []
    for member, _ in redis.zscan_iter(keys.TIPS_BY_TIME, count=1000):
        batch_ids.append(member.decode())
        if len(batch_ids) >= batch:
            live |= _reindex_batch(redis, batch_ids)
            batch_ids = []
            if progress:
                progress(len(live))
    if batch_ids:
        live |= _reindex_batch(redis, batch_ids)
    done.tips = len(live)
    done.stale_entries = _drop_stale(redis, live)
    return done


def _reindex_batch(redis, ids: list[str]) -> set[str]:
    read = redis.pipeline(transaction=False)
    for tip_id in ids:
        read.hmget(keys.tip(tip_id), ("status", "fields", "facts", "urgent", "filed_at", "created_at"))
        read.lrange(keys.tip_thread(tip_id), 0, -1)
    replies = read.execute()
    pipe = redis.pipeline(transaction=False)
    done = set()
    for i, tip_id in enumerate(ids):
        status, fields, facts, urgent, filed_at, created_at = replies[2 * i]
        if status is None:
            continue
        tip = {"fields": json.loads(fields or "null") or {}, "facts": json.loads(facts or "null") or {},
               "urgent": urgent == b"1"}
        thread = [json.loads(raw) for raw in replies[2 * i + 1]]
        _run(pipe, tip_id, "reset", tip_terms_now(tip, thread), received=float(filed_at or created_at or 0))
        done.add(tip_id)
    pipe.execute()
    return done


def _gone(redis, ids: set[str], live: set[str]) -> set[str]:
    """Which of ``ids`` have no record (those reindexed are known to; the rest are asked)."""
    suspects = sorted(ids - live)
    if not suspects:
        return set()
    pipe = redis.pipeline(transaction=False)
    for tip_id in suspects:
        pipe.exists(keys.tip(tip_id))
    return {tip_id for tip_id, ok in zip(suspects, pipe.execute()) if not ok}


def _drop_stale(redis, live: set[str], batch: int = 500) -> int:
    """Entries of tips that no longer exist (deleted before ``forget`` was called on deletion,
    or a crash), and plates no tip has any more: removed. ``live``: tips known to exist."""
    dropped = 0
    special = {keys.TIP_PLATES_LEX, keys.TIP_PLATES_REV, keys.TIP_PARTIALS_LEX, keys.TIP_COMMON, keys.TIP_ARRIVALS}
    names = [k for k in redis.scan_iter(match=keys.TIP_INDEX_PREFIX + "*", count=1000) if k.decode() not in special]
    for start in range(0, len(names), batch):
        chunk = names[start:start + batch]
        pipe = redis.pipeline(transaction=False)
        for name in chunk:
            pipe.zrange(name, 0, -1)
        members = [[m.decode() for m in found] for found in pipe.execute()]
        gone = _gone(redis, {m for found in members for m in found}, live)
        if gone:
            pipe = redis.pipeline(transaction=False)
            for name, found in zip(chunk, members):
                stale = [m for m in found if m in gone]
                if stale:
                    pipe.zrem(name, *stale)
                    dropped += len(stale)
            pipe.execute()
    head, tail = keys.tip("")[:-1], "}:terms"          # tl:tip:{ ... }:terms
    terms_keys = {k.decode()[len(head):-len(tail)]: k for k in redis.scan_iter(match=keys.tip_terms("*"), count=1000)}
    gone = _gone(redis, set(terms_keys), live)
    if gone:
        redis.delete(*(terms_keys[t] for t in gone))
    for lex, kind, flip in ((keys.TIP_PLATES_LEX, "p", False), (keys.TIP_PLATES_REV, "p", True),
                            (keys.TIP_PARTIALS_LEX, "q", False)):
        values = [v.decode() for v in redis.zrange(lex, 0, -1)]
        pipe = redis.pipeline(transaction=False)
        for value in values:
            pipe.exists(keys.tip_index(f"{kind}:{value[::-1] if flip else value}"))
        empty = [v for v, ok in zip(values, pipe.execute()) if not ok]
        if empty:
            redis.zrem(lex, *empty)
    return dropped


def index_keys(redis) -> Iterator[str]:
    """Every key the indexes use (for the benchmark's memory figure and the reindex test)."""
    yield from (k.decode() for k in redis.scan_iter(match=keys.TIP_INDEX_PREFIX + "*", count=1000))
    yield from (k.decode() for k in redis.scan_iter(match=keys.tip_terms("*"), count=1000))
