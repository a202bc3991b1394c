"""Admin CLI: ``flask --app wsgi staff add|list|disable|enable|reset-2fa|unlock|role|link-officer|local-admin``.

``staff add --email E --name N --role officer|supervisor|admin [--officer-phone +E164]``
prints a one-time enrolment link (/console/enrol/<token>, CONSOLE_ENROL_HOURS) where
the person sets a password and enrols two-factor. The link is shown once and only
its hash is kept. Every change is audited as the admin at the shell (``--by`` name,
default the OS account, and ``os:<account>``).
"""
from __future__ import annotations

from datetime import datetime, timezone

import click
from flask import current_app
from flask.cli import AppGroup

from bot.console import account_admin, accounts, throttle
from bot.console.audit import shell_actor
from bot.services import current

LOCAL_ADMIN_EMAIL = "admin@localhost"


def base_url(local: bool = False) -> str:
    """PUBLIC_BASE_URL, else (or for ``make run``) the console that make run serves on 127.0.0.1."""
    cfg = current_app.config
    if cfg.get("PUBLIC_BASE_URL") and not local:
        return cfg["PUBLIC_BASE_URL"].rstrip("/")
    return f"http://127.0.0.1:{cfg['CONSOLE_PORT']}"


def enrol_link(token: str, local: bool = False) -> str:
    return f"{base_url(local)}/console/enrol/{token}"


def _hours() -> str:
    return f"{current_app.config['CONSOLE_ENROL_HOURS']:g} h"


def _find(email: str) -> accounts.Staff:
    staff = accounts.by_email(current().redis, email)
    if staff is None:
        raise click.ClickException(f"no staff account for {email}")
    return staff


by_option = click.option("--by", default="", help="Your name, for the audit log (default: your OS account).")


@click.group("staff", cls=AppGroup)
def staff() -> None:
    """Staff accounts for the web console (/console)."""


@staff.command("add")
@click.option("--email", required=True)
@click.option("--name", required=True, help="As other staff see it.")
@click.option("--role", required=True, type=click.Choice(accounts.ROLES, case_sensitive=False))
@click.option("--officer-phone", default=None,
              help="Their officer phone (E.164), so console and SMS actions are the same person in the audit.")
@by_option
def add(email: str, name: str, role: str, officer_phone: str | None, by: str) -> None:
    """Add a staff member and print their one-time enrolment link."""
    svc = current()
    try:
        person, token = accounts.create(svc, email=email, name=name, role=role, officer_phone=officer_phone,
                                        by=shell_actor(by))
    except accounts.StaffError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"Added {accounts.describe(person)}.")
    if person.officer:
        from bot.officers import registry

        officer = registry.load(svc.redis, person.officer)
        click.echo(f"Linked to officer {registry.display_name(officer)}." if officer else
                   "Linked to that officer phone (no officer is registered with it yet: "
                   "flask --app wsgi officer add ... lets them text commands).")
    click.echo(f"Enrolment link (works once, for {_hours()}): {enrol_link(token)}")


@staff.command("list")
def list_staff() -> None:
    """List staff accounts."""
    rows = accounts.list_all(current().redis)
    if not rows:
        click.echo("No staff accounts.")
    for s in rows:
        last = (datetime.fromtimestamp(s.last_login_at, tz=timezone.utc).strftime("%Y-%m-%d %H:%MZ")
                if s.last_login_at else "never")
        flags = ["active" if s.active else "DISABLED", "enrolled" if s.enrolled else "NOT ENROLLED",
                 "officer linked" if s.officer else "no officer link", f"last sign-in {last}"]
        click.echo(f"{s.id}  {s.name:<24} {s.email:<32} {s.role:<10} {', '.join(flags)}")


@staff.command("disable")
@click.option("--email", required=True)
@by_option
def disable(email: str, by: str) -> None:
    """Disable an account and sign it out everywhere."""
    try:
        account_admin.set_active(current(), _find(email).id, False, by=shell_actor(by))
    except accounts.StaffError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"Disabled {email} and signed it out everywhere.")


@staff.command("enable")
@click.option("--email", required=True)
@by_option
def enable(email: str, by: str) -> None:
    """Enable a disabled account."""
    account_admin.set_active(current(), _find(email).id, True, by=shell_actor(by))
    click.echo(f"Enabled {email}.")


@staff.command("reset-2fa")
@click.option("--email", required=True)
@by_option
def reset_2fa(email: str, by: str) -> None:
    """Reset password and two-factor (signed out everywhere) and print a new enrolment link."""
    token = account_admin.reset_two_factor(current(), _find(email).id, by=shell_actor(by))
    click.echo(f"Reset {email}: signed out everywhere, password and two-factor cleared.")
    click.echo(f"Enrolment link (works once, for {_hours()}): {enrol_link(token)}")


@staff.command("role")
@click.option("--email", required=True)
@click.option("--role", required=True, type=click.Choice(accounts.ROLES, case_sensitive=False))
@by_option
def set_role(email: str, role: str, by: str) -> None:
    """Change an account's role."""
    try:
        account_admin.set_role(current(), _find(email).id, role, by=shell_actor(by))
    except accounts.StaffError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{email} is now {role.lower()}.")


@staff.command("link-officer")
@click.option("--email", required=True)
@click.option("--officer-phone", default=None, help="Omit to remove the link.")
@by_option
def link_officer(email: str, officer_phone: str | None, by: str) -> None:
    """Link an account to an officer phone (or unlink it)."""
    try:
        account_admin.set_officer_link(current(), _find(email).id, officer_phone, by=shell_actor(by))
    except accounts.StaffError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{email} {'linked to that officer phone' if officer_phone else 'unlinked'}.")


@staff.command("unlock")
@click.option("--email", required=True)
@by_option
def unlock(email: str, by: str) -> None:
    """Lift a sign-in lockout on an account."""
    from bot.officers import audit

    person = _find(email)
    throttle.clear(current().redis, throttle.account(person.email))
    audit.record(current().redis, "staff_unlocked", officer=shell_actor(by), detail=accounts.describe(person))
    click.echo(f"Unlocked {email}.")


@staff.command("local-admin")
def local_admin() -> None:
    """Local mode only (make run): say where the console is; the first time, create an admin
    and print their enrolment link (once)."""
    cfg = current_app.config
    click.echo(f"Staff console: {base_url(local=True)}/console/")
    if not cfg["LOCAL_MODE"]:
        click.echo("(not in local mode: add staff with flask --app wsgi staff add ...)")
        return
    svc = current()
    admins = [s for s in accounts.list_all(svc.redis) if s.role == "admin"]
    if admins:
        click.echo(f"Sign in as {admins[0].email}. Lost the enrolment? "
                   f"flask --app wsgi staff reset-2fa --email {admins[0].email}")
        return
    person, token = accounts.create(svc, email=LOCAL_ADMIN_EMAIL, name="Local admin", role="admin",
                                    by=shell_actor("make run"))
    click.echo(f"First admin created: {person.email}. Set a password and two-factor here (once, "
               f"{_hours()}): {enrol_link(token, local=True)}")
