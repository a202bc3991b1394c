"""Fetching MMS media from Twilio: who queues a fetch, and the job.

Queueing (``queue_tip_media``): the after-save news of a tip (TipFiled,
TipUrgent, TipsterFollowUp) runs it on a worker; it links every media URL of the
tip (record and thread) to the tip and queues one fetch job per URL not fetched
yet. The job's ID is the URL's ref (``media-MM...-ME...``) and it is queued with
rq's ``unique``, so a delivery run twice, or news of the same tip again, queues
nothing twice. ``flask --app wsgi media fetch-missing`` does the same for every
tip (URLs whose news never came, or whose fetch failed) and ``requeue_lost`` for
fetches whose job went missing.

The job (``fetch_job``) downloads the URL, hashes the exact bytes, stores the
original and its preview by hash (bot.media.store) and writes the record
(bot.media.records). Twilio answering 429 or 5xx, or the network failing, is
retried by rq on the FETCH_RETRY schedule; when the last try fails the record
says ``failed``. 404/410 is ``gone``, a file over MEDIA_MAX_BYTES or a URL that is
not Twilio's is ``refused``: neither is retried. 401/403 (media auth on and no or
wrong credentials) is ``failed`` at once: retrying cannot help until someone
fixes the credentials and runs fetch-missing.

The download itself (Twilio's credentials, redirects by hand, size limits) is
bot.media.download.
"""
from __future__ import annotations

import hashlib
import logging
import time

import redis as redis_lib
from rq import Retry, get_current_job
from rq.exceptions import DuplicateJobError, NoSuchJobError
from rq.job import Job, JobStatus

from bot.config import is_local_mode
from bot.media import images, records
from bot.media.download import FetchError, download
from bot.media.store import ORIGINAL, PREVIEW, make_store
from bot.messaging import queues
from bot.services import current
from bot.store import keys
from bot.tipline.retention import iter_tip_ids

log = logging.getLogger(__name__)

QUEUE = queues.HOUSEKEEPING
# 1 try + 6 retries over about 2 hours: a Twilio incident, a rate limit, a network outage.
FETCH_RETRY = {"max": 6, "interval": [10, 60, 300, 900, 1800, 3600]}
JOB_TIMEOUT_S = 180
FAILED_KEPT_S = 7 * 24 * 3600


def enabled(config) -> bool:
    """MEDIA_FETCH, or (unset) on outside local mode: local mode has no Twilio media."""
    setting = config.get("MEDIA_FETCH")
    return (not is_local_mode(config)) if setting is None else bool(setting)


# -- queueing ---------------------------------------------------------------------------
def on_tip_news(services, event) -> None:
    """Listener of TipFiled, TipUrgent and TipsterFollowUp: fetch the tip's media."""
    queue_tip_media(services, event.tip_id)


def queue_tip_media(services, tip_id: str, *, retry_failed: bool = False) -> int:
    """Link the tip's media URLs to it and queue a fetch of each one not fetched
    (nor being fetched) yet; returns how many fetches were queued. ``retry_failed``
    also queues those whose fetch failed. Idempotent; safe from a web request (the
    console may call it when a tip is opened) as from a worker. Does nothing when
    fetching is off (local mode)."""
    if not enabled(services.config):
        return 0
    linked = _link_tip(services.redis, tip_id)
    queued = 0
    for ref, state in linked:
        if state in (None, records.QUEUED) or (retry_failed and state in records.RETRYABLE):
            queued += enqueue_fetch(services, ref)
    return queued


def _link_tip(redis, tip_id: str, attempts: int = 5) -> list[tuple[str, str | None]]:
    """(ref, state) of each media URL of the tip, every one linked to it. Read and
    written under WATCH of the tip: an erased tip gets no links afterwards."""
    for _ in range(attempts):
        with redis.pipeline(transaction=True) as pipe:
            try:
                pipe.watch(keys.tip(tip_id))
                urls = records.tip_urls(pipe, tip_id)
                if not urls:
                    return []
                refs = [records.media_ref(url) for url in urls]
                pipe.multi()
                for ref, url in zip(refs, urls):
                    records.link(pipe, tip_id, ref, url)
                for ref in refs:
                    pipe.hget(keys.media(ref), "state")
                states = pipe.execute()[-len(refs):]
                return [(ref, s.decode() if s else None) for ref, s in zip(refs, states)]
            except redis_lib.WatchError:
                continue   # the tip was written meanwhile (a text, a claim): read it again
    raise RuntimeError(f"{tip_id} kept changing while its media were linked")   # the delivery is retried


