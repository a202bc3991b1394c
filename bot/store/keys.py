"""Every Redis key the app uses, in one place (like rq's key prefixes).

Keys one operation touches together share a hash tag ``{...}`` so the same code
runs on Redis Cluster: a tipster's conversation, lock, reply cache, sealed number
and opt-out flag are all tagged with the pseudonym; a tip's record and thread are
tagged with the tip ID.
"""

PREFIX = "tl:"


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


def tip(tip_id: str) -> str:
    return f"{PREFIX}tip:{{{tip_id}}}"


def tip_thread(tip_id: str) -> str:
    return f"{PREFIX}tip:{{{tip_id}}}:thread"


TIPS_BY_TIME = f"{PREFIX}tips:by_time"          # zset tip_id -> filed_at
TIP_IDS = f"{PREFIX}tips:ids"                   # set of every ID ever issued
OPT_OUT_LOG = f"{PREFIX}optout:log"             # stream of opt-out/in events (pseudonyms only)
LOCAL_OUTBOX = f"{PREFIX}outbox:local"          # list: texts recorded in local mode
DRAFT_DEADLINES = f"{PREFIX}drafts:deadlines"   # zset pseudonym -> idle deadline (for audits/bench)


def outbound(dedupe_key: str) -> str:
    """State of one outbound text (claim, Twilio SID, status); makes sends idempotent."""
    return f"{PREFIX}out:{{{dedupe_key}}}"


def outbound_dedupe_key(key: str) -> str | None:
    """The dedupe key inside an ``outbound`` key (its parser), or None."""
    head = f"{PREFIX}out:{{"
    return key[len(head):-1] if key.startswith(head) and key.endswith("}") else None


def message_status(message_sid: str) -> str:
    """Latest delivery status of an outbound Twilio message (status callbacks)."""
    return f"{PREFIX}msgstatus:{message_sid}"


def send_bucket(sender: str) -> str:
    """Token bucket shared by all workers, per sending number."""
    return f"{PREFIX}bucket:{{{sender}}}"




def send_sequence(pseudonym: str) -> str:
    """Counter numbering ordered texts to one recipient at enqueue time."""
    return f"{PREFIX}sendseq:{{{pseudonym}}}"


def send_done(pseudonym: str) -> str:
    """Highest sequence number of an ordered text that reached a final state."""
    return f"{PREFIX}senddone:{{{pseudonym}}}"


def message_owner(message_sid: str) -> str:
    """Twilio MessageSid -> the outbound record it belongs to (for status callbacks)."""
    return f"{PREFIX}sid:{message_sid}"


def officer(pseudonym: str) -> str:
    """Officer registry entry (hash), keyed by the officer phone's pseudonym."""
    return f"{PREFIX}officer:{{{pseudonym}}}"


IDLE_DRAFT_JOBS = f"{PREFIX}drafts:jobs"   # hash pseudonym -> scheduled idle-filing job id


def number_pin(pseudonym: str) -> str:
    """Set of reasons ('officer', 'subscriber') to keep a sealed number past retention."""
    return f"{PREFIX}numpin:{{{pseudonym}}}"


# -- officers, relay and audit (issue 4) --------------------------------------
OFFICERS = f"{PREFIX}officers"                   # set: every registered officer's pseudonym
OFFICERS_ON_DUTY = f"{PREFIX}officers:on_duty"   # set: pseudonyms of officers on duty
AUDIT_LOG = f"{PREFIX}audit"                     # stream: every officer action (append-only)


def officer_unlocked(pseudonym: str) -> str:
    """Present (with an expiry) while the officer's PIN session is unlocked."""
    return f"{PREFIX}officer:{{{pseudonym}}}:unlocked"


def officer_pin_failures(pseudonym: str) -> str:
    """Count of wrong PINs in the current lockout window (expires with it)."""
    return f"{PREFIX}officer:{{{pseudonym}}}:pinfail"


