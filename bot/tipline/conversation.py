"""The default handler: drive the tipster's conversation one step with the flow engine.

Loads nothing itself (the inbound pipeline preloaded ``turn.conv``), extracts the
facts of the text, steps the flow, and turns the flow's events into Redis writes
(filing the tip, the thread) and news for officers (``turn.publish``), all saved in
the turn's one transaction, with the draft's idle check: nothing of it can be saved
without the rest.
"""
from __future__ import annotations

import logging
from typing import Any, Callable

from bot import events
from bot.privacy.redact import redact_own_number
from bot.store import keys
from bot.tipline import drafts, replies, tips
from flows.events import Discarded, Filed, FlowEvent, FollowUp, Urgent

log = logging.getLogger(__name__)


def handle(turn) -> list[str]:
    svc = turn.services
    engine = svc.flows
    conv = turn.conv or engine.new_conversation(turn.now)
    text = redact_own_number(turn.text, turn.number)
    if conv["state"] != "filed" and not conv.get("tip_id"):
        conv["tip_id"] = tips.allocate_tip_id(turn.redis)
    # Commands and greetings carry no facts: don't spend the NLP pipeline on them.
    facts = svc.extract(text).to_dict() if engine.wants_facts(text) else {}
    ctx = turn.texts_ctx()
    if facts.get("urgent"):  # never tell a tipster it was flagged when nobody will see it
        ctx["urgent_reachable"] = svc.urgent_reach() > 0
    result = engine.step(conv, text, turn.media, facts, ctx, now=turn.now)
    conv = result.conv
    turn.set_conv(conv)
    for event in result.events:
        HANDLERS[type(event)](turn, conv, event)  # KeyError: a flow event with no handler
    if conv.get("visible") and engine.is_draft(conv):
        _write_tip(turn, conv, partial=True)  # an urgent draft stays current for officers
        _forward_if_in_touch(turn, conv, text)
    if engine.is_draft(conv):
        drafts.ensure_idle_check(turn, conv)
    return replies.pack(result.lines)


def _urgent(turn, conv: dict, event: Urgent) -> None:
    tip_id = conv["tip_id"]
    if conv["state"] == "filed":  # an emergency in a follow-up text flags the filed tip
        turn.writes.append(lambda pipe: pipe.hset(keys.tip(tip_id), mapping={
            "urgent": 1, "urgent_reason": event.reason}))
    else:  # the draft becomes visible to officers now, unfinished
        conv["visible"] = True
    log.warning("urgent tip %s from %s: %s", tip_id, turn.pseudonym[:12], event.reason)
    # After filing, the news is this text, not the old tip: officers get it, once per message,
    # without the tipster's own number (as the flow and the thread have it).
    latest = redact_own_number(turn.text, turn.number) if conv["state"] == "filed" else None
    turn.publish(events.TipUrgent(tip_id=tip_id, reason=event.reason, text=latest, message_sid=turn.message_sid))


def _filed(turn, conv: dict, event: Filed) -> None:
    _write_tip(turn, conv, partial=False)
    conv["visible"] = True
    tip_id, urgent = conv["tip_id"], bool(conv.get("urgent"))
    log.info("tip %s filed by %s", tip_id, turn.pseudonym[:12])
    turn.publish(events.TipFiled(tip_id=tip_id, urgent=urgent, partial=False))


def _discarded(turn, conv: dict, event: Discarded) -> None:
    tip_id = event.tip_id
    if tip_id and turn.redis.exists(keys.tip(tip_id)):  # already seen by officers: keep, mark
        turn.writes.append(lambda pipe: pipe.hset(keys.tip(tip_id), "withdrawn", 1))


def _follow_up(turn, conv: dict, event: FollowUp) -> None:
    now, tip_id = turn.now, conv.get("tip_id")
    text, media = event.text, list(event.media)
    turn.writes.append(lambda pipe: tips.append_to_thread(pipe, tip_id, "tipster", text, now, media))
    _publish_follow_up(turn, tip_id, text)


def _publish_follow_up(turn, tip_id: str, text: str) -> None:
    ref = turn.next_ref()  # in the event, so a second delivery of it forwards nothing twice
    turn.publish(events.TipsterFollowUp(tip_id=tip_id, text=text, ref=ref), ref=ref)


# What the host does for each flow event (flows.events); every class needs one.
HANDLERS: dict[type[FlowEvent], Callable[[Any, dict, Any], None]] = {
    Urgent: _urgent,
    Filed: _filed,
    Discarded: _discarded,
    FollowUp: _follow_up,
}


def _write_tip(turn, conv: dict, partial: bool) -> None:
    snapshot_now = turn.now
    turn.writes.append(lambda pipe: tips.write_tip(pipe, conv, turn.pseudonym, partial=partial, now=snapshot_now))


def _forward_if_in_touch(turn, conv: dict, text: str) -> None:
    """An officer may write to a tipster whose urgent tip is still a draft ("are you
    safe?"); the answer must reach them, not only the draft. Drafts nobody has
    written to or claimed are not forwarded: duty officers already had the alert."""
    if not text or turn.services.flows.command_of(text):
        return
    last_officer, claimed_by = turn.redis.hmget(keys.tip(conv["tip_id"]), "last_officer", "claimed_by")
    if last_officer or claimed_by:
        _publish_follow_up(turn, conv["tip_id"], text)
