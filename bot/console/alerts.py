"""Community alerts in the console (issue 12): compose on a map, approve, follow the sending.

    GET  /console/alerts                          console.alerts.index     officer+  alerts, notices, approvals
    GET  /console/alerts/new[?template=NAME]      console.alerts.new       officer+  the composer
    POST /console/alerts/new                      console.alerts.create    officer+  send | schedule | submit
    GET  /console/alerts/count?<form>             console.alerts.count     officer+  JSON: recipients per channel
    GET  /console/alerts/preview?<form>           console.alerts.preview   officer+  JSON: each channel's text
    POST /console/alerts/templates                console.alerts.save_template  officer+
    GET  /console/alerts/<A-n>                    console.alerts.page      officer+  the alert's dashboard
    GET  /console/alerts/<A-n>/progress           console.alerts.progress  officer+  its live part (htmx polls)
    POST /console/alerts/<A-n>/halt               console.alerts.halt      officer+  (author or supervisor)
    POST /console/alerts/<A-n>/approve            console.alerts.approve   supervisor+ (never their own)
    POST /console/alerts/<A-n>/reject             console.alerts.reject    supervisor+ (with a reason)

The composer is one form; the page's script (static/alerts.js) sends the same fields to
``count`` and ``preview`` as the officer types, so the figures and texts on the page are
the server's own (bot.alerts.compose), and without JavaScript "Preview" posts the form
and the server renders the same figures. Counts are counts: no contact ever reaches the
page. Every action is audited in the SMS commands' stream, with their action names
(``alert`` for composing, ``alert_send``, ``alert_halt``) and ``alert_schedule``,
``alert_submit``, ``alert_approve``, ``alert_reject``. The composer's form, preview and page
(with its map tiles) are bot.console.alert_composer; this module holds the routes.
"""
from __future__ import annotations

import json
import time
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, flash, jsonify, redirect, render_template, request, url_for

from bot.alerts import actions, approval, compose, replies, store, targeting
from bot.console import alert_charts, i18n
from bot.console.access import current_staff, require_role
from bot.console.alert_composer import (
    MAX_TEMPLATE_NAME,
    Values,
    composer_page,
    load_template,
    next_incident,
    posted_values,
    preview_of,
    read_form,
    read_send_at,
    said,
)
from bot.console.audit import actor
from bot.console.i18n import t
from bot.messaging import catalog
from bot.officers import audit
from bot.services import current
from bot.store import keys

bp = Blueprint("alerts", __name__, url_prefix="/alerts")
LISTED = 100              # alerts on the list page, newest first
NOTICE_DAYS = 7           # decisions on an author's alerts shown on their list this long
POLL_SECONDS = 2


def refused(outcome: approval.Refusal) -> str:
    """A refused move's reason in the staff member's language."""
    return outcome.text(i18n.lang())


def state_word(state: str) -> str:
    """An alert's state ("pending_approval") as the alert pages show it, in the staff member's language."""
    return i18n.t_or(f"astate_{state}", state.replace("_", " "))


def _staff_officer() -> dict:
    return actor(current().redis, current_staff())


def _author_key(staff) -> str:
    return staff.officer or f"staff:{staff.id}"


# -- the composer's routes (its form and page: bot.console.alert_composer) -----------------
@bp.get("/new")
@require_role("officer")
def new():
    values = Values(area="all", radius="1km")
    name = request.args.get("template", "")
    if name:
        tpl = load_template(name)
        if tpl is None:
            return composer_page(values, error=t("alert_no_template", name=name[:MAX_TEMPLATE_NAME]), status=404)
        values.update(tpl)
    return composer_page(values)


