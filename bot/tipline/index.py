"""Search indexes over tips, for the staff console's inbox, search and related tips (issue 11).

What a tip is indexed under (its *terms*), each an index key ``keys.tip_index(term)``:

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
one Redis primary, which is what we run (keys.py).

``reindex`` rebuilds everything from the records and threads (``flask --app wsgi tips
reindex``), for tips written before the indexes existed.

Reading: ``search`` (the inbox's filters: words, plate, urgent, date range, and the
case state, which is read from the records because claims and closes are written
elsewhere), ``newer`` (the live inbox), ``related`` (a tip's links to others).
"""
from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS

from bot.privacy.redact import REPLACEMENT
from bot.store import keys
from bot.store.scripts import LuaScript
from nlp.phones import find_phones
from nlp.plates import normalise as normalise_plate

# -- terms --------------------------------------------------------------------------------
MAX_TERM = 60                 # characters of a term (longer places are cut): keeps tip_terms a small hash
MIN_PLATE, MAX_PLATE = 2, 10
_WORD_RE = re.compile(r"[A-Za-z0-9]+(?:['\u2019\-][A-Za-z0-9]+)*")
_POSSESSIVE = re.compile(r"['\u2019]s$")
_DIGIT = re.compile(r"\d")
_UK_POSTCODE = re.compile(r"\b([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})\b")
_ZIP = re.compile(r"^([0-9]{5})(?:-[0-9]{4})?$")
_HOUSE_NUMBER = re.compile(r"^\d+[a-z]?$")
PLACE_ABBREVIATIONS = {
    "st": "street", "str": "street", "rd": "road", "ave": "avenue", "av": "avenue", "ln": "lane",
    "dr": "drive", "ct": "court", "pl": "place", "sq": "square", "cres": "crescent", "cl": "close",
    "gdns": "gardens", "pk": "park", "blvd": "boulevard", "hwy": "highway", "pkwy": "parkway",
    "mt": "mount", "ter": "terrace", "terr": "terrace",
}
# Words that say nothing a search could use, beyond spaCy's English stop words.
EXTRA_STOP_WORDS = frozenset("removed own number".split()) | frozenset(REPLACEMENT.strip("[]").split())
WORD_STOP = frozenset(STOP_WORDS) | EXTRA_STOP_WORDS

# A geocoder: postcode/ZIP (normalised) -> (lat, lon) or None. Set by the console at start-up
# (bot.alerts.geo sits above this package, so it is handed in rather than imported).
Geocoder = Callable[[str], "tuple[float, float] | None"]
_geocoder: Geocoder | None = None


def use_geocoder(geocode: Geocoder | None) -> None:
    """Index the position of postcodes/ZIPs with ``geocode`` (None: codes only, no positions)."""
    global _geocoder
    _geocoder = geocode


def words(text: str) -> list[str]:
    """The searchable words of a text, in order, once each: lower case, "co-op" -> "coop",
    "Dazza's" -> "dazza"; 3+ characters (2 with a digit: "m5"), not a stop word, not a
    long run of digits (phone numbers are terms of their own)."""
    text = text or ""
    if REPLACEMENT in text:
        text = text.replace(REPLACEMENT, " ")
    out: dict[str, None] = {}
    for word in _WORD_RE.findall(text.lower()):
        if "'" in word or "\u2019" in word or "-" in word:
            word = _POSSESSIVE.sub("", word).replace("'", "").replace("\u2019", "").replace("-", "")
        size = len(word)
        if size < 2 or size > 24 or word in WORD_STOP or word in out:
            continue
        if size < 3 and not _DIGIT.search(word):
            continue
        if size > 6 and word.isdigit():
            continue
        out[word] = None
    return list(out)


def normalise_place(text: str) -> str:
    """"12 Brook Rd." -> "brook road", "The Co-op" -> "co op", "Main St & Oak Ave" -> "main street and oak avenue"."""
    tokens = re.sub(r"[^a-z0-9&]+", " ", (text or "").lower().replace("&", " and ")).split()
    if tokens and tokens[0] == "the":
        tokens = tokens[1:]
    while len(tokens) > 1 and _HOUSE_NUMBER.match(tokens[0]):
        tokens = tokens[1:]
    return " ".join(PLACE_ABBREVIATIONS.get(t, t) for t in tokens)[:MAX_TERM - 2]