# -- community alerts (issue 5) ---------------------------------------------------
# A subscriber's own keys are tagged with their pseudonym; every index the alert
# planner reads together with an alert's recipient set shares the "{alerts}" tag
# so GEOSEARCHSTORE/ZUNIONSTORE work unchanged on Redis Cluster.
ALERTS_TAG = "{alerts}"


def subscriber(pseudonym: str) -> str:
    """Hash: scheme keyword -> JSON {area, lat, lon, cats}; plus 'paused' while opted out."""
    return f"{PREFIX}sub:{{{pseudonym}}}"


def pending_join(pseudonym: str) -> str:
    """The scheme a phone is joining while the bot waits for its postcode (short TTL)."""
    return f"{PREFIX}subpending:{{{pseudonym}}}"


def scheme_geo(scheme: str, category: str) -> str:
    """GEO set of subscribers (pseudonyms) of one scheme wanting one category ('*' = any)."""
    return f"{PREFIX}alerts:{ALERTS_TAG}:geo:{scheme}:{category}"


def scheme_area_wide(scheme: str, category: str) -> str:
    """Set of subscribers who asked for the whole force area (JOIN ... then ALL)."""
    return f"{PREFIX}alerts:{ALERTS_TAG}:all:{scheme}:{category}"


def alert(alert_id: str) -> str:
    """Hash: the alert (officer, schemes, radius, centre, text, state, counts)."""
    return f"{PREFIX}alerts:{ALERTS_TAG}:alert:{alert_id}"


def alert_recipients(alert_id: str) -> str:
    """Zset of the alert's recipients, frozen when planned (chunks are index ranges)."""
    return f"{PREFIX}alerts:{ALERTS_TAG}:rcpt:{alert_id}"


def alert_scratch(alert_id: str, n: int) -> str:
    return f"{PREFIX}alerts:{ALERTS_TAG}:tmp:{alert_id}:{n}"


def alert_results(alert_id: str) -> str:
    """Hash pseudonym -> latest delivery state of the alert to them."""
    return f"{PREFIX}alerts:{ALERTS_TAG}:res:{alert_id}"


def alert_counts(alert_id: str) -> str:
    """Hash state -> count (sent, delivered, failed, skipped, halted)."""
    return f"{PREFIX}alerts:{ALERTS_TAG}:cnt:{alert_id}"


def alert_chunks_done(alert_id: str) -> str:
    """Set of chunk numbers that finished."""
    return f"{PREFIX}alerts:{ALERTS_TAG}:done:{alert_id}"


def alert_send(alert_id: str, pseudonym: str) -> str:
    """The dedupe key of one alert text to one subscriber (an ``outbound`` key's inside)."""
    return f"alert:{alert_id}:{pseudonym}"


def alert_send_parts(dedupe_key: str) -> tuple[str, str] | None:
    """``alert_send``'s parser: (alert ID, pseudonym), or None for other texts."""
    parts = dedupe_key.split(":")
    return (parts[1], parts[2]) if len(parts) == 3 and parts[0] == "alert" else None


def alert_chunk_lease(alert_id: str, chunk: int) -> str:
    """Held (with a short TTL, refreshed) by the one worker running a chunk."""
    return f"{PREFIX}alerts:{ALERTS_TAG}:lease:{alert_id}:{chunk}"


ALERT_SEQ = f"{PREFIX}alerts:{ALERTS_TAG}:seq"                # INCR -> A-<n>
ALERTS_IN_FLIGHT = f"{PREFIX}alerts:{ALERTS_TAG}:inflight"    # set of alert ids being sent


def incident_seq(day: str) -> str:
    return f"{PREFIX}alerts:{ALERTS_TAG}:incident:{day}"


# -- after-save work ----------------------------------------------------------------
# zset: pseudonym -> when the draft's pending idle check is due. Written in the same
# transaction that schedules the check, removed when a check finds the draft filed or
# gone; the worker's sweep files drafts whose check is long overdue (their job lost).
DRAFT_IDLE_CHECKS = f"{PREFIX}drafts:idle_checks"
