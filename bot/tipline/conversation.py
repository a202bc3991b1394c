"""The default handler: drive the tipster's conversation one step with the flow engine.

Loads nothing itself (the inbound pipeline preloaded ``turn.conv``) except what the
engine needs to tell which tip a text is about (bot.tipline.routing: the tips an
officer is waiting on an answer for, a tip the text names), extracts the facts of
the text, steps the flow, and turns the flow's events into Redis writes (filing the
tip, the thread) and news for officers (``turn.publish``), all saved in the turn's
one transaction, with the draft's idle check: nothing of it can be saved without
the rest.
"""
from __future__ import annotations

import logging
from typing import Any, Callable

from bot import events
from bot.messaging import catalog
from bot.privacy.redact import SafeText, redact_own_number
from bot.store import keys
from bot.tipline import drafts, replies, routing, tips
from flows.events import Discarded, Filed, FlowEvent, FollowUp, Urgent

log = logging.getLogger(__name__)
WITHDRAWN_NOTE = catalog.text(catalog.BASE, "tip_withdrawn_note")   # officers get it in theirs (relay)


def handle(turn) -> list[str]:
    svc = turn.services
    engine = svc.flows
    conv = turn.conv or engine.new_conversation(turn.now)
    text = redact_own_number(turn.text, turn.number)
    # Commands and greetings carry no facts: don't spend the NLP pipeline on them.
    facts = svc.extract(text).to_dict() if engine.wants_facts(text) else {}
    ctx = turn.texts_ctx()
    conv["lang"] = ctx["lang"]   # the language of the phone now: the tip record keeps it
    ctx["follow_up_window_s"] = turn.config["FOLLOW_UP_WINDOW_MINUTES"] * 60
    if turn.conv:  # a phone with no conversation has no tips to answer about or name
        found, gone = routing.read(turn.redis, turn.pseudonym, text, turn.awaiting, turn.now, turn.config)
        ctx.update(found)
        for tip_id in gone:   # closed, withdrawn or deleted since an officer wrote: nobody waits
            turn.writes.append(lambda pipe, tip_id=tip_id: tips.answered(pipe, turn.pseudonym, tip_id))
    if facts.get("urgent"):  # never tell a tipster it was flagged when nobody will see it
        ctx["urgent_reachable"] = svc.urgent_reach() > 0
    idle_check_at = conv.get("idle_check_at")
    before = (conv.get("tip_id"), conv.get("text_count", 0))
    result = engine.step(conv, text, turn.media, facts, ctx, now=turn.now)
    conv = result.conv
    # Whether the draft took this text (rather than another tip, or a "which tip?" question).
    took_text = conv.get("text_count", 0) > (before[1] if conv.get("tip_id") == before[0] else 0)
    if idle_check_at and "idle_check_at" not in conv:
        # A new draft starts clean, but the idle check already scheduled for this phone
        # is still pending in rq: remember it, so no second one is queued beside it.
        conv["idle_check_at"] = idle_check_at
    if engine.wants_tip_id(conv):   # a draft just started
        conv["tip_id"] = tips.allocate_tip_id(turn.redis)
    turn.set_conv(conv)
    for event in result.events:
        HANDLERS[type(event)](turn, conv, event)  # KeyError: a flow event with no handler
    if conv.get("visible") and engine.is_draft(conv):
        _write_tip(turn, conv, partial=True)  # an urgent draft stays current for officers
        if took_text and facts.get("urgent") and not any(isinstance(e, Urgent) for e in result.events):
            # A further emergency in an urgent draft: the flow gave its advice once, but
            # every emergency text is news for the officers who get urgent tips.
            turn.publish(events.TipUrgent(tip_id=conv["tip_id"], reason=facts.get("urgent_reason") or "urgent",
                                          text=text, message_sid=turn.message_sid))
        if took_text:
            _forward_if_in_touch(turn, conv, text)
    if engine.is_draft(conv) or conv.get("which"):
        drafts.ensure_idle_check(turn, conv)   # a quiet draft is filed; an unanswered "which tip?" settled
    return replies.pack(result.lines)


def _urgent(turn, conv: dict, event: Urgent) -> None:
    tip_id = conv["tip_id"]
    conv["visible"] = True   # the draft becomes visible to officers now, unfinished
    earlier = conv.get("linked_tip")
    if earlier:   # an emergency after filing: a tip of its own, linked both ways (it links to the earlier)
        status, linked = turn.redis.hmget(keys.tip(earlier), "status", "linked_tip")
        if status is not None:
            turn.writes.append(lambda pipe: tips.link_back(pipe, earlier, tip_id, linked))
    log.warning("urgent tip %s from %s: %s", tip_id, turn.pseudonym[:12], event.reason)
    # An emergency in a draft that already said something else: the news is this text, not
    # the draft's first answer. Officers get it without the tipster's own number.
    latest = redact_own_number(turn.text, turn.number) if conv.get("text_count", 0) > 1 else None
    turn.publish(events.TipUrgent(tip_id=tip_id, reason=event.reason, text=latest, message_sid=turn.message_sid))


def _filed(turn, conv: dict, event: Filed) -> None:
    _write_tip(turn, conv, partial=False)
    conv["visible"] = True
    tip_id, urgent = conv["tip_id"], bool(conv.get("urgent"))
    log.info("tip %s filed by %s", tip_id, turn.pseudonym[:12])
    turn.publish(events.TipFiled(tip_id=tip_id, urgent=urgent, partial=False))


def _discarded(turn, conv: dict, event: Discarded) -> None:
    """A draft thrown away, or a filed tip withdrawn. Officers may have seen it (it has
    a record: filed, or an urgent draft): keep it, mark it withdrawn, note it on the
    thread, and tell the officer in touch with it, if there is one."""
    tip_id, now, pseudonym = event.tip_id, turn.now, turn.pseudonym
    if not tip_id:
        return
    last_officer, claimed_by, status = turn.redis.hmget(keys.tip(tip_id), "last_officer", "claimed_by", "status")
    if status is None:   # never written: nobody saw it
        return

    def write(pipe):
        pipe.hset(keys.tip(tip_id), mapping={"withdrawn": 1, "withdrawn_at": now})
        tips.append_to_thread(pipe, tip_id, "system", catalog.text(catalog.BASE, "tip_withdrawn_thread"), now)
        tips.answered(pipe, pseudonym, tip_id)

    turn.writes.append(write)
    log.info("tip %s withdrawn by %s", tip_id, pseudonym[:12])
    if last_officer or claimed_by:
        _publish_follow_up(turn, tip_id, SafeText.system(WITHDRAWN_NOTE))


def _follow_up(turn, conv: dict, event: FollowUp) -> None:
    now, tip_id, pseudonym = turn.now, event.tip_id or conv.get("tip_id"), turn.pseudonym
    text, media = tips.follow_up_words(event), list(event.media)

    def write(pipe):
        tips.append_to_thread(pipe, tip_id, "tipster", text, now, media)
        tips.answered(pipe, pseudonym, tip_id)

    turn.writes.append(write)
    _publish_follow_up(turn, tip_id, text)


def _publish_follow_up(turn, tip_id: str, text: SafeText) -> None:
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
        tip_id, pseudonym = conv["tip_id"], turn.pseudonym
        turn.writes.append(lambda pipe: tips.answered(pipe, pseudonym, tip_id))
