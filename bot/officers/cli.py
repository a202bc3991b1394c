"""Admin CLI: ``flask --app wsgi officer add|list|disable|enable|remove`` and ``flask --app wsgi audit``.

Officers' numbers are shown masked (last four digits): the admin typed the
number, the terminal does not need to echo it back in full.
"""
from __future__ import annotations

import click
from flask.cli import AppGroup, with_appcontext

from bot.officers import audit as audit_log
from bot.officers import registry
from bot.officers.pins import BadPin
from bot.services import current

URGENT_NOBODY = ("WARNING: an urgent tip would reach nobody now: no officer on duty, no active supervisor and no "
                 "URGENT_FALLBACK_NUMBERS. Register a supervisor or set a fallback (flask --app wsgi doctor).")


@click.group("officer", cls=AppGroup)
def officer() -> None:
    """Register and manage the officers who may text commands."""


@officer.command("add")
@click.option("--name", required=True, help="The officer's name, as other officers see it.")
@click.option("--phone", required=True, help="The officer's mobile number (E.164 or national).")
@click.option("--badge", default="", help="Badge / collar number.")
@click.option("--role", type=click.Choice(registry.ROLES, case_sensitive=False), default="officer",
              show_default=True)
@click.option("--pin", default=None, help="4-8 digit PIN (stored as a salted hash). Omit to keep the current one.")
@click.option("--lang", default=None, help="The language the bot texts them in (a code of LANGUAGES, e.g. es). "
                                           "Omit to keep the current one (new: DEFAULT_LANGUAGE).")
def add(name: str, phone: str, badge: str, role: str, pin: str | None, lang: str | None) -> None:
    """Register an officer (or update one already registered with that phone)."""
    try:
        record, created = registry.add(current(), phone=phone, name=name, badge=badge, role=role, pin=pin,
                                       lang=lang)
    except (registry.RegistryError, BadPin) as exc:
        raise click.ClickException(str(exc)) from None
    verb = "Registered" if created else "Updated"
    pin_note = "PIN set" if record.get("pin_hash") else "no PIN"
    lang_note = f", texted in {record['lang']}" if record.get("lang") else ""
    click.echo(f"{verb} {registry.display_name(record)}, {record['role']}, "
               f"{registry.masked_phone(current(), record['pseudonym'])}, {pin_note}{lang_note}.")


@officer.command("list")
def list_officers() -> None:
    """List registered officers (numbers masked)."""
    svc = current()
    rows = registry.list_all(svc.redis)
    if svc.urgent_reach() == 0:
        click.echo(URGENT_NOBODY)
    if not rows:
        click.echo("No officers registered.")
        return
    for o in rows:
        flags = ["active" if o["active"] else "DISABLED", "on duty" if o["on_duty"] else "off duty",
                 "PIN" if o.get("pin_hash") else "no PIN"]
        click.echo(f"{o['name']:<24} {o['badge'] or '-':<8} {o['role']:<10} "
                   f"{registry.masked_phone(svc, o['pseudonym']):<10} {', '.join(flags)}")


def _set_active(phone: str, active: bool) -> None:
    try:
        record = registry.set_active(current(), phone, active)
    except registry.RegistryError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{'Enabled' if active else 'Disabled'} {registry.display_name(record)}.")


@officer.command("disable")
@click.argument("phone")
def disable(phone: str) -> None:
    """Stop an officer's commands (kept in the registry, taken off duty)."""
    _set_active(phone, False)


@officer.command("enable")
@click.argument("phone")
def enable(phone: str) -> None:
    """Re-enable a disabled officer."""
    _set_active(phone, True)


@officer.command("remove")
@click.argument("phone")
def remove(phone: str) -> None:
    """Remove an officer from the registry."""
    try:
        record = registry.remove(current(), phone)
    except registry.RegistryError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"Removed {registry.display_name(record)}.")


@click.command("audit")
@with_appcontext
@click.option("--limit", default=200, show_default=True, type=click.IntRange(1, 100_000))
@click.option("--tip", "tip_id", default="", help="Only entries about this tip ID.")
@click.option("--action", default="", help="Only this action (reply, show, claim, close, duty_on, pin_failed ...).")
@click.option("--staff", default="", help="Only this console staff account (its ID: flask --app wsgi staff list).")
def audit(limit: int, tip_id: str, action: str, staff: str) -> None:
    """Print the audit log (officers' SMS commands and staff console actions), oldest first."""
    from bot.tipline.tips import normalise_tip_id

    tip_id = normalise_tip_id(tip_id) or tip_id.strip().upper() if tip_id else ""
    rows = audit_log.entries(current().redis, limit=limit, tip_id=tip_id, action=action.strip().lower(),
                             staff=staff.strip().lower())
    if not rows:
        click.echo("The audit log is empty." if not (tip_id or action or staff) else "No matching audit entries.")
    for e in rows:
        click.echo(audit_log.format_entry(e))
