"""No tip is lost: a draft whose tipster goes quiet is filed as a partial tip.

Each draft has at most one pending check, scheduled with rq's scheduler
(``enqueue_at``; it lives in Redis, so it survives a restart of every process).
When the check runs and the tipster has texted since, it reschedules itself for
the new deadline instead of filing. Nothing is texted to the tipster when a draft
is filed this way: an unexpected text at night could give them away.
"""
from __future__ import annotations

import logging
import time
from datetime import datetime, timezone

from bot import events
from bot.messaging import queues
from bot.services import current
from bot.store import conversations, keys
from bot.store.locks import pseudonym_lock
from bot.tipline import tips
from flows.state import ConversationModel

log = logging.getLogger(__name__)


def idle_seconds(config: dict) -> float:
    return config["DRAFT_IDLE_MINUTES"] * 60


def ensure_idle_check(turn, conv: dict) -> None:
    """Called on every draft turn; schedules a check only if none is pending."""
    if (conv.get("idle_check_at") or 0) > turn.now:
        return
    due = conv["last_at"] + idle_seconds(turn.config)
    conv["idle_check_at"] = due
    svc, pseudonym = turn.services, turn.pseudonym
    turn.after.append(lambda: schedule(svc, pseudonym, due))


def schedule(svc, pseudonym: str, due: float) -> None:
    svc.queues[queues.HOUSEKEEPING].enqueue_at(
        datetime.fromtimestamp(due, tz=timezone.utc), file_if_idle, pseudonym,
        retry=queues.retry(queues.HOUSEKEEPING_RETRY), description="file idle draft")


def file_if_idle(pseudonym: str) -> str:
    """rq job."""
    return check_draft(current(), pseudonym)


def check_draft(svc, pseudonym: str, now: float | None = None) -> str:
    now = now or time.time()
    redis, engine = svc.redis, svc.flows
    with pseudonym_lock(redis, pseudonym):
        conv = conversations.decode(redis.get(keys.conversation(pseudonym)))
        if not conv or not engine.is_draft(conv):
            return "nothing to file"
        due = conv["last_at"] + idle_seconds(svc.config)
        pipe = redis.pipeline(transaction=True)
        if now < due:
            conv["idle_check_at"] = due
            conversations.save(pipe, pseudonym, conv, conversations.ttl_seconds(svc.config))
            pipe.execute()
            schedule(svc, pseudonym, due)
            return "rescheduled"
        engine.fire(ConversationModel(conv), "file")
        conv["filed_at"], conv["visible"] = now, True
        tips.write_tip(pipe, conv, pseudonym, partial=True, now=now)
        conversations.save(pipe, pseudonym, conv, conversations.ttl_seconds(svc.config))
        pipe.execute()
    log.info("idle draft filed as partial tip %s (%s)", conv["tip_id"], pseudonym[:12])
    svc.events.emit(events.TipFiled(tip_id=conv["tip_id"], urgent=bool(conv.get("urgent")), partial=True))
    return "filed"
