"""The inbound pipeline: one text in, the replies out, state saved exactly once.

1. Normalise the sender and derive the pseudonym (the number stays in memory).
2. One round trip takes the phone's short lock and reads, behind it, the reply
   already given for this MessageSid (Twilio redelivers), the conversation, the
   officer and opt-out flags, a pending JOIN, whether the number is sealed and the
   tips an officer is waiting on an answer for. Texts from one phone are handled one at a time, in
   arrival order, and none is dropped (the second waits for the lock).
3. Route; then one MULTI/EXEC writes everything the handlers decided, the
   conversation, the sealed number and the reply cache, and releases the lock.
   The work that must follow the save is part of it: the tip line's news for
   officers (``turn.publish``: jobs that deliver TipUrgent/TipFiled/TipsterFollowUp)
   and a draft's idle check are queued in the same transaction, so Redis failing
   or the process dying right after the EXEC can delay them, never lose them.
4. After the save, run ``turn.after`` (what other features still queue there).
"""
from __future__ import annotations

import json
import logging
import time
import unicodedata
import uuid

from bot.privacy.identity import keep_number, normalise_number, refresh_number
from bot.store import conversations, keys
from bot.store.locks import acquire_and_read, release
from bot.web import router
from bot.web.turn import Turn

log = logging.getLogger(__name__)
MAX_TEXT_CHARS = 5000  # Twilio caps bodies at 1,600; anything longer is kept, clipped


def clean_text(body: str | None) -> str:
    """Strip control characters and surrounding space; keep emoji and any script."""
    body = body or ""
    body = "".join(ch for ch in body if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    return body.strip()[:MAX_TEXT_CHARS]


def handle_inbound(svc, raw_from: str | None, body: str | None, media: list[str],
                   message_sid: str | None, now: float | None = None) -> list[str]:
    cfg = svc.config
    number = normalise_number(raw_from, cfg["DEFAULT_REGION"])
    pseudonym = svc.identity.pseudonym(number)
    message_sid = message_sid or f"nosid-{uuid.uuid4().hex}"
    redis = svc.redis

    def reads(pipe):
        pipe.get(keys.reply_cache(pseudonym, message_sid))
        pipe.get(keys.conversation(pseudonym))
        pipe.exists(keys.officer(pseudonym))
        pipe.exists(keys.opt_out(pseudonym))
        pipe.get(keys.pending_join(pseudonym))
        pipe.exists(keys.sealed_number(pseudonym))
        pipe.zrange(keys.awaiting_answer(pseudonym), 0, -1, withscores=True)
        pipe.get(keys.alert_last(pseudonym))     # a reply to an alert (bot.alerts.replies)
        pipe.get(keys.language(pseudonym))

    token, (cached, conv_raw, is_officer, opted_out, pending_join, sealed, awaiting, last_alert,
            lang) = acquire_and_read(
        redis, pseudonym, reads)
    saved = False
    try:
        if cached is not None:
            return json.loads(cached)  # redelivery: same answer, no second step
        turn = Turn(services=svc, pseudonym=pseudonym, number=number, text=clean_text(body),
                    media=media, message_sid=message_sid, now=now or time.time(),
                    conv=conversations.decode(conv_raw), is_officer=bool(is_officer),
                    opted_out=bool(opted_out), pending_join=pending_join,
                    number_sealed=bool(sealed), awaiting=[(m.decode(), at) for m, at in awaiting],
                    last_alert=last_alert, lang=lang.decode() if lang else "", lang_known=bool(lang))
        replies = router.route(turn)
        _save(turn, replies, token)  # releases the lock in the same round trip
        saved = True
    finally:
        if not saved:
            release(redis, pseudonym, token)
    for action in turn.after:
        try:
            action()
        except Exception:  # the text is saved: its replies stand even if a follow-on job could not be queued
            log.exception("after-save action failed for %s", pseudonym[:12])
    return replies


def _save(turn: Turn, replies: list[str], lock_token: str) -> None:
    cfg = turn.config
    pipe = turn.redis.pipeline(transaction=True)
    retention_s = cfg["NUMBER_RETENTION_DAYS"] * 86400
    if turn.number_sealed:
        refresh_number(pipe, turn.pseudonym, retention_s)
    else:
        keep_number(pipe, turn.services.identity, turn.pseudonym, turn.number, retention_s)
    for write in turn.writes:  # may update turn.conv (e.g. thread sync), so before the conv
        write(pipe)
    if turn.conv_dirty:
        conversations.save(pipe, turn.pseudonym, turn.conv, conversations.ttl_seconds(cfg))
    if turn.lang_known:   # kept as long as the conversation, from the phone's last text
        pipe.set(keys.language(turn.pseudonym), turn.lang, ex=int(conversations.ttl_seconds(cfg)))
    pipe.set(keys.reply_cache(turn.pseudonym, turn.message_sid), json.dumps(replies),
             ex=int(cfg["REPLY_CACHE_HOURS"] * 3600))
    release(pipe, turn.pseudonym, lock_token)
    pipe.execute()
