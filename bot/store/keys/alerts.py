"""Community alerts' keys: subscribers, schemes, alerts and their recipients, contacts and
channels, alerts composed in the console, and the resident web sign-up."""
from __future__ import annotations

from .base import PREFIX

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
