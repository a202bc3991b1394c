"""The staff console's keys, and data governance, after-save work and media."""
from __future__ import annotations

from .base import PREFIX


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