def enqueue_fetch(services, ref: str) -> bool:
    """Queue the fetch of one URL unless its job exists or it has ended (fetched,
    gone, refused); True if queued."""
    queue = services.queues[QUEUE]
    now = time.time()
    with services.redis.pipeline(transaction=True) as pipe:
        try:
            pipe.watch(keys.media(ref))   # not over a job that is recording the end right now
            if (pipe.hget(keys.media(ref), "state") or b"").decode() in records.FINAL:
                return False
            pipe.multi()
            pipe.hset(keys.media(ref), mapping={"state": records.QUEUED, "queued_at": f"{now:.3f}"})
            pipe.hdel(keys.media(ref), "error")
            pipe.zadd(keys.MEDIA_PENDING, {ref: now}, nx=True)
            pipe.execute()
        except redis_lib.WatchError:
            return False   # its job just ended (or it was forgotten): nothing to queue
    for _ in range(2):
        job = queue.create_job(fetch_job, args=(ref,), job_id=records.job_id(ref), timeout=JOB_TIMEOUT_S,
                               retry=Retry(max=FETCH_RETRY["max"], interval=FETCH_RETRY["interval"]),
                               result_ttl=0, failure_ttl=FAILED_KEPT_S, description=f"fetch media {ref}")
        try:
            queue.enqueue_job(job, unique=True)
            return True
        except DuplicateJobError:
            if not _drop_if_over(services.redis, records.job_id(ref)):
                return False   # queued, running or waiting to retry: that one will do
    return False


def _drop_if_over(redis, job_id: str) -> bool:
    """Delete the job if it has ended (failed, stopped ...) so it can be queued again."""
    try:
        job = Job.fetch(job_id, connection=redis)
    except NoSuchJobError:
        return True
    except Exception:   # a damaged job hash: nothing of ours to keep
        redis.delete(Job.key_for(job_id))
        return True
    if job.get_status(refresh=False) in (JobStatus.FINISHED, JobStatus.FAILED, JobStatus.STOPPED,
                                         JobStatus.CANCELED):
        job.delete()
        return True
    return False


def requeue_lost(services, older_than_s: float = 3600) -> int:
    """Queue again the fetches still pending after ``older_than_s`` whose job is gone
    (a Redis restored from a backup, a job deleted by hand) or failed without saying
    so (a worker killed on its last try); returns how many."""
    cutoff = time.time() - older_than_s
    queued = 0
    for raw in services.redis.zrangebyscore(keys.MEDIA_PENDING, "-inf", cutoff):
        ref = raw.decode()
        if services.redis.hget(keys.media(ref), "state") != records.QUEUED.encode():
            services.redis.zrem(keys.MEDIA_PENDING, ref)   # ended, or forgotten
            continue
        queued += enqueue_fetch(services, ref)   # nothing if its job is queued, running or retrying
    return queued


def fetch_missing(services, *, dry_run: bool = False) -> dict:
    """Every tip's media: queue what was never fetched or failed, and lost fetches.
    Returns counts by state (and ``queued``)."""
    counts: dict[str, int] = {"queued": 0}
    for batch in iter_tip_ids(services.redis):
        for tip_id in batch:
            if dry_run:
                urls = records.tip_urls(services.redis, tip_id) or []
                refs = [records.media_ref(u) for u in urls]
                for rec in records.load_many(services.redis, refs) if refs else []:
                    state = (rec or {}).get("state") or records.WAITING
                    counts[state] = counts.get(state, 0) + 1
                continue
            counts["queued"] += queue_tip_media(services, tip_id, retry_failed=True)
    if not dry_run:
        counts["queued"] += requeue_lost(services, older_than_s=0)
    return counts


