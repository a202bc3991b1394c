"""No tip is lost: a draft whose tipster goes quiet is filed as a partial tip, and
texts kept for a "Which tip is this about?" the tipster never answered are added to
every tip they may be about (marked so), rather than dropped or guessed.

Each draft has a pending check, scheduled with rq's scheduler (``enqueue_at``; it
lives in Redis, so it survives a restart of every process). The check is queued
in the same transaction that saves the draft (and records it in
``keys.DRAFT_IDLE_CHECKS``), so no failure can save a draft without its check.
When the check runs and the tipster has texted since, it reschedules itself for
the new deadline instead of filing. Nothing is texted to the tipster when a draft
is filed this way: an unexpected text at night could give them away.

Should a check still go missing (its retries ran out while Redis was away, a queue
was emptied by hand), the worker's ``sweep`` finds it long overdue in the index
and runs it: late, but the tip is filed.
"""
from __future__ import annotations

import logging
import time
from collections import Counter
from datetime import datetime, timezone

from bot import events
from bot.messaging import after_save, queues
from bot.services import current
from bot.store import conversations, keys
from bot.store.locks import pseudonym_lock
from bot.tipline import tips
from flows.state import ConversationModel

log = logging.getLogger(__name__)

# A check this late is taken as lost (or a whole idle period late, if that is shorter):
# long enough for a busy worker to get to it, short against a 30-minute idle period.
SWEEP_GRACE_S = 300
SWEEP_BATCH = 500


def idle_seconds(config: dict) -> float:
    return config["DRAFT_IDLE_MINUTES"] * 60


def ensure_idle_check(turn, conv: dict) -> None:
    """Called on every draft turn; schedules a check only if none is pending."""
    if (conv.get("idle_check_at") or 0) > turn.now:
        return
    due = conv["last_at"] + idle_seconds(turn.config)
    conv["idle_check_at"] = due
    svc, pseudonym = turn.services, turn.pseudonym
    turn.writes.append(lambda pipe: schedule(pipe, svc, pseudonym, due))


def schedule(pipe, svc, pseudonym: str, due: float) -> None:
    """Queue the idle check in ``pipe``, the transaction that saves the draft.

    rq (2.12) writes the job to ``pipe`` but adds its ID to the scheduled registry
    at once, outside it: that is still safe, since it lands before the EXEC (a saved
    draft always has its check), and an ID whose job never committed is dropped by
    rq's scheduler when it comes due."""
    svc.queues[queues.HOUSEKEEPING].enqueue_at(
        datetime.fromtimestamp(due, tz=timezone.utc), file_if_idle, pseudonym,
        retry=queues.retry(queues.HOUSEKEEPING_RETRY), description="file idle draft", pipeline=pipe)
    pipe.zadd(keys.DRAFT_IDLE_CHECKS, {pseudonym: due})
    # Entries leave as their checks run; an entry older than a conversation's life is
    # about one that has expired, so the index may expire with the last of them.
    pipe.expire(keys.DRAFT_IDLE_CHECKS, int(conversations.ttl_seconds(svc.config) + idle_seconds(svc.config)))


def file_if_idle(pseudonym: str) -> str:
    """rq job."""
    return check_draft(current(), pseudonym)


def check_draft(svc, pseudonym: str, now: float | None = None) -> str:
    """The idle check of one phone: "filed", "rescheduled" (the tipster texted since),
    "settled" (an unanswered which-tip question, no draft) or "nothing to file"."""
    now = now or time.time()
    redis, engine = svc.redis, svc.flows
    later: list = []
    with pseudonym_lock(redis, pseudonym):
        conv = conversations.decode(redis.get(keys.conversation(pseudonym)))
        if not conv or not (engine.is_draft(conv) or conv.get("which")):
            # Keep the entry while a later check is pending (a new draft since, say).
            if not conv or (conv.get("idle_check_at") or 0) <= now:
                redis.zrem(keys.DRAFT_IDLE_CHECKS, pseudonym)
            return "nothing to file"
        due = conv["last_at"] + idle_seconds(svc.config)
        pipe = redis.pipeline(transaction=True)
        if now < due:
            conv["idle_check_at"] = due
            conversations.save(pipe, pseudonym, conv, conversations.ttl_seconds(svc.config))
            schedule(pipe, svc, pseudonym, due)
            pipe.execute()
            return "rescheduled"
        settled = _settle_unanswered(pipe, svc, pseudonym, conv, now, later)
        if not engine.is_draft(conv):
            conversations.save(pipe, pseudonym, conv, conversations.ttl_seconds(svc.config))
            pipe.zrem(keys.DRAFT_IDLE_CHECKS, pseudonym)
            pipe.execute()
            for action in later:
                action()
            return "settled" if settled else "nothing to file"
        engine.fire(ConversationModel(conv), "file")
        conv["filed_at"], conv["visible"] = now, True
        tips.write_tip(pipe, conv, pseudonym, partial=True, now=now)
        conversations.save(pipe, pseudonym, conv, conversations.ttl_seconds(svc.config))
        pipe.zrem(keys.DRAFT_IDLE_CHECKS, pseudonym)
        filed = events.TipFiled(tip_id=conv["tip_id"], urgent=bool(conv.get("urgent")), partial=True)
        after_save.publish(pipe, svc, filed, ref="idle-filed", after=later)
        pipe.execute()
    log.info("idle draft filed as partial tip %s (%s)", conv["tip_id"], pseudonym[:12])
    for action in later:
        action()
    return "filed"


def _settle_unanswered(pipe, svc, pseudonym: str, conv: dict, now: float, later: list) -> bool:
    """The tipster was asked which tip their texts were about and never said: each tip
    offered gets them on its thread, saying so, and its officer is told (in ``pipe``)."""
    settle = svc.flows.settle_unanswered(conv)
    for n, event in enumerate(settle):
        text = tips.follow_up_words(event)
        tips.append_to_thread(pipe, event.tip_id, "tipster", text, now, list(event.media))
        tips.answered(pipe, pseudonym, event.tip_id)
        ref = f"unsaid-{int(now * 1000)}-{n}"   # this check's own: it runs once (the question goes with it)
        after_save.publish(pipe, svc, events.TipsterFollowUp(tip_id=event.tip_id, text=text, ref=ref),
                           ref=ref, after=later)
    if settle:
        log.info("which-tip question unanswered by %s: added to %s", pseudonym[:12],
                 ", ".join(sorted({e.tip_id for e in settle})))
    return bool(settle)


def sweep(svc, now: float | None = None) -> Counter:
    """Run the idle checks that are long overdue (their jobs were lost): each files
    its draft, reschedules (the tipster texted since) or finds nothing to do. Run
    by every worker at start and then periodically (bot.cli)."""
    now = now or time.time()
    grace = min(SWEEP_GRACE_S, idle_seconds(svc.config))
    overdue = svc.redis.zrangebyscore(keys.DRAFT_IDLE_CHECKS, "-inf", now - grace, start=0, num=SWEEP_BATCH)
    outcomes: Counter = Counter()
    for member in overdue:
        pseudonym = member.decode()
        try:
            outcomes[check_draft(svc, pseudonym, now)] += 1
        except Exception:  # one draft's trouble must not keep the others unfiled
            outcomes["failed"] += 1
            log.exception("idle-draft sweep: the check of %s failed", pseudonym[:12])
    if overdue:
        log.warning("idle-draft sweep: ran %d overdue checks: %s", len(overdue), dict(outcomes))
    return outcomes
