"""The scan engine under the tip search (bot.tipline.index_search): a Lua script that filters
one chunk of candidate tips in Redis (other index keys, common words, the case state read
from each record), the chunked walk that feeds it a key's members newest first, and the
window of scores a page may show.

It is separate because it is one mechanism with its own contract (the script's arguments and
reply, the chunk sizes, ties and cursors at score boundaries), used by three readers
(``search``, ``arrived``, ``tally``) that decide only which keys drive and what to keep."""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from bot.store import keys
from bot.store.scripts import LuaScript

CHUNK_MAX = 2000            # most candidates one scan script call looks at (keeps each call ~2-3 ms)

# The filters that need each candidate's record, run in Redis over one chunk of candidates:
# the newest members of KEYS[1] in a score range (from an offset), or the IDs given.
# ARGV[1]: JSON {max, min, offset, count | ids: [...], scores: [...]; groups: [[key, ...], ...] (each
# candidate must be in one key of every group); common: [term, ...] (each in the candidate's
# terms); states: {state: true}; claimers: {id: true}; unassigned; want; tally}.
# ARGV[2]: the tip key prefix ("tl:tip:{"). The state rule is case_state.state_of's.
# Returns [examined, last ID, last score, how many at the end had the last score, then
# ID, score for each match (at most ``want``)]; with ``tally``: [examined, last ID, last score,
# tied, new, claimed, closed, urgent and open].
SCAN = """
local spec = cjson.decode(ARGV[1])
local prefix = ARGV[2]
local ids, scores = spec.ids, spec.scores
if not ids then   -- IDs only: asking for scores too would double the cost; the few needed are read below
  ids = redis.call('ZREVRANGEBYSCORE', KEYS[1], spec.max, spec.min, 'LIMIT', spec.offset, spec.count)
end
local function score_of(i)
  if scores then return scores[i] end
  return redis.call('ZSCORE', KEYS[1], ids[i])
end
local has_states, has_claimers = next(spec.states) ~= nil, next(spec.claimers) ~= nil
local groups, common = spec.groups, spec.common
local call = redis.call
local out = {}
local tally = {0, 0, 0, 0}
local examined = 0
for i = 1, #ids do
  local id = ids[i]
  examined = i
  local ok = true
  for _, group in ipairs(groups) do
    local hit = false
    for _, key in ipairs(group) do
      if call('ZSCORE', key, id) then hit = true break end
    end
    if not hit then ok = false break end
  end
  if ok and #common > 0 then
    local terms = prefix .. id .. '}:terms'
    for _, term in ipairs(common) do
      if call('HEXISTS', terms, term) == 0 then ok = false break end
    end
  end
  if ok then
    local row = call('HMGET', prefix .. id .. '}', 'status', 'claimed_by', 'urgent')
    local status, claimer = row[1], row[2]
    if not status then
      ok = false
    else
      local claimed = claimer and claimer ~= ''
      local state = 'new'
      if status == 'closed' then state = 'closed' elseif claimed then state = 'claimed' end
      if spec.tally then
        local n = (state == 'new' and 1) or (state == 'claimed' and 2) or 3
        tally[n] = tally[n] + 1
        if state ~= 'closed' and row[3] == '1' then tally[4] = tally[4] + 1 end
        ok = false
      elseif has_states and not spec.states[state] then ok = false
      elseif has_claimers and not (claimed and spec.claimers[claimer]) then ok = false
      elseif spec.unassigned and claimed then ok = false
      end
    end
  end
  if ok then
    out[#out + 1] = id
    out[#out + 1] = score_of(i)
    if #out >= 2 * spec.want then break end
  end
end
local last_id, last_score, tied = '', '', 0
if examined > 0 then
  last_id, last_score = ids[examined], score_of(examined)
  tied = 1
  while examined - tied > 0 and score_of(examined - tied) == last_score do tied = tied + 1 end
end
local reply = {examined, last_id, last_score, tied}
if spec.tally then
  for n = 1, 4 do reply[#reply + 1] = tally[n] end
  return reply
end
for _, v in ipairs(out) do reply[#reply + 1] = v end
return reply
"""
scan_script = LuaScript(SCAN)


@dataclass
class Reply:
    examined: int
    last: tuple[str, float] | None
    tied: int
    found: list[tuple[str, float]]
    exhausted: bool
    tally: tuple[int, ...] = ()


