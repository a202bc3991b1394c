"""Every Redis key the app uses, in one place (like rq's key prefixes): a builder
for each key, and a parser next to the builder wherever code reads a key (or a
dedupe key) back, so a format is written down once.

We run on a single primary (with replicas / Sentinel failover), not Redis
Cluster: rq does not support Cluster, and the inbound save transaction writes a
tip's keys together with the tipster's. The hash tags ``{...}`` are there so that
keys one operation touches together share a slot (a tipster's conversation, lock,
reply cache, sealed number and opt-out flag carry the pseudonym; a tip's record
and thread carry the tip ID; the alert indexes and recipient sets carry
``{alerts}``), which keeps a later move of our own keys to Cluster possible.
"""

PREFIX = "tl:"

# How long the records of texts we sent are kept: outbound records, MessageSid ->
# record, delivery statuses, and alerts with their recipients and tallies. One value
# on purpose: a late status callback walks message_status -> message_owner ->
# outbound -> alert_results, and a link that expired earlier would break the chain.
# Long enough for any late report and for STATUS weeks later. A constant, not a
# setting: no deployment has needed another value (make it one in bot/config.py
# if one does; it is read only through this name).
DELIVERY_RECORD_TTL_S = 30 * 24 * 3600


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


# -- community alerts -------------------------------------------------------------
# A subscriber's own keys are tagged with their pseudonym; every index the alert
# planner reads together with an alert's recipient set shares the "{alerts}" tag,
# because GEOSEARCHSTORE/ZUNIONSTORE read and write them in one command.
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


def alert_released(alert_id: str) -> str:
    """Set of the recipients whose text was let out (checked against HALT atomically):
    what HALT counts as already gone."""
    return f"{PREFIX}alerts:{ALERTS_TAG}:released:{alert_id}"


def alert_chunks_done(alert_id: str) -> str:
    """Set of chunk numbers that finished."""
    return f"{PREFIX}alerts:{ALERTS_TAG}:done:{alert_id}"


def alert_chunk_lease(alert_id: str, chunk: int) -> str:
    """Held (with a short TTL, refreshed) by the one worker running a chunk."""
    return f"{PREFIX}alerts:{ALERTS_TAG}:lease:{alert_id}:{chunk}"


def alert_watcher_lease(alert_id: str) -> str:
    """Held by the one drain job that waits for other workers' chunks to finish
    (chunk "-1": no real chunk has that number)."""
    return alert_chunk_lease(alert_id, -1)


# -- alert contacts and channels (issue 12; bot.alerts.subscribers, bot.alerts.channels) ----
# A resident (subscriber) has up to one contact per channel. A contact is named by its
# *member*: the string that goes into the GEO/area-wide indexes and an alert's recipient set:
#   SMS   -> the phone's pseudonym itself (32 hex; what JOIN by text has always indexed)
#   voice -> "v" + the phone's pseudonym
#   email -> "m" + the email's pseudonym (keyed hash of the normalised address)
# (bot.alerts.subscribers.member / channel_of). No colon in a member, so the dedupe
# keys (alert_send) and their parsers keep working for every channel.
def subscriber_contacts(resident: str) -> str:
    """Hash: member -> JSON {channel, verified, since, verified_at} of one resident's contacts."""
    return f"{PREFIX}sub:{{{resident}}}:contacts"


def subscriber_prefs(resident: str) -> str:
    """Hash: a resident's settings (quiet_start, quiet_end as "HH:MM", place, created_at)."""
    return f"{PREFIX}sub:{{{resident}}}:prefs"


def contact_owner(member: str) -> str:
    """String: the resident a contact belongs to (the keyed-hash lookup from a number or an email)."""
    return f"{PREFIX}subowner:{{{member}}}"


def sealed_email(email_pseudonym: str) -> str:
    """The only place an email address is kept, encrypted (Fernet), like keys.sealed_number."""
    return f"{PREFIX}mail:{{{email_pseudonym}}}"


def channel_opt_out(member: str) -> str:
    """Present when an email or voice contact asked for nothing more (unsubscribe link, "press 9",
    a complaint): checked at send time like keys.opt_out for SMS (STOP)."""
    return f"{PREFIX}chanoptout:{{{member}}}"


def alert_held(alert_id: str) -> str:
    """Zset member -> when it may go: recipients in quiet hours held for a non-urgent alert."""
    return f"{PREFIX}alerts:{ALERTS_TAG}:held:{alert_id}"


