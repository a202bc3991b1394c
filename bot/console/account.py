"""The signed-in person's own account: details, password change, sign out everywhere."""
from __future__ import annotations

from flask import Blueprint, current_app, redirect, render_template, session, url_for

from bot.console import accounts, sessions
from bot.console.access import current_staff, require_role
from bot.console.audit import actor, client_ip, console_audit
from bot.console.forms import ActionForm, PasswordChangeForm
from bot.messaging import catalog
from bot.officers import registry
from bot.services import current

bp = Blueprint("account", __name__, url_prefix="/account")


def _page(form=None, error=None, status=200):
    svc, staff = current(), current_staff()
    officer = registry.load(svc.redis, staff.officer) if staff.officer else None
    language = catalog.name_of(accounts.language_of(svc, staff))
    return render_template("console/account.html", me=staff, officer=officer, form=form or PasswordChangeForm(),
                           language=language,
                           error=error, recovery_left=accounts.recovery_codes_left(svc.redis, staff.id),
                           min_length=current_app.config["CONSOLE_PASSWORD_MIN_LENGTH"],
                           action_form=ActionForm()), status


@bp.get("")
@require_role("officer")
def index():
    return _page()


@bp.post("/password")
@require_role("officer")
def change_password():
    form = PasswordChangeForm()
    if not form.validate_on_submit():
        return _page(form, status=400)
    svc, staff = current(), current_staff()
    try:
        accounts.change_password(svc, staff, current=form.current.data, new=form.password.data,
                                 confirm=form.confirm.data, by=actor(svc.redis, staff))
    except accounts.EnrolmentError as exc:
        return _page(form, error=exc.shown(), status=400)
    sessions.end(session)          # every session, this one included, has ended: sign in with the new one
    return redirect(url_for("console.auth.login", signed_out=1))


@bp.post("/sign-out-everywhere")
@require_role("officer")
def sign_out_everywhere():
    svc, staff = current(), current_staff()
    accounts.revoke_sessions(svc.redis, staff.id)
    console_audit("console_logout_everywhere", detail=f"from {client_ip()}")
    sessions.end(session)
    return redirect(url_for("console.auth.login", signed_out=1))
