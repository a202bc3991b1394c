"""The public alert pages (no account): /alerts/join, the code page, the email
confirmation page, the preferences page a signed link opens.

- /alerts/join (GET, POST): the sign-up form. A good form keeps the sign-up pending,
  sends each contact its code or link, and goes to the code page; the answer is the
  same whoever the contacts are.
- /alerts/join/check (GET, POST): type the code each phone got; ``/resend`` sends a new one.
- /alerts/confirm/<token> (GET shows one button, POST confirms): the emailed link.
- /alerts/my/<token> (GET, POST): preferences; ``/contact`` (POST) switches a number between
  texts and calls or stops one contact; ``/leave`` (POST) leaves everything.

Every POST needs the form's CSRF token (400 otherwise); sign-ups and code entries are
rate-limited per client IP, codes and links per contact (bot.alerts.verify).
"""
from __future__ import annotations

from flask import Blueprint, abort, current_app, redirect, render_template, request, session, url_for
from flask_wtf.csrf import CSRFError

from bot.alerts import links, schemes, verify
from bot.alerts.subscribers import AREA_WIDE
from bot.console import security
from bot.messaging import catalog
from bot.public import contacts, i18n, signup
from bot.public.forms import CodeForm, ConfirmForm, ContactForm, JoinForm, LeaveForm, PrefsForm, ResendForm
from bot.services import current

bp = Blueprint("alerts_public", __name__, url_prefix="/alerts", template_folder="templates",
               static_folder="static", static_url_path="/static")


@bp.before_request
def _csrf():
    if request.endpoint != "alerts_public.static":
        i18n.choose()        # the page's language (bot/public/i18n.py), also for a refused form
        security.protect()   # another site's form, or no right token: 400


@bp.context_processor
def _globals():
    cfg = current_app.config
    return {"programme_name": cfg["PROGRAMME_NAME"], "force_name": cfg["FORCE_NAME"],
            "all_schemes": schemes.all_schemes(), "emergency": cfg["EMERGENCY_NUMBER"],
            "non_emergency": cfg["NON_EMERGENCY_CONTACT"], "t": i18n.t, "page_lang": i18n.page_lang(),
            "lang_links": i18n.lang_links(), "scheme_views": i18n.scheme_views(), "shown_hint": i18n.shown_hint}


def _ip() -> str:
    return (request.remote_addr or "unknown")[:64]


def _limited(message: str):
    return render_template("alerts/message.html", title=i18n.t("limited_title"), message=message), 429


# -- sign-up -----------------------------------------------------------------------------------
@bp.route("/", methods=["GET"])
def index():
    return redirect(url_for(".join"))


@bp.route("/join", methods=["GET", "POST"])
def join():
    svc = current()
    cfg = svc.config
    form = JoinForm()
    errors: dict[str, str] = {}
    if request.method == "POST":
        if not verify.hit(svc.redis, "signup", "ip", _ip(), cfg["ALERT_WEB_SIGNUPS_PER_IP"]):
            return _limited(i18n.t("limited_signups"))
        if form.validate():
            parsed = signup.read_form(form, cfg, i18n.page_lang())
            errors = parsed.errors
            if not errors:
                try:
                    record = signup.start(svc, parsed)
                except signup.Limited:
                    return _limited(i18n.t("limited_contact"))
                session["pending"] = record["id"]
                return redirect(url_for(".check"), code=303)
        else:
            errors = i18n.field_errors(form)
            if errors.pop("schemes", None) or errors.pop("categories", None):
                errors["schemes"] = i18n.t("err_schemes_list")
        status = 400
    else:
        status = 200
        form.language.data = i18n.page_lang()     # alerts in the page's language unless changed
    return render_template("alerts/join.html", form=form, errors=errors), status


def _pending():
    record = verify.load_pending(current().redis, session.get("pending", ""))
    if record is None:
        session.pop("pending", None)
    return record