@bp.get("/count")
@require_role("officer")
def count():
    """JSON: how many would get it now, per channel. Counts only, never a contact."""
    cfg = current_app.config
    try:
        composed = read_form(request.args, cfg, need_text=False)
    except compose.BadAlert as exc:
        return jsonify(ok=False, error=said(exc))
    by_channel = targeting.count_by_channel(current().redis, composed)
    people = by_channel.pop("people", sum(by_channel.values()))
    by_channel = {ch: by_channel.get(ch, 0) for ch in ("sms", "email", "voice")}
    channels = [{"name": name, "label": t(f"channel_{name}"), "count": n} for name, n in by_channel.items()]
    needs = targeting.language_needs(targeting.count_by_language(current().redis, composed, cfg), composed, cfg,
                                     i18n.lang())
    return jsonify(ok=True, people=people, channels=channels, languages=needs["rows"], missing=needs["missing"],
                   language_line=needs["line"],
                   summary=t("count_summary", people=t("n_person" if people == 1 else "n_people", n=people),
                             where=composed.where(i18n.lang()),
                             channels=", ".join(t("count_by", n=c["count"], channel=c["label"].lower())
                                                for c in channels)),
                   centre=[composed.lat, composed.lon] if composed.lat is not None else None,
                   radius_m=composed.radius_m)


@bp.get("/preview")
@require_role("officer")
def preview():
    """JSON: the exact SMS, email and voice script each channel will send, with segments."""
    cfg = current_app.config
    try:
        composed = read_form(request.args, cfg)
        return jsonify(preview_of(composed, next_incident(current().redis, cfg)))
    except compose.BadAlert as exc:
        return jsonify(ok=False, error=said(exc))


@bp.post("/new")
@require_role("officer")
def create():
    cfg, svc, staff = current_app.config, current(), current_staff()
    values = posted_values()
    act = request.form.get("action", "")
    try:
        composed = read_form(request.form, cfg)
        if act == "preview":      # without JavaScript: the same figures, rendered by the server
            texts = preview_of(composed, next_incident(svc.redis, cfg))
            counts = targeting.count_by_channel(svc.redis, composed)
            needs = targeting.language_needs(targeting.count_by_language(svc.redis, composed, cfg), composed, cfg,
                                             i18n.lang())
            return composer_page(values, preview={**texts, "counts": counts, "languages": needs})
        if act not in ("send", "schedule", "submit"):
            raise compose.BadAlert(t("alert_pick_action"))
        send_at = read_send_at(request.form.get("send_at", "")) if act == "schedule" else None
        if act == "submit" and request.form.get("send_at"):
            send_at = read_send_at(request.form["send_at"])
        needs = approval.needs_approval(cfg, composed.schemes)
        if needs and act != "submit":
            raise compose.BadAlert(t("alert_needs_approval", schemes=", ".join(needs)))
        compose.compose(composed.draft(), "X" * 20, cfg)     # too long? before using up an incident number
        for lang, text in composed.lang_texts.items():       # each language's text too
            try:
                compose.compose(compose.Draft(composed.schemes, composed.categories, text=text), "X" * 20, cfg, lang)
            except compose.BadAlert as exc:
                raise compose.BadAlert(t("alert_lang_text", language=catalog.name_of(lang), error=said(exc))) from None
        by_channel = targeting.count_by_channel(svc.redis, composed)
        people = by_channel.pop("people", 0)
        if not people:
            raise compose.BadAlert(t("alert_no_one", where=composed.where(i18n.lang())))
    except compose.BadAlert as exc:
        return composer_page(values, error=said(exc), status=400)
    officer = _staff_officer()
    try:
        alert_id = approval.create(svc, composed, officer=officer, author=_author_key(staff), staff_id=staff.id,
                                   author_name=staff.name, recipients=people, channel_counts=by_channel)
    except compose.BadAlert as exc:      # lifecycle.create_draft's own checks (the form passed ours)
        return composer_page(values, error=said(exc), status=400)
    a = store.load(svc.redis, alert_id)
    author = _author_key(staff)
    if act == "send":
        moved = approval.send_now(svc, alert_id, officer, by=author,
                                  detail=f"{compose.plural(people, 'recipient')}, from the console")
        if moved == "queued":
            flash(t("alert_sending_one" if people == 1 else "alert_sending", alert_id=alert_id, incident=a["incident"],
                    n=people), "success")
    elif act == "schedule":
        moved = approval.schedule(svc, alert_id, officer, send_at, by=author)
        if moved == "scheduled":
            flash(t("alert_scheduled", alert_id=alert_id, when=_fmt(send_at)), "success")
    else:
        moved = approval.submit_for_approval(svc, alert_id, officer, by=author, send_at=send_at)
        if moved == "pending_approval":
            flash(t("alert_waiting", alert_id=alert_id), "success")
    if isinstance(moved, approval.Refusal):
        flash(refused(moved), "error")
    return redirect(url_for("console.alerts.page", alert_id=alert_id))


