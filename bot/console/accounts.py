"""Staff accounts, in Redis: who may use the console, with which role.

A staff account is a hash at ``keys.staff(<staff ID>)``: email, name, role
(officer < supervisor < admin), active, enrolled, password_hash (argon2id),
totp (the TOTP secret, sealed), epoch, officer (the pseudonym of their officer
registry record, when they also text commands), created/enrolled times.

- An account is created without credentials and with a one-time enrolment link
  (``issue_enrolment``: a random token, kept only as its SHA-256, valid
  CONSOLE_ENROL_HOURS). The link's page sets the password and enrols TOTP;
  ``complete_enrolment`` hands back the recovery codes, the only time they exist
  in the clear.
- ``epoch`` is bumped, and every session of the account deleted, whenever the
  account's credentials or standing change (password change, 2FA reset,
  disabled): a session carries the epoch it was made under and dies with it.
- ``officer`` links the account to bot.officers.registry, so console and SMS
  actions are attributed to the same person (bot/console/audit.py).
- ``lang``: the person's language (an admin sets it on the account's page, bot.console.account_admin.set_language).
  For an account linked to an officer record the record's ``lang`` is the one that counts
  (the officer can change it by SMS, ``LANG ES``), and setting it here sets both.
"""
from __future__ import annotations

import hashlib
import re
import secrets
import time
from dataclasses import dataclass

from rq.utils import decode_redis_hash

from bot.console import passwords, twofactor
from bot.console.i18n import Message
from bot.officers import audit, registry
from bot.officers.commands import language_of as officer_language
from bot.store import keys

ROLES = ("officer", "supervisor", "admin")   # in order: each has what the ones before it have
RANK = {role: n for n, role in enumerate(ROLES, start=1)}
MAX_NAME = 60
MAX_EMAIL = 254
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")


class StaffError(Message, ValueError):
    """Bad input or a refused change (a console catalog text; ``str()`` English for the CLI,
    ``shown()`` in the page's language)."""


class EnrolmentError(Message, ValueError):
    """The enrolment form cannot be accepted (a console catalog text, as StaffError)."""


@dataclass
class Staff:
    id: str
    email: str
    name: str
    role: str
    active: bool
    enrolled: bool
    epoch: int
    officer: str              # officer registry pseudonym, or ""
    password_hash: str
    totp: str                 # sealed TOTP secret, or ""
    created_at: float
    enrolled_at: float
    last_login_at: float
    lang: str = ""            # the person's language ("" : the force's default; see language_of)

    def at_least(self, role: str) -> bool:
        return RANK.get(self.role, 0) >= RANK[role]

    @property
    def can_sign_in(self) -> bool:
        return self.active and self.enrolled and bool(self.password_hash) and bool(self.totp)


def _decode(staff_id: str, raw: dict) -> Staff:
    r = decode_redis_hash(raw, decode_values=True)
    return Staff(id=staff_id, email=r.get("email", ""), name=r.get("name", ""), role=r.get("role", "officer"),
                 active=r.get("active", "1") == "1", enrolled=r.get("enrolled", "0") == "1",
                 epoch=int(r.get("epoch") or 0), officer=r.get("officer", ""),
                 password_hash=r.get("password_hash", ""), totp=r.get("totp", ""),
                 created_at=float(r.get("created_at") or 0), enrolled_at=float(r.get("enrolled_at") or 0),
                 last_login_at=float(r.get("last_login_at") or 0), lang=r.get("lang", ""))


def normalise_email(raw: str) -> str:
    email = (raw or "").strip().lower()
    if not email or len(email) > MAX_EMAIL or not _EMAIL.match(email):
        raise StaffError("staff_bad_email")
    return email


def load(redis, staff_id: str) -> Staff | None:
    if not staff_id or not re.fullmatch(r"[0-9a-f]{8,32}", staff_id):
        return None
    raw = redis.hgetall(keys.staff(staff_id))
    return _decode(staff_id, raw) if raw else None


def by_email(redis, email: str) -> Staff | None:
    try:
        email = normalise_email(email)
    except StaffError:
        return None
    staff_id = redis.hget(keys.STAFF_EMAILS, email)
    return load(redis, staff_id.decode()) if staff_id else None


def list_all(redis) -> list[Staff]:
    ids = sorted(m.decode() for m in redis.smembers(keys.STAFF))
    pipe = redis.pipeline(transaction=False)
    for staff_id in ids:
        pipe.hgetall(keys.staff(staff_id))
    found = [_decode(i, raw) for i, raw in zip(ids, pipe.execute()) if raw]
    return sorted(found, key=lambda s: (s.name.lower(), s.email))


