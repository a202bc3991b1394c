"""Sending one chunk of an alert's recipients, for one drain job's time slice.

bot.alerts.fanout's drain jobs take a chunk (holding its lease) and call ``send_chunk``:
a few threads send at once, each recipient through their channel (bot.alerts.channels),
let out one by one against HALT (store.release) and tallied (bot.alerts.tally), so a
chunk picked up again after a slice or a crash starts where it was left.
"""
from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor

from redis.exceptions import LockNotOwnedError
from redis.lock import Lock

from bot.alerts import resident_prefs, store, tally
from bot.alerts.drain_slice import Slice
from bot.privacy.redact import SafeText
from bot.store import keys

log = logging.getLogger(__name__)

# What became of a chunk in one slice.
DONE, TRANSIENT, LOST, SLICE_OVER = "done", "transient", "lost", "slice over"


def send_chunk(svc, alert_id: str, body: SafeText, span: tuple[int, int], n: int, chunk: Lock,
                time_slice: Slice, attempt: str, bodies: dict | None = None) -> tuple[str, bool]:
    """Send what is left of chunk ``n`` (``span``: its index range in the recipient set)
    until ``time_slice`` is over. Returns what
    became of it: DONE (marked done), TRANSIENT (all tried; some met a transient error),
    LOST (the lease was lost: its new owner finishes it) or SLICE_OVER (some are left
    for the next slice); and whether any recipient met a transient error.

    A few threads send at once because each POST to Twilio waits on the network
    (~100 ms); the shared token bucket inside deliver() still sets the pace.

    ``bodies``: {language: SMS body} of an alert with a text per language; each recipient's
    language (bot.alerts.resident_prefs.languages_of, two round trips for the chunk, only when
    there are such texts) picks theirs, else ``body``. The send stays one per recipient
    (its dedupe key does not depend on the language)."""
    from bot.alerts import channels
    from bot.messaging.outbound import TransientSendError

    redis = svc.redis
    members = [m.decode() for m in redis.zrange(keys.alert_recipients(alert_id), *span)]
    pending = _unfinished(redis, alert_id, members)
    langs = resident_prefs.languages_of(redis, pending) if bodies else {}
    lost = threading.Event()

    def holding() -> bool:
        """Is the lease still ours (taken for another full TTL)?"""
        if lost.is_set():
            return False
        try:
            chunk.reacquire()
            return True
        except LockNotOwnedError:
            if not lost.is_set():
                log.warning("alert %s chunk %d: lease lost, leaving it to its new owner", alert_id, n)
            lost.set()
            return False

    def go_on() -> bool:
        """Asked by deliver() while a text waits for its turn and just before it is claimed."""
        return not time_slice.over() and holding()

    def send_one(p: str) -> str:
        """DONE, 'halted' (not let out), TRANSIENT, or 'left' (not sent: the next slice's)."""
        if time_slice.over() or not holding():
            return "left"
        # Halted: this one stays unsent. Not the rest: one let out before the HALT (by an
        # earlier slice, or a run that died) still goes, because HALT counted it as gone.
        if channels.maybe_hold(svc, alert_id, p):    # in their quiet hours: sent when those end
            return "held"
        if not store.release(redis, alert_id, p):
            return "halted"
        try:   # by the recipient's channel (SMS, email, voice): bot.alerts.channels
            lang = langs.get(p, "")
            state = channels.deliver_to(svc, alert_id, p, (bodies or {}).get(lang, body), keepalive=chunk.reacquire,
                                        attempt=attempt, go_on=go_on, lang=lang)
        except TransientSendError:
            return TRANSIENT
        if state is None:
            return "left"
        tally.record(redis, alert_id, p, state)
        if state == "sent":
            _apply_early_callback(redis, alert_id, p)
        return DONE

    threads = max(1, int(svc.config["ALERT_SEND_THREADS"]))
    with ThreadPoolExecutor(max_workers=threads) as pool:
        results = list(pool.map(send_one, pending))
    for p, result in zip(pending, results):
        if result == "halted":      # those let out before the HALT go (HALT counted them); the rest are halted
            tally.record(redis, alert_id, p, "halted")
    transient = TRANSIENT in results
    if lost.is_set():
        return LOST, transient
    if "left" in results:
        return SLICE_OVER, transient
    if transient:    # a text let out but hit by a transient error is retried, even after HALT
        return TRANSIENT, True
    redis.sadd(keys.alert_chunks_done(alert_id), n)
    redis.expire(keys.alert_chunks_done(alert_id), keys.DELIVERY_RECORD_TTL_S)
    return DONE, False


def _unfinished(redis, alert_id: str, members: list[str]) -> list[str]:
    """The chunk's recipients with no final tally yet (one round trip). A recipient's
    tally is recorded once deliver() has finished with them, so a chunk picked up
    again (the next slice, a takeover) starts where it was left; one sent but not
    yet tallied (its run died in between) is passed to deliver() again, which finds
    the text's final state and sends nothing."""
    if not members:
        return []
    results = redis.hmget(keys.alert_results(alert_id), members)
    return [p for p, r in zip(members, results) if r is None or tally.RANK.get(r.decode(), 0) == 0]


def _apply_early_callback(redis, alert_id: str, p: str) -> None:
    """A delivery report can arrive before we recorded the SID: apply it now."""
    sid = redis.hget(keys.outbound(keys.alert_send(alert_id, p)), "sid")
    if sid:
        status = redis.hget(keys.message_status(sid.decode()), "status")
        if status:
            tally.record(redis, alert_id, p, tally.TWILIO_TO_STATE.get(status.decode(), "sent"))