def alert_channel_results(alert_id: str) -> str:
    """Hash state -> count per channel: fields "<channel>:<state>" (the dashboard's figures)."""
    return f"{PREFIX}alerts:{ALERTS_TAG}:chcnt:{alert_id}"


def alert_timeline(alert_id: str) -> str:
    """Hash minute (epoch // 60) -> deliveries reported in it (deliveries over time)."""
    return f"{PREFIX}alerts:{ALERTS_TAG}:timeline:{alert_id}"


def call_slots(sender: str) -> str:
    """Zset call dedupe key -> until when it holds one of the calls-in-parallel slots."""
    return f"{PREFIX}callslots:{{{sender}}}"



def call_owner(call_sid: str) -> str:
    """Twilio CallSid -> the outbound record of the call (status callbacks)."""
    return f"{PREFIX}callsid:{call_sid}"


def email_owner(message_id: str) -> str:
    """Message-ID of an alert email -> its outbound record (bounces, complaints)."""
    return f"{PREFIX}mailid:{{{message_id}}}"


ALERTS_SCHEDULED = f"{PREFIX}alerts:{ALERTS_TAG}:scheduled"   # zset alert id -> when it is to be sent
ALERTS_PENDING_APPROVAL = f"{PREFIX}alerts:{ALERTS_TAG}:pending"   # zset alert id -> submitted at
ALERTS_SENT = f"{PREFIX}alerts:{ALERTS_TAG}:sent"             # zset alert id -> sent at (the CAP feed)
ALERTS_HELD = f"{PREFIX}alerts:{ALERTS_TAG}:heldany"          # set of alert ids with held recipients


ALERT_SEQ = f"{PREFIX}alerts:{ALERTS_TAG}:seq"                # INCR -> A-<n>
ALERTS_IN_FLIGHT = f"{PREFIX}alerts:{ALERTS_TAG}:inflight"    # set of alert ids being sent


def incident_seq(day: str) -> str:
    return f"{PREFIX}alerts:{ALERTS_TAG}:incident:{day}"


# -- alerts composed in the console (issue 12: templates, residents' replies and ratings) --
ALERT_TEMPLATES = f"{PREFIX}alerts:{ALERTS_TAG}:templates"      # hash name -> JSON {schemes, categories, text}


def alert_replies(alert_id: str) -> str:
    """List of JSON replies residents sent to the alert (text, time, tip ID if it became one)."""
    return f"{PREFIX}alerts:{ALERTS_TAG}:replies:{alert_id}"


def alert_last(member: str) -> str:
    """String "<alert id> <time>": the latest alert let out to this contact (store.release),
    read with every inbound text so a reply to it costs no extra round trip."""
    return f"{PREFIX}alerts:{ALERTS_TAG}:last:{member}"


def alert_ratings(alert_id: str) -> str:
    """Hash pseudonym -> rating 1-5 (a resident's latest rating of the alert counts once)."""
    return f"{PREFIX}alerts:{ALERTS_TAG}:ratings:{alert_id}"


# -- data governance: retention, legal hold (issue 9) ------------------------------
def tip_hold(tip_id: str) -> str:
    """Hash (reason, by, at) while a tip is on legal hold: never expired or erased."""
    return f"{PREFIX}tip:{{{tip_id}}}:hold"


TIPS_HELD = f"{PREFIX}tips:held"   # set of tip IDs on hold, to list them (tip_hold is the truth)


# -- after-save work ----------------------------------------------------------------
# zset: pseudonym -> when the draft's pending idle check is due. Written in the same
# transaction that schedules the check, removed when a check finds the draft filed or
# gone; the worker's sweep files drafts whose check is long overdue (their job lost).
DRAFT_IDLE_CHECKS = f"{PREFIX}drafts:idle_checks"


# -- media (issue 11): MMS photos fetched from Twilio, kept by SHA-256 (bot.media) --------
# A media URL is named by its ``ref`` (``<MessageSid>-<MediaSid>``, bot.media.records):
# its record and the tips that reference it carry the ref as hash tag; a stored file's
# other names (the blob's refs, its lock) carry the hash. The position in a photo is
# never written to Redis: it is read from the original when an officer asks for it.
def media(ref: str) -> str:
    """Hash: one media URL (url, state, sha256, content type, size, fetched_at, gps flag ...)."""
    return f"{PREFIX}media:{{{ref}}}"


