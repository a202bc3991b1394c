"""Console actions go to the same audit stream as the SMS commands (bot/officers/audit.py).

    console_audit("claim", tip_id="T-7K2Q")                      # inside a view: the signed-in staff
    console_audit("reply", tip_id=tip_id, detail="12 chars", pipe=pipe)   # commits with the action

An entry names the staff member the way an officer is named: ``officer`` is the
pseudonym of their officer record when the account is linked to an officer phone
(so ``R T-7K2Q`` by text and a reply in the console are the same person), else
"staff"; ``name`` is the account's name, ``badge`` the officer's badge, and
``staff`` the account ID. Use the SMS command's action name for the same act
(reply, claim, close ...) so ``flask --app wsgi audit --action claim`` finds both;
console-only acts are ``console_*`` (sign-in and friends) and ``staff_*`` (accounts).
"""
from __future__ import annotations

from flask import request

from bot.console.access import current_staff
from bot.console.accounts import Staff
from bot.governance import actors
from bot.officers import audit, registry
from bot.services import current


def actor(redis, staff: Staff) -> dict:
    """The ``officer`` argument of audit.record for a staff member."""
    officer = registry.load(redis, staff.officer) if staff.officer else None
    return {"pseudonym": staff.officer or "staff", "name": staff.name,
            "badge": (officer or {}).get("badge", ""), "staff": staff.id}


def shell_actor(by: str = "") -> dict:
    """An admin at the shell (flask --app wsgi staff ...): their --by name and OS account."""
    return actors.admin(by or actors.os_account())


UNKNOWN = {"pseudonym": "staff", "name": "unknown account", "badge": ""}
SYSTEM = {"pseudonym": "console", "name": "console", "badge": ""}   # the console itself (e.g. an IP lockout)


def client_ip() -> str:
    return request.remote_addr or "unknown"


def console_audit(action: str, *, tip_id: str = "", detail: str = "", alert_id: str = "", pipe=None,
                  staff: Staff | None = None, system: bool = False) -> None:
    """Record ``action`` by ``staff`` (default: the signed-in account; none: an unknown account;
    ``system``: the console itself).

    ``pipe``: a pipeline to commit the entry with the action it records."""
    svc = current()
    staff = None if system else staff or current_staff()
    who = SYSTEM if system else actor(svc.redis, staff) if staff else UNKNOWN
    audit.record(pipe if pipe is not None else svc.redis, action, officer=who, tip_id=tip_id,
                 detail=detail, alert_id=alert_id)
