"""Admins manage staff accounts: add (with a one-time enrolment link), change role,
link an officer phone, disable/enable, reset two-factor (a new link), sign out, unlock.

Every change is audited (bot/console/accounts.py records it in the same transaction).
Enrolment links are shown once, on the page that made them, and never stored.
"""
from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for

from bot.console import account_admin, accounts, throttle
from bot.console.access import current_staff, require_role
from bot.console.audit import actor, console_audit
from bot.console.forms import ActionForm, LanguageForm, RoleForm, StaffForm
from bot.console.i18n import t
from bot.messaging import catalog
from bot.officers import registry
from bot.services import current

bp = Blueprint("staff", __name__, url_prefix="/staff")


def enrol_url(token: str) -> str:
    return url_for("console.auth.enrol", token=token, _external=True)


def _target(staff_id: str) -> accounts.Staff:
    staff = accounts.load(current().redis, staff_id)
    if staff is None:
        abort(404)
    return staff


def _me():
    return actor(current().redis, current_staff())


@bp.get("")
@require_role("admin")
def index():
    svc = current()
    return render_template("console/staff/index.html", people=accounts.list_all(svc.redis))


@bp.route("/new", methods=["GET", "POST"])
@require_role("admin")
def new():
    form = StaffForm()
    error = None
    if request.method == "POST" and form.validate_on_submit():
        try:
            created, token = accounts.create(current(), email=form.email.data, name=form.name.data,
                                             role=form.role.data, officer_phone=form.officer_phone.data or None,
                                             by=_me())
        except accounts.StaffError as exc:
            error = exc.shown()
        else:
            return render_template("console/staff/link.html", person=created, link=enrol_url(token),
                                   hours=current_app.config["CONSOLE_ENROL_HOURS"], fresh=True)
    return render_template("console/staff/new.html", form=form, error=error), 400 if error else 200


@bp.get("/<staff_id>")
@require_role("admin")
def detail(staff_id: str):
    svc = current()
    person = _target(staff_id)
    officer = registry.load(svc.redis, person.officer) if person.officer else None
    locked = throttle.locked(svc.redis, throttle.account(person.email))
    lang = accounts.language_of(svc, person)
    return render_template("console/staff/detail.html", person=person, officer=officer, locked=locked,
                           role_form=RoleForm(role=person.role), action_form=ActionForm(),
                           language=catalog.name_of(lang), language_form=language_form(lang),
                           recovery_left=accounts.recovery_codes_left(svc.redis, person.id))


def language_form(lang: str | None = None) -> LanguageForm:
    """The language picker: the force's configured languages, by their own names."""
    form = LanguageForm(lang=lang) if lang else LanguageForm()
    form.lang.choices = [(code, f"{catalog.name_of(code)} ({code})") for code in catalog.configured(current().config)]
    return form


def _change(staff_id: str, change, done: str):
    _target(staff_id)
    try:
        change()
    except accounts.StaffError as exc:
        flash(exc.shown(), "error")
    else:
        flash(done, "success")
    return redirect(url_for("console.staff.detail", staff_id=staff_id))


@bp.post("/<staff_id>/role")
@require_role("admin")
def role(staff_id: str):
    form = RoleForm()
    if not form.validate_on_submit():
        abort(400)
    return _change(staff_id, lambda: account_admin.set_role(current(), staff_id, form.role.data, by=_me()),
                   t("staff_role_changed", role=form.role.data))


@bp.post("/<staff_id>/language")
@require_role("admin")
def language(staff_id: str):
    """The language the person's officer texts come in (and the console compares a tipster's with)."""
    form = language_form()
    if not form.validate_on_submit():
        flash(t("staff_choose_language"), "error")
        return redirect(url_for("console.staff.detail", staff_id=staff_id))
    return _change(staff_id, lambda: account_admin.set_language(current(), staff_id, form.lang.data, by=_me()),
                   t("staff_language_changed", language=catalog.name_of(form.lang.data)))


@bp.post("/<staff_id>/disable")
@require_role("admin")
def disable(staff_id: str):
    if staff_id == current_staff().id:
        flash(t("staff_disable_self"), "error")
        return redirect(url_for("console.staff.detail", staff_id=staff_id))
    return _change(staff_id, lambda: account_admin.set_active(current(), staff_id, False, by=_me()),
                   t("staff_disabled"))


@bp.post("/<staff_id>/enable")
@require_role("admin")
def enable(staff_id: str):
    return _change(staff_id, lambda: account_admin.set_active(current(), staff_id, True, by=_me()), t("staff_enabled"))


@bp.post("/<staff_id>/reset")
@require_role("admin")
def reset(staff_id: str):
    """Reset password and two-factor: signed out everywhere, a new enrolment link (shown once)."""
    person = _target(staff_id)
    token = account_admin.reset_two_factor(current(), staff_id, by=_me())
    return render_template("console/staff/link.html", person=accounts.load(current().redis, staff_id) or person,
                           link=enrol_url(token), hours=current_app.config["CONSOLE_ENROL_HOURS"], fresh=False)


@bp.post("/<staff_id>/sign-out")
@require_role("admin")
def sign_out(staff_id: str):
    person = _target(staff_id)
    accounts.revoke_sessions(current().redis, staff_id)
    console_audit("staff_signed_out", detail=accounts.describe(person))
    flash(t("staff_signed_out", name=person.name), "success")
    return redirect(url_for("console.staff.detail", staff_id=staff_id))


@bp.post("/<staff_id>/unlock")
@require_role("admin")
def unlock(staff_id: str):
    person = _target(staff_id)
    throttle.clear(current().redis, throttle.account(person.email))
    console_audit("staff_unlocked", detail=accounts.describe(person))
    flash(t("staff_unlocked", name=person.name), "success")
    return redirect(url_for("console.staff.detail", staff_id=staff_id))
