"""The tip line's keys: conversations, tips, texts sent and their dedupe keys, officers and
the audit log, which tip a text is about, and the tip search indexes."""
from __future__ import annotations

from .base import PREFIX


def conversation(pseudonym: str) -> str:
    return f"{PREFIX}conv:{{{pseudonym}}}"


def lock(pseudonym: str) -> str:
    return f"{PREFIX}lock:{{{pseudonym}}}"


def reply_cache(pseudonym: str, message_sid: str) -> str:
    """The TwiML replies already given for one inbound MessageSid (dedupe)."""
    return f"{PREFIX}seen:{{{pseudonym}}}:{message_sid}"


def sealed_number(pseudonym: str) -> str:
    """The only place a phone number is kept, encrypted (Fernet)."""
    return f"{PREFIX}num:{{{pseudonym}}}"


def opt_out(pseudonym: str) -> str:
    return f"{PREFIX}optout:{{{pseudonym}}}"


def language(pseudonym: str) -> str:
    """The language a phone is texted in ("es"), detected or chosen; expires with the
    conversation (CONVERSATION_TTL_DAYS after the phone's last text)."""
    return f"{PREFIX}lang:{{{pseudonym}}}"


def tip(tip_id: str) -> str:
    return f"{PREFIX}tip:{{{tip_id}}}"


def tip_thread(tip_id: str) -> str:
    return f"{PREFIX}tip:{{{tip_id}}}:thread"


def tip_notes(tip_id: str) -> str:
    """List of JSON notes staff add to a tip (internal: never sent to anyone)."""
    return f"{PREFIX}tip:{{{tip_id}}}:notes"


def tip_duplicates(tip_id: str) -> str:
    """Set of the tips closed as duplicates of ``tip_id`` (their ``duplicate_of`` names it)."""
    return f"{PREFIX}tip:{{{tip_id}}}:duplicates"


TIPS_BY_TIME = f"{PREFIX}tips:by_time"          # zset tip_id -> filed_at
TIP_IDS = f"{PREFIX}tips:ids"                   # set of every ID ever issued
OPT_OUT_LOG = f"{PREFIX}optout:log"             # stream of opt-out/in events (pseudonyms only)
LOCAL_OUTBOX = f"{PREFIX}outbox:local"          # list: texts recorded in local mode


def outbound(dedupe_key: str) -> str:
    """State of one outbound text (claim, Twilio SID, status); makes sends idempotent."""
    return f"{PREFIX}out:{{{dedupe_key}}}"


def outbound_dedupe_key(key: str) -> str | None:
    """The dedupe key inside an ``outbound`` key (its parser), or None."""
    head = f"{PREFIX}out:{{"
    return key[len(head):-1] if key.startswith(head) and key.endswith("}") else None


# Dedupe keys (the inside of an ``outbound`` key) name one text to one recipient:
# a retried job finds its record and never sends twice, while two different texts
# get two keys. An officer recipient appears as the first 16 characters of their
# pseudonym (64 bits: plenty to tell one force's officers apart).
def relay_send(tip_id: str, n: int) -> str:
    """The ``n``-th relay message from officers to the tipster of ``tip_id``."""
    return f"relay:{tip_id}:{n}"


def relay_send_parts(dedupe_key: str) -> tuple[str, int] | None:
    """``relay_send``'s parser: (tip ID, n), or None for other texts."""
    parts = dedupe_key.split(":")
    if len(parts) == 3 and parts[0] == "relay" and parts[2].isdigit():
        return parts[1], int(parts[2])
    return None


def relay_failed_send(tip_id: str, n: int, officer_pseudonym: str) -> str:
    """The notice to an officer that their ``n``-th relay on ``tip_id`` was not delivered."""
    return f"relayfail:{tip_id}:{n}:{officer_pseudonym[:16]}"


def forward_send(tip_id: str, n: int, officer_pseudonym: str) -> str:
    """The ``n``-th tipster follow-up on ``tip_id``, forwarded to one officer."""
    return f"fwd:{tip_id}:{n}:{officer_pseudonym[:16]}"


def assign_send(tip_id: str, at: float, officer_pseudonym: str) -> str:
    """The text telling an officer that a supervisor assigned them ``tip_id`` (at ``at``)."""
    return f"assign:{tip_id}:{int(at * 1000)}:{officer_pseudonym[:16]}"


def duty_send(event: str, tip_id: str, officer_pseudonym: str, message_sid: str | None = None) -> str:
    """A duty notification of ``event`` about a tip to one officer; once per inbound
    text (``message_sid``) when a later text on the same tip is news of its own."""
    scope = f"{tip_id}:{message_sid[-16:]}" if message_sid else tip_id
    return f"duty:{event}:{scope}:{officer_pseudonym[:16]}"


def alert_send(alert_id: str, pseudonym: str) -> str:
    """One community alert text to one subscriber."""
    return f"alert:{alert_id}:{pseudonym}"