def _fmt(ts) -> str:
    return datetime.fromtimestamp(float(ts), timezone.utc).strftime("%d %b %Y %H:%M UTC") if ts else ""


# -- templates ------------------------------------------------------------------------------
@bp.post("/templates")
@require_role("officer")
def save_template():
    name = " ".join(request.form.get("template_name", "").split())[:MAX_TEMPLATE_NAME]
    values = posted_values()
    if not name:
        return composer_page(values, error=t("alert_template_name"), status=400)
    try:
        composed = read_form(request.form, current_app.config)
    except compose.BadAlert as exc:
        return composer_page(values, error=said(exc), status=400)
    tpl = {"schemes": composed.schemes, "categories": composed.categories, "text": composed.text}
    pipe = current().redis.pipeline(transaction=True)
    pipe.hset(keys.ALERT_TEMPLATES, name, json.dumps(tpl))
    audit.record(pipe, "alert_template", officer=_staff_officer(), detail=f"saved template {name}",
                 text=composed.text)
    pipe.execute()
    flash(t("alert_template_saved", name=name), "success")
    return redirect(url_for("console.alerts.new", template=name))


# -- the list, an alert's page ------------------------------------------------------------
def recent_alerts(redis, limit: int = LISTED) -> list[dict]:
    top = int(redis.get(keys.ALERT_SEQ) or 0)
    ids = [f"A-{n}" for n in range(top, max(0, top - limit * 3), -1)]
    out = []
    for alert_id in ids:
        a = store.load(redis, alert_id)
        if a and a.get("state") not in ("preview", "expired") and a.get("schemes"):
            out.append(a)
        if len(out) >= limit:
            break
    return out


@bp.get("")
@require_role("officer")
def index():
    svc, staff = current(), current_staff()
    alerts = recent_alerts(svc.redis)
    mine = _author_key(staff)
    cutoff = time.time() - NOTICE_DAYS * 86400
    notices = [a for a in alerts if a.get("officer") == mine and a.get("state") != "pending_approval"
               and a.get("decided_at") and float(a["decided_at"]) > cutoff]
    waiting = [a for a in alerts if a.get("state") == "pending_approval"] if staff.at_least("supervisor") else []
    return render_template("console/alerts/index.html", alerts=alerts, notices=notices, waiting=waiting,
                           mine=mine, fmt=_fmt)


def _load_or_404(alert_id: str) -> dict:
    normal = store.normalise_id(alert_id)
    a = store.load(current().redis, normal) if normal else None
    if a is None or not a.get("schemes"):
        abort(404)
    return a


def _may_follow(a: dict) -> bool:
    staff = current_staff()
    return a.get("officer") == _author_key(staff) or staff.at_least("supervisor")


def _dashboard(a: dict) -> dict:
    redis = current().redis
    channels = targeting.status_by_channel(redis, a)
    total = sum(sum(row.values()) for row in channels.values())
    waiting = sum(row["queued"] + row["held"] for row in channels.values())
    delivered = sum(row["delivered"] for row in channels.values())
    series = targeting.deliveries_over_time(redis, a)
    return {"channels": channels, "total": total, "done": total - waiting, "delivered": delivered,
            "chart": alert_charts.deliveries_svg(series), "series": series,
            "live": a["state"] in store.ACTIVE or (a["state"] == "done" and waiting > 0), "poll": POLL_SECONDS}


