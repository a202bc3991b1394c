"""Sign-in (password, then a TOTP or recovery code), sign-out, and enrolment from a link.

There is no way in without the second factor: the password step only earns a
"pending" session (PENDING_SECONDS) that can reach nothing but the code step. The
session ID is replaced at each step. Failures and lockouts are counted by
bot/console/throttle.py and audited; the messages never say whether an email
has an account.
"""
from __future__ import annotations

import time

from flask import Blueprint, current_app, flash, g, redirect, render_template, request, session, url_for
from markupsafe import Markup

from bot.console import accounts, sessions, throttle, twofactor
from bot.console.access import current_staff, pending, public, require_role
from bot.console.audit import client_ip, console_audit
from bot.console.forms import CodeForm, EnrolForm, LoginForm
from bot.console.i18n import t
from bot.services import current

bp = Blueprint("auth", __name__)

PENDING_SECONDS = 300



def _home():
    return url_for("console.tips.inbox")


def _safe_next(target: str | None) -> str | None:
    """Only a path on the console itself (no scheme, no //host)."""
    if target and target.startswith("/console/") and not target.startswith("//") and "\\" not in target:
        return target
    return None


@bp.get("/")
@public
def index():
    return redirect(_home() if current_staff() else url_for("console.auth.login"))


def _locked_page(form, wait_s: int):
    minutes = max(1, round(wait_s / 60))
    return render_template("console/login.html", form=form, error=t("login_locked", minutes=minutes)), 429


def _record_lockouts(newly, staff, step: str, ip: str) -> None:
    for subject in newly:
        what = "account" if subject.scope == "account" else f"client IP {ip}"
        console_audit("console_lockout", staff=staff, system=subject.scope == "ip",
                      detail=f"{what} locked for {current_app.config['CONSOLE_LOCKOUT_MINUTES']:g} min after "
                             f"repeated failures at the {step} step")


@bp.route("/login", methods=["GET", "POST"])
@public
def login():
    if current_staff() is not None:
        return redirect(_home())
    form = LoginForm()
    if request.method == "GET":
        if request.args.get("next"):
            session["next"] = _safe_next(request.args["next"])
        notice = (t("login_expired") if request.args.get("expired")
                  else t("login_signed_out") if request.args.get("signed_out") else None)
        return render_template("console/login.html", form=form, notice=notice)
    if not form.validate_on_submit():
        return render_template("console/login.html", form=form), 200
    svc, cfg, ip = current(), current_app.config, client_ip()
    subjects = (throttle.account(form.email.data), throttle.ip(ip))
    wait = throttle.locked(svc.redis, *subjects)
    if wait:
        return _locked_page(form, wait)
    staff = accounts.by_email(svc.redis, form.email.data)
    right = accounts.check_password(staff, form.password.data)
    if right and staff.can_sign_in:
        accounts.rehash_if_needed(svc.redis, staff, form.password.data)
        after = session.get("next")
        sessions.rotate(session)
        session.update(staff_id=staff.id, epoch=staff.epoch, stage="password",
                       pending_until=time.time() + PENDING_SECONDS, next=after)
        return redirect(url_for("console.auth.login_code"))
    newly = throttle.fail(svc.redis, cfg, "login", *subjects)
    reason = ("unknown account" if staff is None else "account disabled" if not staff.active
              else "not enrolled" if not staff.enrolled else "wrong password")
    console_audit("console_login_failed", staff=staff, detail=f"{reason}, from {ip}")
    _record_lockouts(newly, staff, "password", ip)
    if any(s.scope == "account" for s in newly) or throttle.locked(svc.redis, *subjects):
        return _locked_page(form, int(cfg["CONSOLE_LOCKOUT_MINUTES"] * 60))
    return render_template("console/login.html", form=form, error=t("login_wrong")), 200


@bp.route("/login/code", methods=["GET", "POST"])
@pending
def login_code():
    staff = g.pending_staff
    form = CodeForm()
    if request.method == "GET" or not form.validate_on_submit():
        return render_template("console/login_code.html", form=form)
    svc, cfg, ip = current(), current_app.config, client_ip()
    subjects = (throttle.account(staff.email), throttle.ip(ip))
    wait = throttle.locked(svc.redis, *subjects)
    if wait:
        sessions.rotate(session)
        return _locked_page(LoginForm(formdata=None), wait)
    kind = accounts.check_second_factor(svc, staff, form.code.data)
    if kind:
        after = _safe_next(session.get("next"))
        sessions.rotate(session)
        now = time.time()
        session.update(staff_id=staff.id, epoch=staff.epoch, stage="full", signed_in_at=now)
        throttle.clear_failures(svc.redis, subjects[0])
        accounts.mark_signed_in(svc.redis, staff.id)
        left = accounts.recovery_codes_left(svc.redis, staff.id)
        how = "authenticator code" if kind == "totp" else f"recovery code ({left} left)"
        console_audit("console_login", staff=staff, detail=f"with an {how}, from {ip}" if kind == "totp"
                      else f"with a {how}, from {ip}")
        if kind == "recovery":
            flash(t("login_recovery_used", left=left), "warning")
        return redirect(after or _home())
    newly = throttle.fail(svc.redis, cfg, "code", *subjects)
    console_audit("console_code_failed", staff=staff, detail=f"from {ip}")
    _record_lockouts(newly, staff, "code", ip)
    if throttle.locked(svc.redis, *subjects):
        sessions.rotate(session)
        return _locked_page(LoginForm(formdata=None), int(cfg["CONSOLE_LOCKOUT_MINUTES"] * 60))
    return render_template("console/login_code.html", form=form,
                           error=t("login_bad_code")), 200


@bp.post("/logout")
@require_role("officer")
def logout():
    console_audit("console_logout", detail=f"from {client_ip()}")
    sessions.end(session)
    return redirect(url_for("console.auth.login", signed_out=1))


@bp.route("/enrol/<token>", methods=["GET", "POST"])
@public
def enrol(token: str):
    svc = current()
    found = accounts.enrolment(svc, token)
    if found is None:
        return render_template("console/enrol_invalid.html"), 404
    staff, secret = found
    g.console_lang = accounts.language_of(svc, staff)   # the page in the language an admin set for them
    form = EnrolForm()
    error = None
    if request.method == "POST" and form.validate_on_submit():
        try:
            staff, codes = accounts.complete_enrolment(svc, token, password=form.password.data,
                                                       confirm=form.confirm.data, code=form.code.data)
        except accounts.EnrolmentError as exc:
            error = exc.shown()
        else:
            console_audit("console_enrolled", staff=staff, detail=f"password and two-factor set, from {client_ip()}")
            sessions.rotate(session)    # whoever was signed in in this browser is not any more
            return render_template("console/enrol_done.html", codes=codes, enrolled=staff)
    uri = twofactor.provisioning_uri(secret, account=staff.email, issuer=current_app.config["PROGRAMME_NAME"])
    qr = Markup(twofactor.qr_svg(uri, title=t("enrol_qr_title")))   # made here: no user input
    return render_template("console/enrol.html", form=form, enrolling=staff, secret=secret, qr=qr, error=error,
                           min_length=current_app.config["CONSOLE_PASSWORD_MIN_LENGTH"]), 200 if not error else 400