def describe(staff: Staff) -> str:
    return f"{staff.name} <{staff.email}> {staff.role}"


def officer_pseudonym(svc, phone: str) -> str:
    """The officer registry pseudonym for an admin-typed phone (the officer need not be registered yet)."""
    try:
        return registry.phone_pseudonym(svc, phone)[1]
    except registry.RegistryError as exc:
        raise StaffError("staff_bad_phone", reason=str(exc)) from None


def create(svc, *, email: str, name: str, role: str, officer_phone: str | None = None,
           by: dict | None = None) -> tuple[Staff, str]:
    """A new account and its enrolment token. ``by`` is the audit actor (None: an admin at the shell)."""
    email = normalise_email(email)
    name = " ".join((name or "").split())
    role = (role or "").strip().lower()
    if not name or len(name) > MAX_NAME:
        raise StaffError("staff_bad_name", max_name=MAX_NAME)
    if role not in ROLES:
        raise StaffError("staff_bad_role")
    officer = officer_pseudonym(svc, officer_phone) if officer_phone else ""
    redis = svc.redis
    staff_id = secrets.token_hex(5)
    if not redis.hsetnx(keys.STAFF_EMAILS, email, staff_id):
        raise StaffError("staff_exists", email=email)
    pipe = redis.pipeline(transaction=True)
    pipe.hset(keys.staff(staff_id), mapping={
        "email": email, "name": name, "role": role, "active": 1, "enrolled": 0, "epoch": 0,
        "officer": officer, "created_at": f"{time.time():.0f}"})
    pipe.sadd(keys.STAFF, staff_id)
    audit.record(pipe, "staff_added", officer=by,
                 detail=f"{name} <{email}> {role}" + (" linked to an officer phone" if officer else ""))
    pipe.execute()
    token = issue_enrolment(svc, staff_id)
    return load(redis, staff_id), token


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_enrolment(svc, staff_id: str) -> str:
    """A new one-time enrolment link token (any earlier one stops working)."""
    redis = svc.redis
    token = secrets.token_urlsafe(32)
    old = redis.hget(keys.staff(staff_id), "enrol_token")
    ttl = int(svc.config["CONSOLE_ENROL_HOURS"] * 3600)
    pipe = redis.pipeline(transaction=True)
    if old:
        pipe.delete(keys.staff_enrolment(old.decode()))
    pipe.hset(keys.staff_enrolment(_token_hash(token)), mapping={"staff": staff_id, "issued_at": f"{time.time():.0f}"})
    pipe.expire(keys.staff_enrolment(_token_hash(token)), ttl)
    pipe.hset(keys.staff(staff_id), "enrol_token", _token_hash(token))
    pipe.execute()
    return token


def enrolment(svc, token: str) -> tuple[Staff, str] | None:
    """(the account, the TOTP secret to enrol) for a live token, else None. The secret is
    made on the first visit and kept with the token, so a reload shows the same one."""
    if not token or len(token) > 100:
        return None
    redis = svc.redis
    key = keys.staff_enrolment(_token_hash(token))
    raw = decode_redis_hash(redis.hgetall(key), decode_values=True)
    staff = load(redis, raw.get("staff", "")) if raw else None
    if staff is None or not staff.active:
        return None
    sealer = twofactor.Secrets(svc.config["PSEUDONYM_KEY"])
    secret = sealer.unseal(raw.get("totp"))
    if secret is None:
        secret = twofactor.new_totp_secret()
        redis.hsetnx(key, "totp", sealer.seal(secret))    # two first visits at once: one secret wins
        secret = sealer.unseal(redis.hget(key, "totp").decode())
    return staff, secret


