"""Who is texting, without ever keeping who they are in the clear.

- ``normalise_number`` turns whatever Twilio puts in ``From`` into E.164.
- ``Identity.pseudonym`` is HMAC-SHA256(E.164, PSEUDONYM_KEY): the key lives in
  the environment, never in Redis, so a Redis dump cannot be reversed by
  hashing every phone number.
- ``Identity.seal``/``unseal`` use MultiFernet (authenticated encryption, key
  rotation: new key first, old keys still decrypt). Sealed numbers are stored
  only under ``keys.sealed_number`` and read only by the sending job.
"""
from __future__ import annotations

import hashlib
import hmac
import re

import phonenumbers
from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from bot.store import keys

_E164 = re.compile(r"^\+[1-9]\d{7,14}$")
_SHORT_CODE = re.compile(r"^\d{3,8}$")
# Alphanumeric sender IDs (up to 11 letters/digits/spaces, at least one letter).
_SENDER_ID = re.compile(r"^(?=[A-Za-z0-9 ]*[A-Za-z])[A-Za-z0-9 ]{3,11}$")
# Twilio prefixes non-SMS senders with their channel: whatsapp:+1..., messenger:..., rcs:...
_CHANNEL = re.compile(r"^([A-Za-z][A-Za-z0-9_-]{1,20}):")


