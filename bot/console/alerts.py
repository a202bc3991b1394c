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
``alert_submit``, ``alert_approve``, ``alert_reject``.
"""
from __future__ import annotations

import json
import time
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, flash, jsonify, redirect, render_template, request, url_for

from bot.alerts import actions, approval, compose, replies, schemes, store, targeting
from bot.console import alert_charts, i18n
from bot.console.access import current_staff, require_role
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
MAX_TEMPLATE_NAME = 60
OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'


# -- reading the composer's form ----------------------------------------------------------
def read_form(values, cfg: dict, *, need_text: bool = True) -> targeting.Composed:
    """The composer's fields -> what the alert is (raises compose.BadAlert with the reason)."""
    return targeting.read(
        schemes_=values.getlist("schemes"), categories=values.getlist("categories"),
        area=values.get("area", "all"), postcode=values.get("postcode", ""), radius=values.get("radius", ""),
        lat=values.get("lat", ""), lon=values.get("lon", ""), points=values.get("points", ""),
        text=values.get("text", ""), cfg=cfg, need_text=need_text, lang=i18n.lang(),
        lang_texts={code: values.get(f"text_{code}", "") for code in catalog.configured(cfg)[1:]})


def said(exc: Exception) -> str:
    """An error's message in the staff member's language (a catalog.Said is said again in it)."""
    return exc.text(i18n.lang()) if isinstance(exc, catalog.Said) else str(exc)


def refused(outcome: approval.Refusal) -> str:
    """A refused move's reason in the staff member's language."""
    return outcome.text(i18n.lang())


def state_word(state: str) -> str:
    """An alert's state ("pending_approval") as the alert pages show it, in the staff member's language."""
    return i18n.t_or(f"astate_{state}", state.replace("_", " "))


def extra_languages(cfg: dict) -> list[tuple[str, str]]:
    """[(code, name)] of the configured languages beside the default: a text box each."""
    return [(code, catalog.name_of(code)) for code in catalog.configured(cfg)[1:]]


def _staff_officer() -> dict:
    return actor(current().redis, current_staff())


def _author_key(staff) -> str:
    return staff.officer or f"staff:{staff.id}"


# -- the composer -------------------------------------------------------------------------
def _tile_origin(url: str) -> str:
    if not url.startswith("https://"):
        return ""
    host = url[len("https://"):].split("/", 1)[0]
    return "https://" + host if host and "{" not in host else "https://" + host.replace("{s}.", "*.")


def tile_url() -> str:
    """MAP_TILE_URL: unset, OpenStreetMap's; "" for no tiles (offline: the area still draws)."""
    configured = current_app.config.get("MAP_TILE_URL")
    return OSM_TILES if configured is None else configured


def _with_map_csp(response):
    """The composer's page may load map tiles from MAP_TILE_URL's origin (and nothing else new)."""
    from bot.console.security import CSP

    origin = _tile_origin(tile_url())
    if origin:
        response.headers["Content-Security-Policy"] = CSP.replace("img-src 'self'", f"img-src 'self' {origin}")
    return response


def _composer(values=None, error: str = "", status: int = 200, preview: dict | None = None):
    cfg = current_app.config
    templates = approval_templates()
    values = values or {}
    page = render_template(
        "console/alerts/new.html", schemes=schemes.all_schemes(), values=values, error=error,
        templates=templates, tile_url=tile_url(),
        attribution=cfg.get("MAP_ATTRIBUTION") or OSM_ATTRIBUTION, centre=cfg.get("MAP_CENTRE") or "51.45,-2.59",
        needs_approval_for=approval.schemes_needing_approval(cfg), preview=preview,
        max_radius_km=cfg["ALERT_MAX_RADIUS_KM"], min_radius_m=cfg["ALERT_MIN_RADIUS_M"],
        extra_languages=extra_languages(cfg), default_language=catalog.name_of(catalog.configured(cfg)[0]),
        scheme_name=lambda s: s.name if i18n.lang() == catalog.BASE else schemes.name_in(s, i18n.lang(),
                                                                                         catalog.configured(cfg)[0]))
    return _with_map_csp(current_app.make_response((page, status)))


class _Values(dict):
    """A plain dict with getlist, for prefilling the form from a template or a posted form."""

    def getlist(self, name):
        v = self.get(name, [])
        return v if isinstance(v, list) else [v]


def _posted_values() -> _Values:
    out = _Values({k: request.form.get(k, "") for k in request.form})
    out["schemes"] = request.form.getlist("schemes")
    out["categories"] = request.form.getlist("categories")
    return out


