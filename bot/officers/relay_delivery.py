"""What became of an officer's relayed text: the console's delivery ticks, and the
officer told when it cannot be delivered.

If the text cannot be delivered (refused by Twilio, retries used up, the job lost,
the tipster opted out meanwhile, or Twilio reports it undelivered later), the
send job announces ``TextUndelivered``: we text the officer who wrote it why, never
the number, in their language, and note it on the tip's thread (in English, a record)
for SHOW and the console.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from bot.messaging import catalog, failures, outbound, queues
from bot.officers import commands, registry
from bot.officers.relay import sent_by
from bot.privacy.redact import SafeText
from bot.store import keys
from bot.tipline import tips

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Delivery:
    """How far relay message ``n`` got: ``queued`` (waiting for a worker, or retrying),
    ``sent`` (Twilio has it), ``delivered`` (the carrier says so), ``failed`` (``why``)."""
    state: str
    why: str = ""

    RANKS = {"queued": 1, "sent": 2, "delivered": 3, "failed": 3}

    @property
    def rank(self) -> int:
        return self.RANKS[self.state]

    @property
    def label(self) -> str:
        return {"queued": "Queued", "sent": "Sent", "delivered": "Delivered"}.get(
            self.state, f"Not delivered: {self.why}")


_DELIVERED = {"delivered", "read"}


def deliveries(redis, tip_id: str, numbers) -> dict[int, Delivery]:
    """{n: Delivery} for relay messages ``numbers`` of a tip, from their send records and
    Twilio's status callbacks (bot.messaging.delivery). Two round trips."""
    numbers = sorted(set(numbers))
    if not numbers:
        return {}
    pipe = redis.pipeline(transaction=False)
    for n in numbers:
        pipe.hmget(keys.outbound(keys.relay_send(tip_id, n)), "state", "sid", "reason", "detail", "attempts")
    records = [[(v.decode() if isinstance(v, bytes) else v) for v in rec] for rec in pipe.execute()]
    sids = [rec[1] if rec[0] == "sent" and rec[1] else None for rec in records]
    for sid in sids:
        if sid:
            pipe.hget(keys.message_status(sid), "status")
    statuses = iter(pipe.execute() if any(sids) else [])
    out = {}
    for n, (state, _, reason, detail, attempts), sid in zip(numbers, records, sids):
        status = next(statuses) if sid else None
        status = status.decode() if isinstance(status, bytes) else status
        if state in ("failed", "skipped"):
            out[n] = Delivery("failed", failures.describe(reason or "", detail or "", int(attempts or 0)))
        elif state == "sent":
            out[n] = Delivery("delivered" if status in _DELIVERED else "sent")
        else:   # no record yet (queued), retrying, or being sent
            out[n] = Delivery("queued")
    return out


def on_undelivered(services, event) -> None:
    """TextUndelivered listener: a relay will not reach the tipster. Text the officer who
    wrote it why (never the number) and note it on the thread; once per message, however
    often the event comes."""
    found = keys.relay_send_parts(event.dedupe_key)
    if not found:
        return
    tip_id, n = found
    redis = services.redis
    if not redis.exists(keys.tip(tip_id)):
        return
    by, by_name = redis.hmget(keys.tip(tip_id), sent_by(n), f"relay_{n}_name")
    officer = registry.active(redis, [by.decode()]) if by else []   # a console account without a phone: none
    name = registry.display_name(officer[0]) if officer else by_name.decode() if by_name else \
        catalog.text(catalog.BASE, "wf_an_officer")
    opted_out = event.reason == "opted_out"   # skipped at send time: it never left
    why = event.why or catalog.text(catalog.BASE, "relay_reason_unknown")
    # The thread keeps it in English (a record, as the console shows it).
    _note_on_thread(redis, tip_id, n, catalog.text(
        catalog.BASE, "relay_thread_undelivered", n=n, name=name,
        why=catalog.text(catalog.BASE, "relay_reason_opted_out") if opted_out else why))
    log.info("relay %s message %d not delivered: %s", tip_id, n, event.reason)
    if officer:
        cfg = services.config
        why = _why_in(redis, event, commands.language_of(cfg, officer[0]))
        notice = commands.say(cfg, officer[0], "relay_not_sent", tip_id=tip_id) if opted_out else \
            commands.say(cfg, officer[0], "relay_undelivered", tip_id=tip_id,
                         why=why or commands.say(cfg, officer[0], "relay_reason_unknown"))
        p = officer[0]["pseudonym"]
        outbound.queue_text(services, p, SafeText.system(notice), keys.relay_failed_send(tip_id, n, p),
                            kind="relay_failed", label=name, queue=queues.TEXTS)


def _why_in(redis, event, lang: str) -> str:
    """The event's ``why`` (English, bot.messaging.failures) in ``lang``: said again from the
    outbound record's reason, detail and attempts when they give the same English words, else as
    it came."""
    if lang == catalog.BASE or not event.why:
        return event.why
    detail, attempts = redis.hmget(keys.outbound(event.dedupe_key), "detail", "attempts")
    detail = detail.decode() if detail else ""
    for tries in dict.fromkeys((int(attempts or 0), 1, 0)):
        for said in dict.fromkeys((detail, "")):
            if failures.describe(event.reason, said, tries) == event.why:
                return failures.describe(event.reason, said, tries, lang)
    return event.why


def _note_on_thread(redis, tip_id: str, n: int, text: str) -> None:
    field, now = f"relay_{n}_undelivered", time.time()

    def once(pipe) -> None:
        if pipe.hexists(keys.tip(tip_id), field):
            return
        pipe.multi()
        pipe.hset(keys.tip(tip_id), field, now)
        tips.append_to_thread(pipe, tip_id, "system", text, now)

    redis.transaction(once, keys.tip(tip_id))
