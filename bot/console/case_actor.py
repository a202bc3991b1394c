"""Who acts when a staff member works a tip in the console, and whom a supervisor may assign it to.

Who acts (``staff_actor``): a staff member linked to a registered officer phone acts
as that officer (their pseudonym holds the claim, their name and badge are on the
thread, SMS and console are one person). A staff member without one acts as
``staff:<staff ID>`` under their account name; the tipster never sees a name either
way (a relay reads "<FORCE_NAME> re T-7K2Q: ..."), replies from the tipster go to
the claimer's phone, else the officers on duty (and appear here), and the audit entry
says ``officer: staff`` with the account's name and ID.
"""
from __future__ import annotations

from bot.console import accounts
from bot.console.audit import actor as audit_actor
from bot.console.i18n import t
from bot.officers import audit, registry
from bot.tipline import workflow


def staff_actor(redis, staff: accounts.Staff) -> workflow.Actor:
    """A staff member as the workflow and the relay name whoever acts (module docstring)."""
    officer = registry.load(redis, staff.officer) if staff.officer else None
    who = audit_actor(redis, staff)

    def record(pipe, action: str, tip_id: str, detail: str, at: float) -> None:
        audit.record(pipe, action, officer=who, tip_id=tip_id, detail=detail, at=at)

    if officer is not None:
        return workflow.Actor(officer["pseudonym"], registry.display_name(officer), staff.at_least("supervisor"),
                              record)
    return workflow.Actor(f"{workflow.STAFF_PREFIX}{staff.id}", staff.name, staff.at_least("supervisor"), record)


def assignees(redis) -> list[dict]:
    """Whom a supervisor may assign a tip to: active officers (by their phone's record) and
    active, enrolled console accounts without an officer record. [{key, name, label, officer}]."""
    records = registry.list_all(redis)
    out = [{"key": o["pseudonym"], "name": registry.display_name(o), "officer": o,
            "label": f"{registry.display_name(o)}, {o['role']}" + ("" if o["on_duty"] else t("assignee_off_duty"))}
           for o in records if o["active"]]
    linked = {o["pseudonym"] for o in records}
    for person in accounts.list_all(redis):
        if person.active and person.enrolled and person.officer not in linked:
            out.append({"key": f"{workflow.STAFF_PREFIX}{person.id}", "name": person.name, "officer": None,
                        "label": t("assignee_console_only", name=person.name, role=person.role)})
    return sorted(out, key=lambda a: a["label"].lower())