def normalise_phone(text: str) -> str | None:
    digits = "".join(ch for ch in text or "" if ch.isdigit())
    return digits[-10:] if len(digits) >= 7 else None


def postcode_of(text: str) -> str | None:
    """A whole UK postcode in the text ("BS1 4DJ"), or the text is a US ZIP ("10001")."""
    upper = (text or "").upper().strip()
    m = _UK_POSTCODE.search(upper)
    if m:
        return f"{m.group(1)} {m.group(2)}"
    m = _ZIP.match(upper)
    return m.group(1) if m else None


def plate_values(values: Iterable) -> list[str]:
    out = []
    for value in values or []:
        plate = normalise_plate(str(value))
        if MIN_PLATE <= len(plate) <= MAX_PLATE and plate not in out:
            out.append(plate)
    return out


def codes_of(fields: dict, facts: dict) -> list[str]:
    """The postcodes/ZIPs among a tip's places and its "where" answer, in order."""
    out = []
    for text in [*(facts.get("locations") or []), (fields or {}).get("where") or ""]:
        code = postcode_of(str(text))
        if code and code not in out:
            out.append(code)
    return out


def record_terms(fields: dict, facts: dict, urgent: bool, texts: Iterable[str] = ()) -> list[str]:
    """Every term of a tip's record: its facts, its answers' words and ``texts`` (its tipster texts)."""
    fields, facts = fields or {}, facts or {}
    terms = ["u"] if urgent else []
    terms += [f"p:{p}" for p in plate_values(facts.get("plates"))]
    terms += [f"q:{p}" for p in plate_values(facts.get("partial_plates"))]
    codes = codes_of(fields, facts)
    for place in facts.get("locations") or []:
        if postcode_of(str(place)) and normalise_place(str(place)).replace(" ", "").upper() in \
                {c.replace(" ", "") for c in codes}:
            continue          # the place is the postcode itself: a c: term, not an l: one
        name = normalise_place(str(place))
        if len(name) >= 2:
            terms.append(f"l:{name}")
    terms += [f"c:{c}" for c in codes]
    position = _position(codes)
    if position:
        terms.append(position)
    for text in dict.fromkeys([*(str(v) for v in fields.values() if v), *texts]):   # answers are texts too
        terms += text_terms(text)
    return list(dict.fromkeys(t[:MAX_TERM] for t in terms))


def text_terms(text: str) -> list[str]:
    """The terms of one text: its words and the phone numbers in it (nlp's phone shapes; the
    tipster's own number was redacted before the text was stored, so it is never one)."""
    out = [f"w:{w}" for w in words(text)]
    for _, _, raw in find_phones(text or ""):
        digits = normalise_phone(raw)
        if digits:
            out.append(f"n:{digits}")
    return out


def _position(codes: list[str]) -> str | None:
    if _geocoder is None:
        return None
    for code in codes:
        try:
            found = _geocoder(code)
        except Exception:   # an unknown or uncovered code has no position; never fail a tip's save for it
            found = None
        if found:
            lat, lon = found
            if -85 < lat < 85 and -180 <= lon <= 180:
                return f"g:{lon:.6f},{lat:.6f}"
    return None


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


# -- reading ------------------------------------------------------------------------------------
STATES = ("new", "claimed", "closed")
SCAN_BUDGET = 20000         # most candidates one request looks at (~6 us each with 100,000 tips)
CHUNK_MAX = 2000            # most candidates one scan script call looks at (keeps each call ~2-3 ms)