def complete_enrolment(svc, token: str, *, password: str, confirm: str, code: str) -> tuple[Staff, list[str]]:
    """Set the password and TOTP secret from the enrolment form; the recovery codes (shown once)."""
    found = enrolment(svc, token)
    if found is None:
        raise EnrolmentError("enrol_expired")
    staff, secret = found
    if password != confirm:
        raise EnrolmentError("enrol_mismatch")
    try:
        passwords.check_policy(password, min_length=svc.config["CONSOLE_PASSWORD_MIN_LENGTH"],
                               personal=(staff.name, staff.email))
    except passwords.WeakPassword as exc:
        raise EnrolmentError(exc.name, **exc.values) from None
    step = twofactor.matching_step(secret, code)
    if step is None:
        raise EnrolmentError("enrol_bad_code")
    redis = svc.redis
    if not redis.delete(keys.staff_enrolment(_token_hash(token))):   # one-time: a second submit loses
        raise EnrolmentError("enrol_expired")
    twofactor.accept_step(redis, staff.id, step)
    sealer = twofactor.Secrets(svc.config["PSEUDONYM_KEY"])
    codes = twofactor.new_recovery_codes()
    pipe = redis.pipeline(transaction=True)
    pipe.hset(keys.staff(staff.id), mapping={
        "password_hash": passwords.hash_password(password), "totp": sealer.seal(secret), "enrolled": 1,
        "enrolled_at": f"{time.time():.0f}"})
    pipe.hdel(keys.staff(staff.id), "enrol_token")
    pipe.delete(keys.staff_recovery_codes(staff.id))
    pipe.sadd(keys.staff_recovery_codes(staff.id), *(sealer.recovery_hash(c) for c in codes))
    queue_revoke(pipe, redis, staff.id)
    pipe.execute()
    return load(redis, staff.id), codes


def check_password(staff: Staff | None, password: str) -> bool:
    """Constant work whether or not the account exists."""
    return passwords.verify_password(staff.password_hash if staff else None, password)


def check_second_factor(svc, staff: Staff, code: str) -> str | None:
    """'totp' or 'recovery' if ``code`` is right (a recovery code is spent), else None."""
    redis = svc.redis
    sealer = twofactor.Secrets(svc.config["PSEUDONYM_KEY"])
    if twofactor.is_totp_code(code):
        secret = sealer.unseal(staff.totp)
        step = twofactor.matching_step(secret, code) if secret else None
        return "totp" if step is not None and twofactor.accept_step(redis, staff.id, step) else None
    if twofactor.looks_like_recovery_code(code):
        return "recovery" if redis.srem(keys.staff_recovery_codes(staff.id), sealer.recovery_hash(code)) else None
    return None


def recovery_codes_left(redis, staff_id: str) -> int:
    return redis.scard(keys.staff_recovery_codes(staff_id))


def change_password(svc, staff: Staff, *, current: str, new: str, confirm: str, by: dict) -> None:
    """The person's own change; signs the account out everywhere."""
    if not check_password(staff, current):
        raise EnrolmentError("pw_current_wrong")
    if new != confirm:
        raise EnrolmentError("pw_mismatch")
    try:
        passwords.check_policy(new, min_length=svc.config["CONSOLE_PASSWORD_MIN_LENGTH"],
                               personal=(staff.name, staff.email))
    except passwords.WeakPassword as exc:
        raise EnrolmentError(exc.name, **exc.values) from None
    redis = svc.redis
    pipe = redis.pipeline(transaction=True)
    pipe.hset(keys.staff(staff.id), "password_hash", passwords.hash_password(new))
    queue_revoke(pipe, redis, staff.id)
    audit.record(pipe, "staff_password_changed", officer=by, detail=describe(staff))
    pipe.execute()


def rehash_if_needed(redis, staff: Staff, password: str) -> None:
    if staff.password_hash and passwords.needs_rehash(staff.password_hash):
        redis.hset(keys.staff(staff.id), "password_hash", passwords.hash_password(password))


def language_of(svc, staff: Staff) -> str:
    """The person's language: their officer record's (when linked and registered), else the
    account's, else the force's DEFAULT_LANGUAGE (configured languages only)."""
    officer = registry.load(svc.redis, staff.officer) if staff.officer else None
    if officer is not None and officer.get("lang"):
        return officer_language(svc.config, officer)
    return officer_language(svc.config, {"lang": staff.lang})


def revoke_sessions(redis, staff_id: str) -> None:
    """Sign the account out everywhere, now."""
    pipe = redis.pipeline(transaction=True)
    queue_revoke(pipe, redis, staff_id)
    pipe.execute()


def queue_revoke(pipe, redis, staff_id: str) -> None:
    """Queue on ``pipe``: a new epoch (every session made under the old one is dead even if
    its key survived) and the deletion of every session key the account has."""
    pipe.hincrby(keys.staff(staff_id), "epoch", 1)
    for session_key in redis.smembers(keys.staff_sessions(staff_id)):
        pipe.delete(session_key.decode())
    pipe.delete(keys.staff_sessions(staff_id))


def mark_signed_in(redis, staff_id: str) -> None:
    redis.hset(keys.staff(staff_id), "last_login_at", f"{time.time():.0f}")
