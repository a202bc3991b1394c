"""Erasure of one tip on request (right to erasure, or an order), audited with the reason.

Deleted: the tip record and thread, its index entry, the tipster's conversation
if it still points at the tip, cached webhook replies that quote it (the
tipster's, and officers' that name the tip; kept 48 hours for Twilio
redeliveries, so a redelivery of one of those texts is handled afresh), and the payloads of the rq jobs that carried texts about the tip (relays,
forwards and duty notifications hold the words; failed ones are kept by rq for a
year). Kept, because they hold no content and are the record of what happened:
the audit entries (tip ID, who, when), the tip ID's reservation (never reissued),
and delivery records (recipient pseudonym, status; they expire after 30 days).
A tip on legal hold is refused. Media stay on Twilio until deleted there: the
caller is given their URLs.
"""
from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass, field

from rq.exceptions import DeserializationError, NoSuchJobError
from rq.job import Job, JobStatus

from bot import media
from bot.governance import actors
from bot.officers import audit
from bot.store import keys
from bot.tipline import retention

log = logging.getLogger(__name__)


class Refused(Exception):
    """The tip cannot be erased (message for the admin)."""


@dataclass
class Erasure:
    tip_id: str
    thread_entries: int = 0
    conversation: bool = False
    cached_replies: int = 0
    jobs_deleted: int = 0
    jobs_running: list[str] = field(default_factory=list)
    media: list[str] = field(default_factory=list)
    media_forgotten: object = None      # bot.media.Forgotten: stored photos deleted with the tip


def erase_tip(svc, tip_id: str, *, reason: str, by: str, now: float | None = None) -> Erasure:
    redis, now = svc.redis, time.time() if now is None else now
    reason = " ".join(reason.split())
    if not reason:
        raise Refused("a reason is required")
    actor = actors.admin(by)
    tipster = (redis.hget(keys.tip(tip_id), "tipster") or b"").decode()
    result = Erasure(tip_id)
    # Read what the report needs before it is gone (it is read again under WATCH below).
    result.media = _media(redis, tip_id)
    result.thread_entries = redis.llen(keys.tip_thread(tip_id))
    replies = _cached_replies(redis, tip_id, tipster)

    def decide(pipe):
        if not pipe.exists(keys.tip(tip_id)):
            raise Refused(f"{tip_id} not found (never filed, expired or already erased)")
        conv = json.loads(pipe.get(keys.conversation(tipster)) or "null") if tipster else None
        result.conversation = bool(conv and conv.get("tip_id") == tip_id)
        return result

    def record(pipe, _):
        if replies:
            pipe.delete(*replies)
        audit.record(pipe, "tip_erased", officer=actor, tip_id=tip_id, detail=reason, at=now)

    try:
        done = retention.remove_tip(redis, tip_id, decide, record, attempts=5)
    except retention.Held as held:
        h = held.args[0]
        raise Refused(f"{tip_id} is on legal hold (placed by {h.get('by')}: {h.get('reason')}); "
                      "release the hold first if erasure is lawful") from None
    if done is None:
        raise Refused(f"{tip_id} kept changing (officers are working on it); try again")
    result.cached_replies = len(replies)
    _delete_jobs(svc, tip_id, result)
    try:
        result.media_forgotten = media.forget_tip(svc, tip_id)
    except Exception:   # the tip is already gone; `flask media forget-orphans` finishes the job
        log.exception("media of %s not forgotten", tip_id)
    return result


def _cached_replies(redis, tip_id: str, tipster: str) -> list[bytes]:
    """The tipster's cached replies (a draft's review quotes the tip without naming
    it) and anyone's that name the tip (an officer's SHOW, or "Sent ... as: <text>")."""
    found = list(redis.scan_iter(match=keys.reply_cache(tipster, "*"), count=1000)) if tipster else []
    needle = tip_id.encode()
    for key in redis.scan_iter(match=keys.reply_cache("*", "*"), count=1000):
        if key not in found and needle in (redis.get(key) or b""):
            found.append(key)
    return found


def _media(redis, tip_id: str) -> list[str]:
    urls = json.loads(redis.hget(keys.tip(tip_id), "media") or "[]")
    for raw in redis.lrange(keys.tip_thread(tip_id), 0, -1):
        urls += json.loads(raw).get("media") or []
    return list(dict.fromkeys(urls))


def _delete_jobs(svc, tip_id: str, result: Erasure) -> None:
    """rq jobs of texts about the tip. Their IDs are ``send-<dedupe key>`` with ':'
    turned into '-' (bot.messaging.outbound), and every dedupe key about a tip has
    the tip ID as a whole part (relay, fwd, duty); after-save deliveries of the tip's
    events are ``event-<tip>-<ref>`` (bot.messaging.after_save). A job running right
    now is left to finish (deleting it mid-send could send twice) and reported."""
    prefix = Job.redis_job_namespace_prefix
    found = [*svc.redis.scan_iter(match=f"{prefix}send-*-{tip_id}-*", count=1000),
             *svc.redis.scan_iter(match=f"{prefix}event-{tip_id}-*", count=1000)]
    for key in found:
        job_id = key.decode()[len(prefix):]
        try:
            job = Job.fetch(job_id, connection=svc.redis)
        except (NoSuchJobError, DeserializationError):   # gone meanwhile, or a damaged hash
            svc.redis.delete(key)
            result.jobs_deleted += 1
            continue
        if job.get_status(refresh=False) == JobStatus.STARTED:
            result.jobs_running.append(job_id)
            continue
        job.delete()
        result.jobs_deleted += 1