@bp.get("/new")
@require_role("officer")
def new():
    values = _Values(area="all", radius="1km")
    name = request.args.get("template", "")
    if name:
        tpl = load_template(name)
        if tpl is None:
            return _composer(values, error=t("alert_no_template", name=name[:MAX_TEMPLATE_NAME]), status=404)
        values.update(tpl)
    return _composer(values)


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


def preview_of(composed: targeting.Composed, incident: str) -> dict:
    cfg = current_app.config
    texts = targeting.channel_texts(composed, incident, cfg)
    est = compose.estimate(texts["sms"], 1, cfg)
    return {"ok": True, "sms": texts["sms"], "email_subject": texts["email_subject"], "email": texts["email"],
            "voice": texts["voice"], "segments": est.segments, "encoding": "UCS-2" if est.unicode else "GSM-7",
            "segment_line": t("segment_line", chars=len(texts["sms"]),
                              segments=t("segment_one" if est.segments == 1 else "segments", n=est.segments),
                              encoding=t("ucs2") if est.unicode else "GSM-7", left=est.left,
                              next=compose.ordinal(est.segments + 1) if i18n.lang() == catalog.BASE
                              else t("nth", n=est.segments + 1))
                            + " " + compose.room_line(composed.text, texts["sms"], i18n.lang()),
            "unicode_line": compose.unicode_line(est, texts["sms"], i18n.lang()), "incident": incident,
            "sms_by_lang": texts["sms_by_lang"]}


def next_incident(redis, cfg) -> str:
    """The reference the next alert will get (assigned for real when it is saved)."""
    day = time.strftime("%Y%m%d", time.gmtime())
    n = int(redis.get(keys.incident_seq(day)) or 0) + 1
    return f"{cfg['ALERT_INCIDENT_PREFIX']}-{day}-{n}"


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
    values = _posted_values()
    act = request.form.get("action", "")
    try:
        composed = read_form(request.form, cfg)
        if act == "preview":      # without JavaScript: the same figures, rendered by the server
            texts = preview_of(composed, next_incident(svc.redis, cfg))
            counts = targeting.count_by_channel(svc.redis, composed)
            needs = targeting.language_needs(targeting.count_by_language(svc.redis, composed, cfg), composed, cfg,
                                             i18n.lang())
            return _composer(values, preview={**texts, "counts": counts, "languages": needs})
        if act not in ("send", "schedule", "submit"):
            raise compose.BadAlert(t("alert_pick_action"))
        send_at = _read_send_at(request.form.get("send_at", "")) if act == "schedule" else None
        if act == "submit" and request.form.get("send_at"):
            send_at = _read_send_at(request.form["send_at"])
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
        return _composer(values, error=said(exc), status=400)
    officer = _staff_officer()
    try:
        alert_id = approval.create(svc, composed, officer=officer, author=_author_key(staff), staff_id=staff.id,
                                   author_name=staff.name, recipients=people, channel_counts=by_channel)
    except compose.BadAlert as exc:      # lifecycle.create_draft's own checks (the form passed ours)
        return _composer(values, error=said(exc), status=400)
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


def _read_send_at(text: str) -> float:
    """A datetime-local value (the force's local time is UTC here) -> a time in the future."""
    try:
        when = datetime.strptime(text.strip(), "%Y-%m-%dT%H:%M").replace(tzinfo=timezone.utc).timestamp()
    except ValueError:
        raise compose.BadAlert(t("alert_bad_time")) from None
    if when <= time.time():
        raise compose.BadAlert(t("alert_time_passed"))
    if when > time.time() + 30 * 86400:
        raise compose.BadAlert(t("alert_too_far"))
    return when


def _fmt(ts) -> str:
    return datetime.fromtimestamp(float(ts), timezone.utc).strftime("%d %b %Y %H:%M UTC") if ts else ""


# -- templates ------------------------------------------------------------------------------
def approval_templates() -> list[str]:
    return sorted(k.decode() for k in current().redis.hkeys(keys.ALERT_TEMPLATES))


def load_template(name: str) -> dict | None:
    raw = current().redis.hget(keys.ALERT_TEMPLATES, name[:MAX_TEMPLATE_NAME])
    return json.loads(raw) if raw else None


@bp.post("/templates")
@require_role("officer")
def save_template():
    name = " ".join(request.form.get("template_name", "").split())[:MAX_TEMPLATE_NAME]
    values = _posted_values()
    if not name:
        return _composer(values, error=t("alert_template_name"), status=400)
    try:
        composed = read_form(request.form, current_app.config)
    except compose.BadAlert as exc:
        return _composer(values, error=said(exc), status=400)
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