@bp.get("/<alert_id>")
@require_role("officer")
def page(alert_id):
    a = _load_or_404(alert_id)
    staff = current_staff()
    return render_template(
        "console/alerts/page.html", a=a, fmt=_fmt, d=_dashboard(a), may_halt=_may_follow(a),
        may_decide=(staff.at_least("supervisor") and a["state"] == "pending_approval"
                    and a.get("officer") != _author_key(staff)),
        own=a.get("officer") == _author_key(staff), area=targeting.describe(a, i18n.lang()),
        replies=replies.listed(current().redis, a["id"]), ratings=replies.rating_summary(current().redis, a["id"]))


@bp.get("/<alert_id>/progress")
@require_role("officer")
def progress(alert_id):
    a = _load_or_404(alert_id)
    template = "console/alerts/_progress.html" if request.headers.get("HX-Request") else "console/alerts/progress.html"
    return render_template(template, a=a, d=_dashboard(a), fmt=_fmt)


@bp.post("/<alert_id>/halt")
@require_role("officer")
def halt(alert_id):
    a = _load_or_404(alert_id)
    if not _may_follow(a):
        audit.record(current().redis, "alert_halt_refused", officer=_staff_officer(), alert_id=a["id"],
                     detail="not the author or a supervisor")
        abort(403)
    outcome, gone, stopped = actions.halt(current().redis, a["id"], _staff_officer())
    if outcome == "discarded now":
        flash(t("alert_discarded", alert_id=a["id"]), "success")
    elif outcome == "halted now":
        flash(t("alert_halted", alert_id=a["id"], gone=t("n_message_one" if gone == 1 else "n_message", n=gone),
                stopped=t("n_stopped_one" if stopped == 1 else "n_stopped", n=stopped)), "success")
    else:
        flash(t("alert_nothing_to_halt", alert_id=a["id"], state=state_word(outcome)), "warning")
    return redirect(url_for("console.alerts.page", alert_id=a["id"]))


@bp.post("/<alert_id>/approve")
@require_role("supervisor")
def approve(alert_id):
    a = _load_or_404(alert_id)
    svc, staff = current(), current_staff()
    outcome = approval.approve(svc, a["id"], _staff_officer(), by_key=_author_key(staff), by_name=staff.name)
    if outcome == "own":
        flash(t("alert_own_approve"), "error")
        return redirect(url_for("console.alerts.page", alert_id=a["id"])), 303
    messages = {"queued": (t("alert_approved_sending", alert_id=a["id"]), "success"),
                "scheduled": (t("alert_approved_scheduled", alert_id=a["id"], when=_fmt(a.get("send_at"))), "success")}
    flash(*(messages[outcome] if outcome in messages else (refused(outcome), "warning")))
    return redirect(url_for("console.alerts.page", alert_id=a["id"]))


@bp.post("/<alert_id>/reject")
@require_role("supervisor")
def reject(alert_id):
    a = _load_or_404(alert_id)
    staff = current_staff()
    reason = " ".join(request.form.get("reason", "").split())[:300]
    if not reason:
        flash(t("alert_reject_reason"), "error")
        return redirect(url_for("console.alerts.page", alert_id=a["id"]))
    outcome = approval.reject(current(), a["id"], _staff_officer(), reason, by_key=_author_key(staff),
                              by_name=staff.name)
    if outcome == "own":
        flash(t("alert_own_reject"), "error")
    elif outcome == "rejected":
        flash(t("alert_rejected", alert_id=a["id"]), "success")
    else:
        flash(refused(outcome), "warning")
    return redirect(url_for("console.alerts.page", alert_id=a["id"]))