def call(redis, key: str | None, spec: dict, tally_mode: bool = False) -> Reply:
    raw = scan_script(redis, [key] if key else [], [json.dumps(spec), keys.tip("")[:-1]])
    examined, last_id, last_score, tied = int(raw[0]), raw[1], raw[2], int(raw[3])
    last = (last_id.decode(), float(last_score)) if examined else None
    if tally_mode:
        return Reply(examined, last, tied, [], False, tuple(int(n) for n in raw[4:8]))
    rest = raw[4:]
    found = [(rest[i].decode(), float(rest[i + 1])) for i in range(0, len(rest), 2)]
    return Reply(examined, last, tied, found, False)


def scan_range(redis, key: str, window: Window, spec: dict, want: int, budget: int,
               tally_mode: bool = False) -> Iterator[Reply]:
    """Run the scan script over the key's members in the window, newest first, chunk after chunk,
    until ``want`` matches, the key's end, or ``budget`` candidates."""
    top, inclusive, skip = window.top, window.inclusive, 0
    if window.cursor is not None:   # members with the cursor's own score at or before it (ties: reverse ID order)
        tied = redis.zrevrangebyscore(key, repr(top), repr(top))
        skip = sum(1 for t in tied if t.decode() >= window.cursor[1])
    examined, size = 0, max(64, 2 * want)
    while True:
        count = min(size, CHUNK_MAX, budget - examined)
        if count <= 0:
            return
        reply = call(redis, key, {**spec, "max": bound(top, inclusive), "min": window.min_arg(), "offset": skip,
                                  "count": count, "want": want}, tally_mode)
        examined += reply.examined
        want -= len(reply.found)
        reply.exhausted = reply.examined < count and want > 0
        yield reply
        if want <= 0 or reply.exhausted or reply.last is None:
            return
        new_top = reply.last[1]
        skip = reply.tied + (skip if new_top == top and inclusive else 0)
        top, inclusive = new_top, True
        size *= 4


def members(redis, group: list[str], window: Window) -> list[tuple[str, float]]:
    """The members of an OR of keys in the window, newest first."""
    pipe = redis.pipeline(transaction=False)
    for key in group:
        pipe.zrevrangebyscore(key, window.max_arg(), window.min_arg(), withscores=True)
    merged: dict[str, float] = {}
    for found in pipe.execute():
        for member, score in found:
            merged[member.decode()] = score
    return sorted(((t, s) for t, s in merged.items() if window.admits(t, s)),
                  key=lambda ts: (ts[1], ts[0]), reverse=True)


def scan_ids(redis, ordered: list[tuple[str, float]], spec: dict, want: int, budget: int) -> Iterator[Reply]:
    start, size = 0, max(64, 2 * want)
    while start < len(ordered) and start < budget:
        chunk = ordered[start:start + min(size, CHUNK_MAX)]
        reply = call(redis, None, {**spec, "ids": [t for t, _ in chunk], "scores": [repr(s) for _, s in chunk],
                                   "want": want})
        start += len(chunk)
        want -= len(reply.found)
        reply.exhausted = start >= len(ordered)
        yield reply
        if want <= 0:
            return
        size *= 4


class Window:
    """The scores a page may show: from ``since`` (inclusive) up to ``until`` (exclusive),
    and older than the cursor (score, ID), ties ordered by ID as ZREVRANGEBYSCORE orders them."""

    def __init__(self, since: float | None, until: float | None, cursor: tuple[float, str] | None):
        self.lo = since if since is not None else float("-inf")
        until = until if until is not None else float("inf")
        if cursor is not None and cursor[0] < until:
            self.top, self.inclusive, self.cursor = cursor[0], True, cursor
        else:
            self.top, self.inclusive, self.cursor = until, until == float("inf"), None

    def max_arg(self) -> str:
        return bound(self.top, self.inclusive)

    def min_arg(self) -> str:
        return bound(self.lo, True)

    def admits(self, tip_id: str, score: float) -> bool:
        if score > self.top or (score == self.top and not self.inclusive) or score < self.lo:
            return False
        c = self.cursor
        return c is None or score < c[0] or (score == c[0] and tip_id < c[1])


def bound(value: float, inclusive: bool) -> str:
    if value == float("inf"):
        return "+inf"
    if value == float("-inf"):
        return "-inf"
    return repr(value) if inclusive else f"({value!r}"