@bp.route("/join/check", methods=["GET", "POST"])
def check():
    svc = current()
    cfg = svc.config
    record = _pending()
    if record is None:
        return render_template("alerts/message.html", title=i18n.t("nothing_title"),
                               message=i18n.t("nothing_text"), join_again=True), 404
    form = CodeForm()
    result = error = None
    status = 200
    if request.method == "POST":
        if not verify.hit(svc.redis, "code", "ip", _ip(), cfg["ALERT_WEB_CODES_PER_IP"]):
            return _limited(i18n.t("limited_codes"))
        index = _index(form.contact.data, record)
        if index is None or record["contacts"][index]["via"] == signup.EMAIL:
            abort(400)
        outcome = verify.check_code(svc.redis, cfg, record["id"], index, form.code.data or "")
        if outcome == verify.OK:
            record = signup.confirm(svc, record["id"], index) or record
            result = i18n.t("result_confirmed", hint=i18n.shown_hint(record['contacts'][index]['hint']))
        else:
            error = i18n.t({verify.WRONG: "code_wrong", verify.EXPIRED: "code_expired",
                            verify.VOID: "code_void"}[outcome])
            status = 400
    return render_template("alerts/check.html", record=record, form=form, resend=ResendForm(), result=result,
                           prefs_url=_prefs_url(record),
                           error=error, minutes=f"{cfg['ALERT_WEB_CODE_MINUTES']:g}",
                           hours=f"{cfg['ALERT_WEB_PENDING_HOURS']:g}"), status


@bp.route("/join/resend", methods=["POST"])
def resend():
    svc = current()
    record = _pending()
    form = ResendForm()
    if record is None:
        return redirect(url_for(".check"), code=303)
    index = _index(form.contact.data, record)
    if index is None:
        abort(400)
    if record["contacts"][index]["confirmed"]:
        return redirect(url_for(".check"), code=303)
    if not verify.hit(svc.redis, "signup", "ip", _ip(), svc.config["ALERT_WEB_SIGNUPS_PER_IP"]) \
            or not signup.send_check(svc, record, index):
        return _limited(i18n.t("limited_resend"))
    return render_template("alerts/check.html", record=record, form=CodeForm(), resend=ResendForm(),
                           result=i18n.t("result_new_link" if record['contacts'][index]['via'] == signup.EMAIL
                                         else "result_new_code",
                                         hint=i18n.shown_hint(record['contacts'][index]['hint'])),
                           error=None, minutes=f"{svc.config['ALERT_WEB_CODE_MINUTES']:g}",
                           hours=f"{svc.config['ALERT_WEB_PENDING_HOURS']:g}")


def _prefs_url(record: dict) -> str | None:
    """Once a contact is confirmed (so the visitor holds it), the link to its resident's page."""
    resident = record.get("resident")
    return links.prefs_url(current().config, resident) if resident else None


def _index(raw: str | None, record: dict) -> int | None:
    try:
        index = int(raw or "")
    except ValueError:
        return None
    return index if 0 <= index < len(record["contacts"]) else None


# -- email confirmation -------------------------------------------------------------------------
@bp.route("/confirm/<token>", methods=["GET", "POST"])
def confirm_email(token: str):
    svc = current()
    try:
        data = links.read(svc.config, links.CONFIRM, token)
    except links.BadLink as exc:
        return render_template("alerts/message.html", title=i18n.t("bad_link_title"),
                               message=i18n.t("bad_link_again", problem=_link_problem(str(exc))),
                               join_again=True), 400
    record = verify.load_pending(svc.redis, str(data.get("p", "")))
    i18n.use_hint(((record or {}).get("prefs") or {}).get("lang"))     # the language chosen on the form
    index = data.get("c")
    if record is None or not isinstance(index, int) or not 0 <= index < len(record["contacts"]) \
            or record["contacts"][index]["via"] != signup.EMAIL:
        return _expired()
    contact = record["contacts"][index]
    form = ConfirmForm()
    if request.method == "POST" and form.validate():
        record = signup.confirm(svc, record["id"], index)
        if record is None:
            return _expired()
        return render_template("alerts/confirmed.html", contact=record["contacts"][index], record=record,
                               prefs_url=_prefs_url(record))
    return render_template("alerts/confirm.html", form=form, contact=contact, record=record)


def _expired():
    return render_template("alerts/message.html", title=i18n.t("expired_title"), message=i18n.t("expired_text"),
                           join_again=True), 404


def _link_problem(problem: str | None) -> str:
    """bot.alerts.links' reason (English) in the page's language."""
    english = {catalog.web_text(catalog.BASE, name): name for name in ("bad_link", "bad_link_cut", "bad_link_expired")}
    return i18n.t(english.get(problem or "", "bad_link"))


# -- preferences ----------------------------------------------------------------------------------
def _resident(token: str):
    """(resident ID, None) or (None, why the link does not work)."""
    try:
        return str(links.read(current().config, links.PREFS, token).get("s", "")) or None, None
    except links.BadLink as exc:
        return None, str(exc)


def _bad_link(problem: str | None):
    return render_template("alerts/message.html", title=i18n.t("bad_link_title"),
                           message=i18n.t("bad_link_prefs", problem=_link_problem(problem)), join_again=True), 400