def media_tips(ref: str) -> str:
    """Set of the tip IDs whose record or thread has the URL: the file goes when none is left."""
    return f"{PREFIX}media:{{{ref}}}:tips"


def tip_media(tip_id: str) -> str:
    """Set of the refs of a tip's media. Outlives the tip record on purpose: it is
    what ``bot.media.forget_tip`` reads after the tip is deleted."""
    return f"{PREFIX}tip:{{{tip_id}}}:media"


def media_blob(sha256: str) -> str:
    """Set of the refs whose bytes have this SHA-256 (one stored file for them all)."""
    return f"{PREFIX}media:blob:{{{sha256}}}"


def media_blob_lock(sha256: str) -> str:
    """Held while a stored file is written or deleted (and its refs checked)."""
    return f"{PREFIX}media:blob:{{{sha256}}}:lock"


MEDIA_TIPS = f"{PREFIX}media:tips"         # set: tip IDs with media records (the orphan sweep)
MEDIA_PENDING = f"{PREFIX}media:pending"   # zset: ref -> when its fetch was queued, until it ends


# -- staff console (issue 11; bot/console) -------------------------------------------
# Staff accounts are not officers: an account is keyed by a random staff ID and may
# point at an officer record (its pseudonym) when the person also texts commands.
STAFF = f"{PREFIX}staff:all"                     # set: every staff ID
STAFF_EMAILS = f"{PREFIX}staff:emails"           # hash: normalised email -> staff ID (unique)


def staff(staff_id: str) -> str:
    """Hash: the staff account (email, name, role, active, password hash, sealed TOTP secret, epoch ...)."""
    return f"{PREFIX}staff:{{{staff_id}}}"


def staff_recovery_codes(staff_id: str) -> str:
    """Set of the account's unused recovery codes, each as a keyed hash (SREM spends one)."""
    return f"{PREFIX}staff:{{{staff_id}}}:recovery"


def staff_totp_last(staff_id: str) -> str:
    """The last TOTP time step accepted for the account: a code is never accepted twice."""
    return f"{PREFIX}staff:{{{staff_id}}}:totplast"


def staff_sessions(staff_id: str) -> str:
    """Set of the account's console session keys (hashed IDs): 'sign out everywhere' deletes them."""
    return f"{PREFIX}staff:{{{staff_id}}}:sessions"


def staff_enrolment(token_hash: str) -> str:
    """Hash (staff ID, pending TOTP secret) behind a one-time enrolment link; expires with the link."""
    return f"{PREFIX}staff:enrol:{{{token_hash}}}"


def console_session(session_hash: str) -> str:
    """A console session (JSON), keyed by the SHA-256 of the random ID in the cookie; expires when idle."""
    return f"{PREFIX}console:session:{{{session_hash}}}"


def console_failures(step: str, scope: str, subject: str) -> str:
    """Count of failed sign-in attempts at ``step`` (login | code) by ``scope`` (account | ip)
    in the current window (expires with it)."""
    return f"{PREFIX}console:fail:{step}:{scope}:{subject}"


def console_cache(name: str) -> str:
    """A figure the console computed and keeps a short while (the dashboard's, CACHE_SECONDS)."""
    return f"{PREFIX}console:cache:{name}"


def console_lockout(scope: str, subject: str) -> str:
    """Present (with an expiry) while an account or a client IP may not sign in."""
    return f"{PREFIX}console:lock:{scope}:{subject}"


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


# -- resident web sign-up and preferences (issue 12; bot.alerts.verify, bot.public) -----
# Everything here is temporary and expires: a sign-up waiting for its contacts to be
# confirmed, one code per contact (hashed), and the rate-limit counters.
ALERTS_WEB_PREFIX = f"{PREFIX}alertsweb:"


def alerts_web_pending(pending_id: str) -> str:
    """JSON: a web sign-up waiting for confirmation (choices, sealed contacts, which are confirmed)."""
    return f"{ALERTS_WEB_PREFIX}pending:{{{pending_id}}}"


def alerts_web_code(pending_id: str, contact: int) -> str:
    """Hash: one contact's 6-digit code, HMAC-hashed, and the attempts used (expires with the code)."""
    return f"{ALERTS_WEB_PREFIX}pending:{{{pending_id}}}:code:{contact}"


def alerts_web_rate(action: str, scope: str, subject: str) -> str:
    """Counter: ``action`` (signup, code, link ...) by one client IP or one contact (hashed), in a window."""
    return f"{ALERTS_WEB_PREFIX}rate:{action}:{scope}:{subject}"
