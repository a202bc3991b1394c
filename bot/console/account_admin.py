"""An admin's changes to a staff account (bot.console.accounts holds the accounts): enable or
disable it, change its role, link it to an officer phone, set its language, reset its second
factor. Each change is audited in the same transaction, signs the account out where its
standing changed, and never leaves the force without an active admin.

It is separate from bot.console.accounts because these are the staff admin pages' and the
CLI's moves on someone else's account, while accounts is the record itself, enrolment and
signing in."""
from __future__ import annotations

from bot.console.accounts import (
    ROLES,
    Staff,
    StaffError,
    describe,
    issue_enrolment,
    list_all,
    load,
    officer_pseudonym,
    queue_revoke,
)
from bot.messaging import catalog
from bot.officers import audit, registry
from bot.store import keys


def _require(redis, staff_id: str) -> Staff:
    staff = load(redis, staff_id)
    if staff is None:
        raise StaffError("staff_unknown")
    return staff


def _active_admins(redis) -> list[Staff]:
    return [s for s in list_all(redis) if s.active and s.role == "admin"]


def set_active(svc, staff_id: str, active: bool, *, by: dict | None) -> Staff:
    redis = svc.redis
    staff = _require(redis, staff_id)
    if not active and staff.role == "admin" and staff.active and len(_active_admins(redis)) <= 1:
        raise StaffError("staff_last_admin")
    pipe = redis.pipeline(transaction=True)
    pipe.hset(keys.staff(staff_id), "active", int(active))
    if not active:
        queue_revoke(pipe, redis, staff_id)
    audit.record(pipe, "staff_enabled" if active else "staff_disabled", officer=by, detail=describe(staff))
    pipe.execute()
    return load(redis, staff_id)


def set_role(svc, staff_id: str, role: str, *, by: dict | None) -> Staff:
    redis = svc.redis
    role = (role or "").strip().lower()
    if role not in ROLES:
        raise StaffError("staff_bad_role")
    staff = _require(redis, staff_id)
    if staff.role == "admin" and role != "admin" and staff.active and len(_active_admins(redis)) <= 1:
        raise StaffError("staff_last_admin")
    pipe = redis.pipeline(transaction=True)
    pipe.hset(keys.staff(staff_id), "role", role)
    audit.record(pipe, "staff_role_changed", officer=by, detail=f"{staff.name} <{staff.email}> {staff.role} -> {role}")
    pipe.execute()
    return load(redis, staff_id)


def set_officer_link(svc, staff_id: str, officer_phone: str | None, *, by: dict | None) -> Staff:
    redis = svc.redis
    staff = _require(redis, staff_id)
    officer = officer_pseudonym(svc, officer_phone) if officer_phone else ""
    pipe = redis.pipeline(transaction=True)
    pipe.hset(keys.staff(staff_id), "officer", officer)
    audit.record(pipe, "staff_officer_linked" if officer else "staff_officer_unlinked", officer=by,
                 detail=describe(staff))
    pipe.execute()
    return load(redis, staff_id)


def set_language(svc, staff_id: str, lang: str, *, by: dict | None) -> Staff:
    """Set the person's language on the account and, when it is linked to a registered officer
    record, on that record too (the language their SMS texts come in), in one transaction."""
    try:
        code = registry.check_language(svc.config, lang)
    except registry.RegistryError:
        raise StaffError("staff_bad_language", languages=", ".join(catalog.configured(svc.config))) from None
    redis = svc.redis
    staff = _require(redis, staff_id)
    watched = [keys.officer(staff.officer)] if staff.officer else []

    def change(pipe) -> None:
        registered = bool(staff.officer) and pipe.exists(keys.officer(staff.officer))
        pipe.multi()
        pipe.hset(keys.staff(staff_id), "lang", code)
        if registered:   # never create a record for an unregistered phone
            registry.set_language(pipe, staff.officer, code)
        audit.record(pipe, "staff_language", officer=by, detail=f"{describe(staff)}: {catalog.name_of(code)}")

    redis.transaction(change, *watched)
    return load(redis, staff_id)


def reset_two_factor(svc, staff_id: str, *, by: dict | None) -> str:
    """Clear the password, TOTP and recovery codes, sign out everywhere; a new enrolment token."""
    redis = svc.redis
    staff = _require(redis, staff_id)
    pipe = redis.pipeline(transaction=True)
    pipe.hset(keys.staff(staff_id), mapping={"enrolled": 0, "password_hash": "", "totp": ""})
    pipe.delete(keys.staff_recovery_codes(staff_id), keys.staff_totp_last(staff_id))
    queue_revoke(pipe, redis, staff_id)
    audit.record(pipe, "staff_2fa_reset", officer=by, detail=describe(staff))
    pipe.execute()
    return issue_enrolment(svc, staff_id)