# The filters that need each candidate's record, run in Redis over one chunk of candidates:
# the newest members of KEYS[1] in a score range (from an offset), or the IDs given.
# ARGV[1]: JSON {max, min, offset, count | ids: [...], scores: [...]; groups: [[key, ...], ...] (each
# candidate must be in one key of every group); common: [term, ...] (each in the candidate's
# terms); states: {state: true}; claimers: {id: true}; unassigned; want; tally}.
# ARGV[2]: the tip key prefix ("tl:tip:{"). The state rule is workflow.state_of's.
# Returns [examined, last ID, last score, how many at the end had the last score, then
# ID, score for each match (at most ``want``)]; with ``tally``: [examined, last ID, last score,
# tied, new, claimed, closed, urgent and open].
_SCAN = """
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
_scan_script = LuaScript(_SCAN)


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
        for fragment in _fragments(plate):
            found.append(keys.tip_index(f"q:{fragment}"))
        for other in _partials_containing(redis, plate, cap):
            found.append(keys.tip_index(f"q:{other}"))
    return list(dict.fromkeys(found))


def _fragments(plate: str, shortest: int = 2) -> list[str]:
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


def _partials_containing(redis, fragment: str, cap: int) -> list[str]:
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
    window = _Window(query, parse_cursor(cursor))
    if len(plan.driver) > 1:      # a plate with its partials: a few small keys, read whole and merged
        replies = _scan_ids(redis, _members(redis, plan.driver, window), plan.spec, limit + 1, budget)
    else:
        replies = _scan_range(redis, plan.driver[0], window, plan.spec, limit + 1, budget)
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


def _any_older(redis, driver: list[str], window: "_Window", last: tuple[str, float]) -> bool:
    """Whether the driver has members in the window older than ``last`` (the budget may run
    out exactly at the end)."""
    if len(driver) > 1:
        return True                 # read whole: _scan_ids knows, and says exhausted when it is
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
    window = _Window(query, None)
    scores = redis.zmscore(keys.TIPS_RECEIVED, ids)
    ordered = sorted(((t, s) for t, s in zip(ids, scores) if s is not None and window.admits(t, s)),
                     key=lambda ts: (ts[1], ts[0]), reverse=True)
    if plan.driver != [keys.TIPS_RECEIVED]:       # the candidates are the arrivals: every index key checks
        plan.spec["groups"] = [plan.driver, *plan.spec["groups"]]
    found = [t for reply in _scan_ids(redis, ordered, plan.spec, limit + 1, len(ordered)) for t, _ in reply.found]
    return Arrivals(found[:limit], cursor, overflow or len(found) > limit)


def _id_key(stream_id: str) -> tuple[int, int]:
    ms, _, seq = stream_id.partition("-")
    return int(ms), int(seq or 0)


def tally(redis, since: float | None = None, until: float | None = None) -> dict[str, int]:
    """How many tips started in [since, until) are new, claimed, closed, and urgent and not closed
    (all tips when no bounds): a scan of the records in Redis, CHUNK_MAX at a time."""
    window = _Window(Query(since=since, until=until), None)
    counts = {"new": 0, "claimed": 0, "closed": 0, "urgent_open": 0}
    spec = {"states": {}, "claimers": {}, "unassigned": False, "common": [], "groups": [], "tally": True}
    for reply in _scan_range(redis, keys.TIPS_RECEIVED, window, spec, 1, budget=10 ** 12, tally_mode=True):
        for name, n in zip(("new", "claimed", "closed", "urgent_open"), reply.tally):
            counts[name] += n
    return counts


@dataclass
class _Reply:
    examined: int
    last: tuple[str, float] | None
    tied: int
    found: list[tuple[str, float]]
    exhausted: bool
    tally: tuple[int, ...] = ()


def _call(redis, key: str | None, spec: dict, tally_mode: bool = False) -> _Reply:
    raw = _scan_script(redis, [key] if key else [], [json.dumps(spec), keys.tip("")[:-1]])
    examined, last_id, last_score, tied = int(raw[0]), raw[1], raw[2], int(raw[3])
    last = (last_id.decode(), float(last_score)) if examined else None
    if tally_mode:
        return _Reply(examined, last, tied, [], False, tuple(int(n) for n in raw[4:8]))
    rest = raw[4:]
    found = [(rest[i].decode(), float(rest[i + 1])) for i in range(0, len(rest), 2)]
    return _Reply(examined, last, tied, found, False)


def _scan_range(redis, key: str, window: "_Window", spec: dict, want: int, budget: int,
                tally_mode: bool = False) -> Iterator[_Reply]:
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
        reply = _call(redis, key, {**spec, "max": _bound(top, inclusive), "min": window.min_arg(), "offset": skip,
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


def _members(redis, group: list[str], window: "_Window") -> list[tuple[str, float]]:
    """The members of an OR of keys in the window, newest first."""
    pipe = redis.pipeline(transaction=False)
    for key in group:
        pipe.zrevrangebyscore(key, window.max_arg(), window.min_arg(), withscores=True)
    merged: dict[str, float] = {}
    for members in pipe.execute():
        for member, score in members:
            merged[member.decode()] = score
    return sorted(((t, s) for t, s in merged.items() if window.admits(t, s)),
                  key=lambda ts: (ts[1], ts[0]), reverse=True)


def _scan_ids(redis, ordered: list[tuple[str, float]], spec: dict, want: int, budget: int) -> Iterator[_Reply]:
    start, size = 0, max(64, 2 * want)
    while start < len(ordered) and start < budget:
        chunk = ordered[start:start + min(size, CHUNK_MAX)]
        reply = _call(redis, None, {**spec, "ids": [t for t, _ in chunk], "scores": [repr(s) for _, s in chunk],
                                    "want": want})
        start += len(chunk)
        want -= len(reply.found)
        reply.exhausted = start >= len(ordered)
        yield reply
        if want <= 0:
            return
        size *= 4


def _sizes(redis, groups: list[list[str]]) -> list[int]:
    if not groups:
        return []
    pipe = redis.pipeline(transaction=False)
    for group in groups:
        for key in group:
            pipe.zcard(key)
    counts = iter(pipe.execute())
    return [sum(next(counts) for _ in group) for group in groups]


class _Window:
    """The scores a page may show: from ``since`` (inclusive) up to ``until`` (exclusive),
    and older than the cursor (score, ID), ties ordered by ID as ZREVRANGEBYSCORE orders them."""

    def __init__(self, query: Query, cursor: tuple[float, str] | None):
        self.lo = query.since if query.since is not None else float("-inf")
        until = query.until if query.until is not None else float("inf")
        if cursor is not None and cursor[0] < until:
            self.top, self.inclusive, self.cursor = cursor[0], True, cursor
        else:
            self.top, self.inclusive, self.cursor = until, until == float("inf"), None

    def max_arg(self) -> str:
        return _bound(self.top, self.inclusive)

    def min_arg(self) -> str:
        return _bound(self.lo, True)

    def admits(self, tip_id: str, score: float) -> bool:
        if score > self.top or (score == self.top and not self.inclusive) or score < self.lo:
            return False
        c = self.cursor
        return c is None or score < c[0] or (score == c[0] and tip_id < c[1])


def _bound(value: float, inclusive: bool) -> str:
    if value == float("inf"):
        return "+inf"
    if value == float("-inf"):
        return "-inf"
    return repr(value) if inclusive else f"({value!r}"


# -- related tips -------------------------------------------------------------------------------
RELATED_RADIUS_M = 400
PER_TERM = 50               # newest tips read per shared term


@dataclass
class Relation:
    tip_id: str
    score: float                                  # when the other tip was started
    reasons: list[str] = field(default_factory=list)
    weight: int = 0


_WEIGHTS = {"plate": 10, "phone": 9, "partial": 6, "code": 6, "near": 4, "place": 3}


def related(redis, tip_id: str, limit: int = 20) -> tuple[list[Relation], int]:
    """Other tips sharing a plate (or a partial plate consistent with it), a place (the same
    normalised place or postcode, or within RELATED_RADIUS_M of its postcode/ZIP) or a phone
    number typed in the text, each with why; strongest first. Returns (relations, how many in all)."""
    mine = terms(redis, tip_id)
    found: dict[str, Relation] = {}
    asks: list[tuple[str, str, str]] = []          # (key, kind, reason)

    for term in mine:
        kind, value = term[:1], term[2:]
        if kind == "p":
            asks.append((keys.tip_index(term), "plate", f"same plate {value}"))
            for fragment in _fragments(value):
                asks.append((keys.tip_index(f"q:{fragment}"), "partial",
                             f"partial plate {fragment} fits {value}"))
        elif kind == "q":
            asks.append((keys.tip_index(term), "partial", f"same partial plate {value}"))
            for plate in plates_containing(redis, value, cap=PER_TERM):
                asks.append((keys.tip_index(f"p:{plate}"), "partial", f"plate {plate} fits partial plate {value}"))
            for other in _partials_containing(redis, value, PER_TERM):
                asks.append((keys.tip_index(f"q:{other}"), "partial",
                             f"partial plates {value} and {other} agree"))
            for fragment in _fragments(value):
                asks.append((keys.tip_index(f"q:{fragment}"), "partial",
                             f"partial plates {value} and {fragment} agree"))
        elif kind == "l":
            asks.append((keys.tip_index(term), "place", f"same place: {value.title()}"))
        elif kind == "c":
            asks.append((keys.tip_index(term), "code", f"same {'ZIP code' if value.isdigit() else 'postcode'} "
                                                       f"{value}"))
        elif kind == "n":
            asks.append((keys.tip_index(term), "phone", f"same phone number in the text (ending {value[-4:]})"))
    pipe = redis.pipeline(transaction=False)
    for key, _, _ in asks:
        pipe.zrevrange(key, 0, PER_TERM - 1, withscores=True)
    for (key, kind, reason), members in zip(asks, pipe.execute()):
        for member, score in members:
            _relate(found, member.decode(), score, kind, reason, tip_id)
    places = [t for t in mine if t.startswith("l:")]
    for term, is_common in zip(places, redis.smismember(keys.TIP_COMMON, places) if places else []):
        if is_common:   # no key of its own: the newest tips with it, by a scan
            page = search(redis, Query(common=(term,)), limit=PER_TERM + 1)
            for other in page.ids:
                _relate(found, other, page.scores[other], "place", f"same place: {term[2:].title()}", tip_id)
    if any(t.startswith("g:") for t in mine):
        _near(redis, tip_id, mine, found)
    ranked = sorted(found.values(), key=lambda r: (r.weight, r.score), reverse=True)
    return ranked[:limit], len(ranked)


def _relate(found: dict, other: str, score: float, kind: str, reason: str, me: str) -> None:
    if other == me:
        return
    rel = found.setdefault(other, Relation(other, score))
    if reason not in rel.reasons:
        rel.reasons.append(reason)
        rel.weight += _WEIGHTS[kind]


def _near(redis, tip_id: str, mine: list[str], found: dict) -> None:
    my_codes = {t[2:] for t in mine if t.startswith("c:")}
    try:
        hits = redis.geosearch(keys.TIP_GEO, member=tip_id, radius=RELATED_RADIUS_M, unit="m", sort="ASC",
                               count=PER_TERM, withdist=True)
    except Exception:   # the tip's position was removed meanwhile
        return
    others = [(m.decode(), dist) for m, dist in hits if m.decode() != tip_id]
    if not others:
        return
    pipe = redis.pipeline(transaction=False)
    for other, _ in others:
        pipe.hkeys(keys.tip_terms(other))
        pipe.zscore(keys.TIPS_RECEIVED, other)
    replies = pipe.execute()
    for n, (other, dist) in enumerate(others):
        codes = sorted(t.decode()[2:] for t in replies[2 * n] if t.startswith(b"c:"))
        score = replies[2 * n + 1]
        if score is None:
            continue
        if my_codes & set(codes):
            continue       # the same postcode says it already
        where = f" ({', '.join(codes[:2])})" if codes else ""
        _relate(found, other, score, "near", f"about {_round_m(dist)} m away{where}", tip_id)


def _round_m(dist) -> int:
    d = float(dist)
    return int(round(d / 10.0) * 10) if d >= 10 else int(round(d))


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