# -- the job ----------------------------------------------------------------------------
def fetch_job(ref: str) -> str:
    """rq job: fetch one media URL and store it; returns the record's new state."""
    svc = current()
    rec = records.load(svc.redis, ref)
    if not rec or not rec.get("url") or not svc.redis.exists(keys.media_tips(ref)):
        _drop_record(svc.redis, ref)
        return "forgotten"   # its tips were erased or expired meanwhile
    if rec.get("state") in records.FINAL:
        return rec["state"]
    job = get_current_job()
    last_try = not (job and job.retries_left)
    try:
        data, content_type = download(svc.config, rec["url"])
    except FetchError as exc:
        if exc.transient and not last_try:
            log.info("media %s: %s; retried later", ref, exc.reason)
            raise
        _finish(svc.redis, ref, exc.state, exc.reason)
        log.warning("media %s not fetched: %s", ref, exc.reason)
        if exc.transient:
            raise   # rq's failed registry shows it too; fetch-missing queues it again
        return exc.state
    try:
        return store_media(svc, ref, data, content_type)
    except Exception as exc:   # the disk, the media store, Redis: rq retries; the last try says so
        if last_try:
            _finish(svc.redis, ref, records.FAILED, f"could not store it: {type(exc).__name__}")
        raise


def store_media(svc, ref: str, data: bytes, content_type: str) -> str:
    """Hash, inspect and store the bytes of one URL and record them (``fetch_job``'s
    second half; a test or an import tool can call it with bytes in hand)."""
    cfg, redis = svc.config, svc.redis
    sha256 = hashlib.sha256(data).hexdigest()
    seen = images.inspect(data, preview_types=preview_types(cfg), max_px=int(cfg["MEDIA_PREVIEW_MAX_PX"]),
                          max_pixels=int(cfg["MEDIA_MAX_PIXELS"]))
    store = make_store(cfg)
    fields = {"state": records.FETCHED, "sha256": sha256, "content_type": content_type,
              "detected": seen.detected or "", "size": len(data), "width": seen.width or "",
              "height": seen.height or "", "fetched_at": f"{time.time():.3f}",
              "gps": "" if seen.has_gps is None else int(seen.has_gps), "preview": int(seen.preview is not None),
              "note": seen.note}
    with redis.lock(keys.media_blob_lock(sha256), timeout=120, blocking_timeout=60):
        store.put(sha256, ORIGINAL, data)
        if seen.preview is not None:
            store.put(sha256, PREVIEW, seen.preview)
        with redis.pipeline(transaction=True) as pipe:
            try:
                pipe.watch(keys.media_tips(ref), keys.media_blob(sha256))
                wanted = pipe.exists(keys.media_tips(ref))
                others = pipe.scard(keys.media_blob(sha256))
                pipe.multi()
                if wanted:
                    pipe.hset(keys.media(ref), mapping=fields)
                    pipe.hdel(keys.media(ref), "error")
                    pipe.sadd(keys.media_blob(sha256), ref)
                else:
                    pipe.delete(keys.media(ref))
                pipe.zrem(keys.MEDIA_PENDING, ref)
                pipe.execute()
            except redis_lib.WatchError:
                raise RuntimeError(f"media {ref} changed while it was stored; retried") from None
        if not wanted:
            if not others:
                store.delete(sha256)   # forgotten while it was downloading: keep nothing
            return "forgotten"
    log.info("media %s stored: sha256 %s, %d bytes%s", ref, sha256[:16], len(data),
             ", carries a GPS position" if seen.has_gps else "")
    return records.FETCHED


def preview_types(config) -> frozenset[str]:
    return frozenset(t.strip().lower() for t in str(config.get("MEDIA_PREVIEW_TYPES") or "").split(",") if t.strip())


def _finish(redis, ref: str, state: str, reason: str) -> None:
    pipe = redis.pipeline(transaction=True)
    pipe.hset(keys.media(ref), mapping={"state": state, "error": reason[:200], "ended_at": f"{time.time():.3f}"})
    pipe.zrem(keys.MEDIA_PENDING, ref)
    pipe.execute()


def _drop_record(redis, ref: str) -> None:
    pipe = redis.pipeline(transaction=True)
    pipe.delete(keys.media(ref))
    pipe.zrem(keys.MEDIA_PENDING, ref)
    pipe.execute()