_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?=.{1,253}$)([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
                    r"[A-Za-z]{2,63}$")


class BadEmail(ValueError):
    """Not an email address we can send to; the message is safe to show."""


def normalise_email(raw: str | None) -> str:
    """``Name@Example.ORG `` -> ``name@example.org`` (the whole address lower-cased: the
    providers residents use ignore case, and one person must get one pseudonym).
    BadEmail for anything else (no display names, no IP-literal domains, no spaces)."""
    text = (raw or "").strip()
    if not text or len(text) > 254 or not _EMAIL.match(text) or ".." in text:
        raise BadEmail("Please give an email address like name@example.org.")
    return text.lower()


class BadNumber(ValueError):
    """The sender field is missing or not a phone number or sender ID."""


class OtherChannel(BadNumber):
    """The text came by another channel (WhatsApp, Messenger, RCS ...). The tip line is SMS
    only: phonenumbers would strip the prefix and merge the sender with an SMS number (or
    merge different people's WhatsApp IDs), and replies would go out by SMS."""

    def __init__(self, channel: str):
        super().__init__(f"{channel} sender: SMS only")
        self.channel = channel


def normalise_number(raw: str | None, default_region: str = "GB") -> str:
    """E.164 for phone numbers; short codes kept as digits and alphanumeric sender IDs
    upper-cased, so a text from them is still processed (never turned into a +44... number);
    other channels refused (OtherChannel)."""
    raw = (raw or "").strip()
    if not raw:
        raise BadNumber("missing sender")
    if _E164.match(raw):  # what Twilio sends for phones: no parsing needed
        return raw
    channel = _CHANNEL.match(raw)
    if channel:
        raise OtherChannel(channel.group(1).lower())
    if len(raw) > 32:
        raise BadNumber("sender too long")
    if _SHORT_CODE.match(raw):
        return raw
    try:
        parsed = phonenumbers.parse(raw, default_region)
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is not None and phonenumbers.is_possible_number(parsed):
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    if _SENDER_ID.match(raw):
        return raw.replace(" ", "").upper()  # alphanumeric sender ID
    raise BadNumber("not a phone number")


class Identity:
    def __init__(self, pseudonym_key: str, sealing_keys: str):
        if not pseudonym_key or not sealing_keys:
            raise ValueError("PSEUDONYM_KEY and SEALING_KEYS must be set")
        self._hmac_key = pseudonym_key.encode()
        self._fernet = MultiFernet(
            [Fernet(k.strip().encode()) for k in sealing_keys.split(",") if k.strip()]
        )

    def pseudonym(self, e164: str) -> str:
        digest = hmac.new(self._hmac_key, e164.encode(), hashlib.sha256).hexdigest()
        return digest[:32]  # 128 bits: plenty against collisions, shorter keys

    def email_pseudonym(self, email: str) -> str:
        """Keyed hash of a normalised email address (normalise_email), as ``pseudonym`` is of
        a number; a different message space ("mailto:"), so it never equals a number's."""
        digest = hmac.new(self._hmac_key, b"mailto:" + email.encode(), hashlib.sha256).hexdigest()
        return digest[:32]

    def seal(self, e164: str) -> bytes:
        """Encrypt a number (or an email address: anything personal we must read back later)."""
        return self._fernet.encrypt(e164.encode())

    def unseal(self, token: bytes | str) -> str | None:
        try:
            return self._fernet.decrypt(token).decode()
        except InvalidToken:
            return None

    def rotate(self, token: bytes) -> bytes:
        return self._fernet.rotate(token)


# These scripts run inside the inbound save transaction (MULTI/EXEC) or another
# pipeline, so they go as plain EVAL of the source: a registered Script queued in a
# pipeline makes redis-py send SCRIPT EXISTS first, one more round trip per text.
# (Scripts run outside transactions use bot.store.scripts.LuaScript: EVALSHA.)

# Lua: store the sealed number; it expires after the retention period unless the
# person has a reason to be kept (officer, subscriber) in the pin set.
# KEYS: sealed_number, number_pin
# ARGV: sealed number, retention (s)
_KEEP = """
redis.call('SET', KEYS[1], ARGV[1])
if redis.call('SCARD', KEYS[2]) > 0 then redis.call('PERSIST', KEYS[1])
else redis.call('EXPIRE', KEYS[1], ARGV[2]) end
return 1
"""


def keep_number(pipe, identity: Identity, pseudonym: str, e164: str, retention_s: float) -> None:
    """Store (or refresh) the sealed number: tipsters' numbers expire ``retention_s``
    after their last text; pinned ones (officers, subscribers) do not."""
    pipe.eval(_KEEP, 2, keys.sealed_number(pseudonym), keys.number_pin(pseudonym),
              identity.seal(e164), int(retention_s))


# Lua: restart the retention clock of a stored sealed number (or keep it for good
# while it is pinned), without re-sealing it.
# KEYS: sealed_number, number_pin
# ARGV: retention (s)
_REFRESH = """
if redis.call('SCARD', KEYS[2]) > 0 then return redis.call('PERSIST', KEYS[1]) end
return redis.call('EXPIRE', KEYS[1], ARGV[1])
"""


def refresh_number(pipe, pseudonym: str, retention_s: float) -> None:
    """The sealed number is already stored: restart its retention clock only
    (no re-encryption on every text)."""
    pipe.eval(_REFRESH, 2, keys.sealed_number(pseudonym), keys.number_pin(pseudonym), int(retention_s))


def pin_number(pipe, pseudonym: str, reason: str) -> None:
    pipe.sadd(keys.number_pin(pseudonym), reason)
    pipe.persist(keys.sealed_number(pseudonym))


# Lua: with no pin reason left, the sealed number expires after the retention period.
# KEYS: sealed_number, number_pin
# ARGV: retention (s)
_UNPIN = """
if redis.call('SCARD', KEYS[2]) == 0 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return 1
"""


def unpin_number(pipe, pseudonym: str, reason: str, retention_s: float) -> None:
    """Drop one reason; with none left the number expires like a tipster's."""
    pipe.srem(keys.number_pin(pseudonym), reason)
    pipe.eval(_UNPIN, 2, keys.sealed_number(pseudonym), keys.number_pin(pseudonym), int(retention_s))


def keep_email(pipe, identity: Identity, email_pseudonym: str, email: str) -> None:
    """Store the sealed email address of a subscriber (kept while they are subscribed:
    ``forget_email`` deletes it when they leave)."""
    pipe.set(keys.sealed_email(email_pseudonym), identity.seal(email))


def forget_email(pipe, email_pseudonym: str) -> None:
    pipe.delete(keys.sealed_email(email_pseudonym))


def read_email(redis, identity: Identity, email_pseudonym: str) -> str | None:
    token = redis.get(keys.sealed_email(email_pseudonym))
    return identity.unseal(token) if token else None


def read_number(redis, identity: Identity, pseudonym: str) -> str | None:
    token = redis.get(keys.sealed_number(pseudonym))
    return identity.unseal(token) if token else None


def rotate_sealed_numbers(redis, identity: Identity) -> tuple[int, int]:
    """Re-encrypt every sealed number and email address with the primary key, keeping each expiry."""
    done = unreadable = 0
    for key in (k for pattern in (keys.sealed_number("*"), keys.sealed_email("*"))
                for k in redis.scan_iter(match=pattern, count=1000)):
        token = redis.get(key)
        if token is None:
            continue
        try:
            fresh = identity.rotate(token)
        except InvalidToken:
            unreadable += 1
            continue
        redis.set(key, fresh, keepttl=True, xx=True)
        done += 1
    return done, unreadable
