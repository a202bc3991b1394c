"""What Redis knows about media: one record per media URL, who references it, and
which URLs share a stored file.

- ``keys.media(ref)``: the URL's record (hash). ``ref`` names the URL for good:
  ``<MessageSid>-<MediaSid>`` from Twilio's URL, the dedupe key of its fetch job.
  Fields: ``url``, ``state``, and once fetched ``sha256``, ``content_type`` (as
  Twilio served it), ``detected`` (the format Pillow read), ``size``, ``width``,
  ``height``, ``fetched_at``, ``gps`` (1, 0, or empty: unknown), ``preview`` (1/0);
  ``error`` says why it was not fetched. Never a phone number (a Twilio media URL
  holds the account, message and media SIDs only), never the position.
- ``keys.media_tips(ref)``: the tips whose record or thread has the URL;
  ``keys.tip_media(tip_id)``: the refs of a tip (kept after the tip is deleted, until
  ``forget_tip``); ``keys.MEDIA_TIPS``: every tip with refs (the orphan sweep).
- ``keys.media_blob(sha256)``: the refs whose bytes have that hash. The stored
  files of a hash go when this set is empty (bot.media.retention).
"""
from __future__ import annotations

import hashlib
import json
import re
from urllib.parse import urlsplit

from rq.utils import decode_redis_hash

from bot.store import keys

# States of a record.
QUEUED = "queued"      # a fetch job is queued, running or waiting to retry
FETCHED = "fetched"    # stored; sha256 and the rest are set
FAILED = "failed"      # Twilio kept failing (429/5xx/network) or refused our credentials: try again later
GONE = "gone"          # Twilio answered 404/410: deleted there, or never existed
REFUSED = "refused"    # not fetched on purpose: too large, not a Twilio URL
WAITING = "waiting"    # (no record) referenced by a tip, not queued yet (local mode, or news not delivered)
RETRYABLE = (FAILED,)  # what `flask media fetch-missing` queues again
FINAL = (FETCHED, GONE, REFUSED)

_TWILIO_PATH = re.compile(r"/Messages/(MM[0-9a-fA-F]{32})/Media/(ME[0-9a-fA-F]{32})(?:\.json)?/?$")


def media_ref(url: str) -> str:
    """``MM<32 hex>-ME<32 hex>`` for a Twilio media URL, else ``u-`` and a digest of
    the URL: safe in a Redis hash tag and an rq job ID, stable for the URL."""
    m = _TWILIO_PATH.search(urlsplit(url).path)
    if m:
        return f"{m.group(1)}-{m.group(2)}"
    return "u-" + hashlib.sha256(url.encode("utf-8", "replace")).hexdigest()[:40]


def job_id(ref: str) -> str:
    """The rq job that fetches it: one per URL, so queueing it twice queues it once."""
    return f"media-{ref}"


def tip_urls(conn, tip_id: str) -> list[str] | None:
    """Every media URL of a tip, in the order they came (record, then thread);
    None if there is no such tip. ``conn`` may be a pipeline in WATCH mode."""
    raw = conn.hget(keys.tip(tip_id), "media")
    if raw is None and not conn.exists(keys.tip(tip_id)):
        return None
    urls = [u for u in json.loads(raw or "[]") if isinstance(u, str)]
    for entry in conn.lrange(keys.tip_thread(tip_id), 0, -1):
        try:
            urls += [u for u in json.loads(entry).get("media") or [] if isinstance(u, str)]
        except (ValueError, AttributeError):
            continue
    return list(dict.fromkeys(urls))


def load(redis, ref: str) -> dict | None:
    raw = redis.hgetall(keys.media(ref))
    return decode_redis_hash(raw, decode_values=True) if raw else None


def load_many(redis, refs: list[str]) -> list[dict | None]:
    pipe = redis.pipeline(transaction=False)
    for ref in refs:
        pipe.hgetall(keys.media(ref))
    return [decode_redis_hash(raw, decode_values=True) if raw else None for raw in pipe.execute()]


def refs_of_tip(redis, tip_id: str) -> list[str]:
    return sorted(m.decode() for m in redis.smembers(keys.tip_media(tip_id)))


def link(pipe, tip_id: str, ref: str, url: str) -> None:
    """Record that the tip references the URL (idempotent)."""
    pipe.hsetnx(keys.media(ref), "url", url)
    pipe.sadd(keys.media_tips(ref), tip_id)
    pipe.sadd(keys.tip_media(tip_id), ref)
    pipe.sadd(keys.MEDIA_TIPS, tip_id)