def _no_alerts():
    return render_template("alerts/message.html", title=i18n.t("no_alerts_title"),
                           message=i18n.t("no_alerts_text"), join_again=True)


def _contact_rows(svc, found) -> list[dict]:
    rows = []
    for m, c in sorted(found.contacts.items(), key=lambda kv: kv[1]["channel"]):
        value = contacts.contact_value(svc, m)
        rows.append({"member": m, "channel": c["channel"], "verified": bool(c.get("verified")),
                     "hint": i18n.shown_hint(signup.hint(c["channel"], value)) if value else i18n.t("a_contact"),
                     "paused": found.paused and c["channel"] == "sms"})
    return rows


@bp.route("/my/<token>", methods=["GET", "POST"])
def prefs(token: str):
    svc = current()
    resident, problem = _resident(token)
    if resident is None:
        return _bad_link(problem)
    found = contacts.get(svc, resident)
    if found is None or not found.record:
        return _no_alerts()
    i18n.use_hint(found.prefs.get("lang"))
    form = PrefsForm()
    errors: dict[str, str] = {}
    saved = False
    status = 200
    if request.method == "GET":
        any_entry = next(iter(found.record.values()))
        form.schemes.data = sorted(found.record)
        form.categories.data = [f"{kw}:{c}" for kw, e in found.record.items() for c in e["cats"]]
        form.whole_area.data = any_entry["area"] == AREA_WIDE
        form.postcode.data = "" if any_entry["area"] == AREA_WIDE else any_entry["area"]
        start, end = found.prefs.get("quiet_start"), found.prefs.get("quiet_end")
        form.quiet.data = f"{start}-{end}" if start and end else ""
        form.language.data = found.prefs.get("lang") or current_app.config.get("DEFAULT_LANGUAGE") or "en"
    elif form.validate():
        place, problem = signup.read_place(form.postcode.data, form.whole_area.data, i18n.page_lang())
        chosen, scheme_problem = signup.read_schemes(form.schemes.data or [], form.categories.data or [],
                                                     i18n.page_lang())
        errors = {k: v for k, v in (("postcode", problem), ("schemes", scheme_problem)) if v}
        if not errors:
            quiet = tuple(form.quiet.data.split("-")) if form.quiet.data else ("", "")
            contacts.update(svc, resident, {**place, "schemes": chosen, "lang": form.language.data or ""}, quiet)
            found = contacts.get(svc, resident)
            saved = True
        else:
            status = 400
    else:
        errors = i18n.field_errors(form)
        if errors.pop("schemes", None) or errors.pop("categories", None):
            errors["schemes"] = i18n.t("err_schemes_list")
        status = 400
    done = request.args.get("done", "")
    return render_template("alerts/prefs.html", form=form, leave=LeaveForm(), contact_form=ContactForm(),
                           found=found, rows=_contact_rows(svc, found), errors=errors, saved=saved,
                           done=i18n.t(DONE[done]) if done in DONE else None, token=token), status


@bp.route("/my/<token>/contact", methods=["POST"])
def contact(token: str):
    """One contact: texts <-> calls for a number, or stop alerts to it."""
    svc = current()
    resident, problem = _resident(token)
    if resident is None:
        return _bad_link(problem)
    found = contacts.get(svc, resident)
    form = ContactForm()
    if found is None:
        return _no_alerts()
    if not form.validate() or form.contact.data not in found.contacts:
        abort(400)
    m = form.contact.data
    if form.action.data == "stop":
        contacts.stop_contact(svc, m)
    elif not contacts.switch_phone_channel(svc, resident, m, form.action.data):
        abort(400)
    found = contacts.get(svc, resident)
    if found is None or not found.record:
        return _no_alerts()
    return redirect(url_for(".prefs", token=token, done=form.action.data), code=303)


DONE = {"stop": "done_stop", "voice": "done_voice", "sms": "done_sms"}   # web texts


@bp.route("/my/<token>/leave", methods=["POST"])
def leave(token: str):
    svc = current()
    resident, problem = _resident(token)
    if resident is None:
        return _bad_link(problem)
    if LeaveForm().validate():
        contacts.leave(svc, resident)
    return render_template("alerts/message.html", title=i18n.t("left_title"), message=i18n.t("left_text"),
                           join_again=True)


@bp.errorhandler(CSRFError)
def _csrf_error(exc):
    return render_template("alerts/message.html", title=i18n.t("form_expired_title"),
                           message=i18n.t("form_expired_text")), 400