def alert_send_parts(dedupe_key: str) -> tuple[str, str] | None:
    """``alert_send``'s parser: (alert ID, pseudonym), or None for other texts."""
    parts = dedupe_key.split(":")
    return (parts[1], parts[2]) if len(parts) == 3 and parts[0] == "alert" else None


def message_status(message_sid: str) -> str:
    """Latest delivery status of an outbound Twilio message (status callbacks)."""
    return f"{PREFIX}msgstatus:{message_sid}"


def send_bucket(sender: str) -> str:
    """Token bucket shared by all workers, per sending number."""
    return f"{PREFIX}bucket:{{{sender}}}"


def send_last(pseudonym: str) -> str:
    """Dedupe key of the last ordered text queued to one recipient: the next one waits
    for that text's outbound record to be final (a chain, not a counter, so a text
    that was never queued or whose records expired holds nothing up)."""
    return f"{PREFIX}sendlast:{{{pseudonym}}}"


def message_owner(message_sid: str) -> str:
    """Twilio MessageSid -> the outbound record it belongs to (for status callbacks)."""
    return f"{PREFIX}sid:{message_sid}"


def officer(pseudonym: str) -> str:
    """Officer registry entry (hash), keyed by the officer phone's pseudonym."""
    return f"{PREFIX}officer:{{{pseudonym}}}"


def number_pin(pseudonym: str) -> str:
    """Set of reasons ('officer', 'subscriber') to keep a sealed number past retention."""
    return f"{PREFIX}numpin:{{{pseudonym}}}"


# -- officers, relay and audit -----------------------------------------------
OFFICERS = f"{PREFIX}officers"                   # set: every registered officer's pseudonym
OFFICERS_ON_DUTY = f"{PREFIX}officers:on_duty"   # set: pseudonyms of officers on duty
AUDIT_LOG = f"{PREFIX}audit"                     # stream: every officer action (append-only)


def officer_unlocked(pseudonym: str) -> str:
    """Present (with an expiry) while the officer's PIN session is unlocked."""
    return f"{PREFIX}officer:{{{pseudonym}}}:unlocked"


def officer_pin_failures(pseudonym: str) -> str:
    """Count of wrong PINs in the current lockout window (expires with it)."""
    return f"{PREFIX}officer:{{{pseudonym}}}:pinfail"


def officer_pin_lockouts(pseudonym: str) -> str:
    """How many lockouts in a row (each one twice as long); cleared by a right PIN."""
    return f"{PREFIX}officer:{{{pseudonym}}}:pinlockouts"


# -- which tip a tipster's text is about (bot.tipline.routing) -------------------------
def awaiting_answer(pseudonym: str) -> str:
    """Zset of the tipster's tips an officer is waiting on an answer for: tip ID ->
    when an officer last wrote to them (bot.tipline.tips.expect_answer); expires with
    the wait (ANSWER_WAIT_HOURS)."""
    return f"{PREFIX}awaiting:{{{pseudonym}}}"


# -- tip search indexes (issue 11; bot.tipline.index) ----------------------------------
# Each index key is a zset of tip IDs scored like TIPS_RECEIVED (when the tip was first
# written), so every index reads newest first and by date range. The terms a tip is
# indexed under are kept beside it (``tip_terms``), so that deleting or re-indexing it
# removes exactly what was added. One Redis primary: the index script touches these
# keys together with the tip's own.
TIP_INDEX_PREFIX = f"{PREFIX}tipidx:"
TIPS_RECEIVED = f"{TIP_INDEX_PREFIX}received"         # zset tip ID -> when first written (filed_at): the inbox order
TIP_ARRIVALS = f"{TIP_INDEX_PREFIX}arrivals"          # stream: tip IDs as first written (the live inbox), capped
TIP_PLATES_LEX = f"{TIP_INDEX_PREFIX}plates"          # zset (all scores 0): every indexed full plate, by lex
TIP_PLATES_REV = f"{TIP_INDEX_PREFIX}plates:rev"      # the same plates written backwards (suffix search)
TIP_PARTIALS_LEX = f"{TIP_INDEX_PREFIX}partials"      # zset (scores 0): every indexed partial plate
TIP_GEO = f"{TIP_INDEX_PREFIX}geo"                    # GEO set: tip ID at its postcode's / ZIP's centroid
TIP_COMMON = f"{TIP_INDEX_PREFIX}common"              # set: words/places too common for a key of their own


def tip_index(term: str) -> str:
    """Zset of the tips indexed under ``term`` ("p:AB12CDE", "w:honda" ... bot.tipline.index)."""
    return f"{TIP_INDEX_PREFIX}{term}"


def tip_terms(tip_id: str) -> str:
    """Hash: the index terms a tip is under (term -> "1"); what ``index.forget`` removes."""
    return f"{PREFIX}tip:{{{tip_id}}}:terms"
