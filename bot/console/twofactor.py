"""Two-factor: TOTP (RFC 6238, pyotp) with its QR code, and one-time recovery codes.

- A TOTP code is accepted for the time step before, at and after now (clock drift),
  and never twice: the last accepted step is kept per account and a code for that step
  or an earlier one is refused (one Lua compare-and-set, so two requests racing with
  the same code cannot both pass).
- The secret is kept sealed (Fernet) under a key derived from PSEUDONYM_KEY, which,
  like the pseudonyms, never changes and never sits in Redis or a backup of it: a
  copy of the database alone does not give anyone the codes.
- Recovery codes: 10 of 16 random characters (80 bits) each, shown once at
  enrolment and kept only as keyed hashes (HMAC-SHA256: at 80 bits a slow hash adds
  nothing) in a Redis set; SREM spends one atomically.
- The QR code is an inline SVG made here (segno, pure Python): the secret never goes
  to an outside service.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time

import pyotp
import segno
from cryptography.fernet import Fernet, InvalidToken

from bot.store import keys

RECOVERY_CODES = 10
_RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"   # no 0/o, 1/l/i
_RECOVERY_LENGTH = 16
STEP_S = 30
_ACCEPT_STEP = """
local last = tonumber(redis.call('GET', KEYS[1]) or '-1')
if tonumber(ARGV[1]) <= last then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
return 1
"""


def _derived(pseudonym_key: str, label: bytes) -> bytes:
    return hmac.new(pseudonym_key.encode(), b"console:" + label, hashlib.sha256).digest()


class Secrets:
    """Seals TOTP secrets and hashes recovery codes with keys derived from PSEUDONYM_KEY."""

    def __init__(self, pseudonym_key: str):
        self._fernet = Fernet(base64.urlsafe_b64encode(_derived(pseudonym_key, b"totp-seal")))
        self._recovery_key = _derived(pseudonym_key, b"recovery-codes")

    def seal(self, totp_secret: str) -> str:
        return self._fernet.encrypt(totp_secret.encode()).decode()

    def unseal(self, sealed: str | None) -> str | None:
        if not sealed:
            return None
        try:
            return self._fernet.decrypt(sealed.encode()).decode()
        except InvalidToken:
            return None

    def recovery_hash(self, code: str) -> str:
        return hmac.new(self._recovery_key, normalise_recovery_code(code).encode(), hashlib.sha256).hexdigest()


def new_totp_secret() -> str:
    return pyotp.random_base32(32)   # 160 bits, as RFC 4226 recommends


def provisioning_uri(secret: str, *, account: str, issuer: str) -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=account, issuer_name=issuer)


def qr_svg(uri: str, title: str) -> str:
    """An inline <svg> of the otpauth:// URI (presentation attributes only: no style, CSP-safe)."""
    return segno.make(uri, error="m").svg_inline(scale=5, dark="#000", light="#fff", title=title,
                                                 svgclass="qr", lineclass=None)


def matching_step(secret: str, code: str, now: float | None = None) -> int | None:
    """The time step ``code`` is right for (now, or one step either side), else None."""
    code = (code or "").strip().replace(" ", "")
    if not (len(code) == 6 and code.isdigit()):
        return None
    totp = pyotp.TOTP(secret)
    now = time.time() if now is None else now
    for offset in (0, -1, 1):
        at = now + offset * STEP_S
        if hmac.compare_digest(totp.at(at), code):
            return int(at // STEP_S)
    return None


def accept_step(redis, staff_id: str, step: int) -> bool:
    """Record ``step`` as used; False if it (or a later one) was used already (a replay)."""
    return bool(redis.eval(_ACCEPT_STEP, 1, keys.staff_totp_last(staff_id), step, 4 * STEP_S))


def is_totp_code(code: str) -> bool:
    code = (code or "").strip().replace(" ", "")
    return len(code) == 6 and code.isdigit()


def new_recovery_codes() -> list[str]:
    codes = []
    for _ in range(RECOVERY_CODES):
        raw = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(_RECOVERY_LENGTH))
        codes.append("-".join(raw[i:i + 4] for i in range(0, _RECOVERY_LENGTH, 4)))
    return codes


def normalise_recovery_code(code: str) -> str:
    return "".join(ch for ch in (code or "").lower() if ch.isalnum())


def looks_like_recovery_code(code: str) -> bool:
    return len(normalise_recovery_code(code)) == _RECOVERY_LENGTH
