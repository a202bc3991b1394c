"""The tip page (/console/tips/<TIP_ID>) and the case workflow in the browser.

What an officer and a supervisor do with one tip: read its state, the tipster's
answers, the extracted facts, the whole thread (tipster texts, officer relays with
their delivery ticks, internal notes) and the photos; reply through the masked
relay; claim; add a note; close with an outcome; and, supervisors, assign, reopen
and close others' tips.

Every action is the SMS side's own function, so the console and a text race
fairly and are audited alike:

- reply: ``bot.officers.relay.reply`` + ``Relay.write`` (``send_now``), the same
  checks, numbering, thread entry, audit entry and send job as ``R T-7K2Q ...``; the
  quick-reply picker is ``R T-7K2Q #n`` (the tipster's language version); a refusal,
  and the note that free text went to a tipster writing another language, are shown
  in the SMS side's words;
- claim, assign, close, reopen, note: ``bot.tipline.workflow`` (compare-and-set with
  the audit entry in the same MULTI); assigning texts an officer who has a phone
  (``bot.officers.tip_commands.notify_assignee``, as ``ASSIGN T-7K2Q 4411`` does).

Who acts (``staff_actor``): a staff member linked to a registered officer phone acts
as that officer (their pseudonym holds the claim, their name and badge are on the
thread, SMS and console are one person). A staff member without one acts as
``staff:<staff ID>`` under their account name; the tipster never sees a name either
way (a relay reads "<FORCE_NAME> re T-7K2Q: ..."), replies from the tipster go to
the claimer's phone, else the officers on duty (and appear here), and the audit entry
says ``officer: staff`` with the account's name and ID.

Audit: viewing the page is ``show`` (as SHOW by text); a photo's preview
``media_preview``, its original ``media_download``, its position
``media_gps_revealed`` (committed before the file is read, by bot.media.gps_of).
The page polls ``live`` every few seconds for new thread entries and delivery ticks
(htmx; 204 when nothing changed); a poll is not audited (the view was) and does not
renew the session (``sessions.passive``), so an open page still times out.

Without JavaScript every action is a form that posts and redirects back (flash
messages say what happened), and the page shows the thread as it was when loaded.
"""
from __future__ import annotations

import hashlib
import json
import time
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, send_file, session, url_for

from bot import media
from bot.console import accounts, i18n, security, sessions
from bot.console.access import current_staff, require_role
from bot.console.audit import actor as audit_actor
from bot.console.audit import console_audit
from bot.console.i18n import t, text_in
from bot.console.tips import related_context
from bot.messaging import catalog
from bot.officers import audit, quick_replies, registry, relay, relay_delivery, tip_commands
from bot.services import current
from bot.tipline import summary, tips, workflow

bp = Blueprint("case", __name__, url_prefix="/tips")

THREAD_MAX = 500          # thread entries shown (the latest)
POLL_SECONDS = 5          # default of CONSOLE_POLL_SECONDS
FACTS = summary.FACTS   # the facts an officer sees, with their labels


def poll_seconds() -> str:
    """How often the page polls (``CONSOLE_POLL_SECONDS``), as htmx wants it in a trigger."""
    return f"{float(current_app.config.get('CONSOLE_POLL_SECONDS') or POLL_SECONDS):g}"


# -- who acts --------------------------------------------------------------------------------
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


# -- reading a tip -----------------------------------------------------------------------------
def _load(tip_id: str) -> dict:
    tip = tips.load_tip(current().redis, tip_id) if tip_id == _canonical(tip_id) else None
    if tip is None:
        abort(404)
    return tip


def _canonical(tip_id: str) -> str | None:
    reading = tips.read_tip_id(tip_id or "")
    return reading.candidates[0] if reading and len(reading.candidates) == 1 and reading.certain else None


def when(ts) -> dict:
    """{iso, text, age} of a Unix time, for <time> elements (UTC, as the audit log)."""
    at = float(ts or 0)
    moment = datetime.fromtimestamp(at, tz=timezone.utc)
    seconds = time.time() - at
    return {"iso": moment.isoformat(timespec="seconds"), "text": moment.strftime("%Y-%m-%d %H:%M UTC"),
            "age": summary.age(seconds, i18n.lang()), "just_now": seconds < 60}


def _answers(svc, tip: dict) -> list[dict]:
    """The questions the tipster was asked, in order, with their answers (or skipped / not asked)."""
    states = getattr(svc.flows, "states", {}) or {}
    lang = i18n.lang()
    asked = (getattr(svc.flows, "catalogs", {}).get(lang) or {}).get("prompts", {}) if lang != catalog.BASE else {}
    fields, skipped = tip.get("fields") or {}, set(tip.get("skipped") or [])
    out = []
    for name in summary.FIELD_ORDER:
        question = asked.get(name) or (states.get(name) or {}).get("prompt") or name.capitalize()
        value = fields.get(name)
        out.append({"name": name, "question": question, "answer": summary.describe_symbols(value) if value else "",
                    "note": "" if value else t("answer_skipped") if name in skipped else t("answer_none")})
    return out


def _facts(tip: dict) -> list[dict]:
    facts, lang = tip.get("facts") or {}, i18n.lang()
    return [{"label": catalog.text(lang, f"fact_{name}") if lang != catalog.BASE else label,
             "items": [str(v) for v in facts.get(name) or []]} for name, label in FACTS if facts.get(name)]


def _linked(redis, tip: dict) -> list[dict]:
    """Tips linked to this one: the same tipster's (an emergency after filing), the tip it
    duplicates, the tips closed as its duplicates. Each with its state."""
    lang = i18n.lang()
    ids = [(x, t("linked_same_tipster")) for x in (tip.get("linked_tip") or "").split(",") if x]
    if tip.get("duplicate_of"):
        ids.append((tip["duplicate_of"], t("linked_duplicates_it")))
    ids += [(x, t("linked_duplicate_of_this")) for x in workflow.duplicates(redis, tip["id"])]
    out = []
    for other_id, why in ids:
        other = tips.load_tip(redis, other_id)
        out.append({"id": other_id, "why": why, "exists": other is not None,
                    "state": workflow.describe_state(other, lang) if other else t("linked_deleted"),
                    "headline": summary.headline(other, 80) if other else ""})
    return out


def _thread(svc, tip: dict, photos: list) -> list[dict]:
    """The thread and the internal notes, in time order, with each relay's delivery tick."""
    tip_id, redis = tip["id"], svc.redis
    entries = tips.load_thread(redis, tip_id, last=THREAD_MAX)
    ticks = relay_delivery.deliveries(redis, tip_id, [e["relay"] for e in entries if isinstance(e.get("relay"), int)])
    number = {p.url: n for n, p in enumerate(photos, start=1)}
    items = []
    for e in entries:
        who = str(e.get("from") or "?")
        if who == "tipster":
            kind, label = "tipster", t("who_tipster")
        elif who.startswith("officer "):
            kind, label = "officer", t("who_officer", name=who[len('officer '):])
        else:
            kind, label = "system", t("who_system")
        tick = ticks.get(e.get("relay")) if kind == "officer" else None
        tick = tick and {"state": tick.state, "label": tick_label(tick)}
        items.append({"kind": kind, "who": label, "at": float(e.get("at") or 0), "when": when(e.get("at")),
                      "text": summary.describe_symbols(e.get("text")) if e.get("text") else "",
                      "photos": [number[u] for u in e.get("media") or [] if u in number],
                      "tick": tick, "relay": e.get("relay")})
    for note in workflow.notes(redis, tip_id):
        items.append({"kind": "note", "who": note.get("name") or t("who_staff"), "at": float(note.get("at") or 0),
                      "when": when(note.get("at")), "text": note.get("text") or "", "photos": [], "tick": None,
                      "relay": None})
    items.sort(key=lambda item: item["at"])    # stable: a note written in the same second stays after
    return items


def tick_label(tick) -> str:
    """A relay message's delivery tick in the page's language (relay_delivery.Delivery.label's words)."""
    if tick.state in ("queued", "sent", "delivered"):
        return t(f"tick_{tick.state}")
    return t("tick_failed", why=tick.why)


def _live(svc, tip: dict, photos: list) -> dict:
    """What the polled region shows, and its fingerprint (the poll answers 204 while it is the same)."""
    thread = _thread(svc, tip, photos)
    state = workflow.describe_state(tip, i18n.lang())
    basis = [state, tip.get("withdrawn") == "1",
             [(i["kind"], i["at"], i["text"], i["tick"]["label"] if i["tick"] else "") for i in thread]]
    version = hashlib.sha256(json.dumps(basis, sort_keys=True).encode()).hexdigest()[:16]
    return {"thread": thread, "state_line": state, "version": version, "count": len(thread)}


def _context(svc, tip: dict) -> dict:
    photos = media.photos_of(svc, tip["id"])
    if any(p.state == "waiting" for p in photos):
        media.queue_tip_media(svc, tip["id"])     # not fetched yet (its news was lost): fetch it now
    staff = current_staff()
    actor = staff_actor(svc.redis, staff)
    state = workflow.state_of(tip)
    holder = tip.get("claimed_by")
    holder_active = bool(holder) and workflow.holder_active(svc.redis, holder)
    mine = bool(holder) and holder == actor.key
    return {
        "tip": tip, "state": state, "photos": photos, "live": _live(svc, tip, photos),
        "answers": _answers(svc, tip), "facts": _facts(tip), "linked": _linked(svc.redis, tip),
        "filed": when(summary.filed_at(tip)), "updated": when(tip.get("updated_at")),
        "outcomes": {code: workflow.outcome_label({"outcome": code}, i18n.lang()) for code in workflow.OUTCOMES},
        "mine": mine, "supervisor": actor.supervisor,
        "can_claim": state != "closed" and not mine and (not holder_active or actor.supervisor),
        "can_close": state != "closed" and (not holder_active or mine or actor.supervisor),
        "assignees": assignees(svc.redis) if actor.supervisor and state != "closed" else [],
        "room": relay.room_for_message(svc.config, tip["id"]), "poll_seconds": poll_seconds(),
        "relay_prefix": f"{svc.config['FORCE_NAME']} re {tip['id']}:",
        "related": related_context(svc.redis, tip["id"]),
        **_languages(svc, tip),
    }


def _languages(svc, tip: dict) -> dict:
    """The tipster's language (as SHOW says it: the phone's, else the tip's) and the quick replies
    the reply form offers, labelled in the console's language: {language, language_code,
    language_differs, quick_replies: [{n, label}]}."""
    lang = relay.tipster_language(svc, tip)
    default, ctx = svc.config["DEFAULT_LANGUAGE"], relay.quick_ctx(svc.config)
    mine = accounts.language_of(svc, current_staff())
    return {"language": catalog.name_of(lang), "language_code": lang, "language_differs": lang != mine,
            "quick_replies": [{"n": n, "label": quick_replies.text(n, i18n.lang(), default, ctx)}
                              for n in range(1, len(quick_replies.library()) + 1)]}


# -- pages ------------------------------------------------------------------------------------
@bp.get("/<tip_id>")
@require_role("officer")
def page(tip_id: str):
    canonical = _canonical(tip_id)
    if canonical and canonical != tip_id:      # t-7k2q, T7K2Q: the one address of the tip
        return redirect(url_for(".page", tip_id=canonical))
    svc = current()
    tip = _load(tip_id)
    console_audit("show", tip_id=tip_id)
    return render_template("console/case/page.html", **_context(svc, tip))


@bp.get("/<tip_id>/live")
@require_role("officer")
def live(tip_id: str):
    """The thread and state, for the page's polling (htmx: the region's inner HTML, or 204
    when nothing changed since ``v``); without htmx, a page of its own (audited as a view)."""
    svc = current()
    tip = _load(tip_id)
    photos = media.photos_of(svc, tip_id)
    if request.headers.get("HX-Request") == "true":
        sessions.passive(session)
        region = _live(svc, tip, photos)
        if request.args.get("v") == region["version"]:
            return "", 204
        try:
            before = int(request.args.get("n", ""))
        except ValueError:
            before = region["count"]
        return render_template("console/case/_live.html", tip=tip, live=region, photos=photos,
                               news=max(region["count"] - before, 0), oob=True)
    console_audit("show", tip_id=tip_id, detail="thread page")
    return render_template("console/case/live_page.html", tip=tip, live=_live(svc, tip, photos), photos=photos)


# -- actions ----------------------------------------------------------------------------------
def _back(tip_id: str, result_ok: bool, message: str):
    flash(message, "success" if result_ok else "error")
    return redirect(url_for(".page", tip_id=tip_id))


def _actor():
    return staff_actor(current().redis, current_staff())


@bp.post("/<tip_id>/reply")
@require_role("officer")
def reply(tip_id: str):
    """Through the masked relay: the same checks, job, records and notes as ``R T-7K2Q <text>``
    (``relay.reply``). The form's ``quick`` picker (a quick reply's number) is ``R T-7K2Q #n``:
    the tipster's language version; else ``text`` goes as written."""
    svc = current()
    tip = _load(tip_id)
    actor, now = _actor(), time.time()
    text, quick = request.form.get("text", ""), request.form.get("quick", "").strip()
    if quick:
        why = ("reply_not_both" if text.strip() else
               None if quick.isdigit() and len(quick) <= 3 else "reply_pick_quick")
        if why:
            actor.audit(svc.redis, "reply_refused", tip_id, text_in(None, why).split(".")[0][:80], now)
            return _back(tip_id, False, t(why))
        text = f"#{quick}"
    sent = relay.send_now(svc, actor, tip, text, now, mine=i18n.lang(),
                          speaks=accounts.language_of(svc, current_staff()))
    return _back(tip_id, sent.queued, sent.message)


@bp.post("/<tip_id>/claim")
@require_role("officer")
def claim(tip_id: str):
    _load(tip_id)
    result = workflow.claim(current().redis, tip_id, _actor(), time.time())
    return _back(tip_id, result.ok, result.text(i18n.lang()))


@bp.post("/<tip_id>/notes")
@require_role("officer")
def note(tip_id: str):
    _load(tip_id)
    result = workflow.add_note(current().redis, tip_id, _actor(), request.form.get("note", ""), time.time())
    return _back(tip_id, result.ok, result.text(i18n.lang()))


@bp.post("/<tip_id>/close")
@require_role("officer")
def close(tip_id: str):
    """Close with an outcome (required here); ``duplicate_of`` for a duplicate. Closing a tip
    another active officer holds is for supervisors (the workflow refuses it otherwise)."""
    _load(tip_id)
    outcome = request.form.get("outcome", "")
    raw_dup = request.form.get("duplicate_of", "").strip()
    duplicate_of = (_canonical(raw_dup) or raw_dup.upper()[:12]) if raw_dup else None
    result = workflow.close(current().redis, tip_id, _actor(), time.time(), outcome, duplicate_of)
    if not result.ok and result.code == "bad_outcome":
        return _back(tip_id, False, t("close_pick_outcome"))
    return _back(tip_id, result.ok, result.text(i18n.lang()))


@bp.post("/<tip_id>/assign")
@require_role("supervisor")
def assign(tip_id: str):
    """Give the tip to an active officer or console account; an officer with a phone is texted."""
    svc = current()
    _load(tip_id)
    actor, now = _actor(), time.time()
    chosen = next((a for a in assignees(svc.redis) if a["key"] == request.form.get("assignee")), None)
    if chosen is None:
        actor.audit(svc.redis, "assign_refused", tip_id, "no such active officer", now)
        return _back(tip_id, False, t("assign_pick_officer"))
    after: list = []
    result = workflow.assign(svc.redis, tip_id, actor, workflow.Assignee(chosen["key"], chosen["name"]), now,
                             also=tip_commands.notify_assignee(svc, chosen["officer"], actor, now, after))
    for action in after:
        action()
    told = " " + t("assign_texted") if result.ok and chosen["officer"] and chosen["key"] != actor.key else ""
    return _back(tip_id, result.ok, result.text(i18n.lang()) + told)


@bp.post("/<tip_id>/reopen")
@require_role("supervisor")
def reopen(tip_id: str):
    _load(tip_id)
    result = workflow.reopen(current().redis, tip_id, _actor(), time.time())
    return _back(tip_id, result.ok, result.text(i18n.lang()))


# -- photos -----------------------------------------------------------------------------------
def _send(opened, *, attachment: bool):
    response = send_file(opened.stream, mimetype=opened.content_type, as_attachment=attachment,
                         download_name=opened.filename, max_age=0, conditional=False, etag=False)
    # The media store's headers, within the console's own (its tests hold every response to them):
    # its CSP sandboxed, its Referrer-Policy (a file has no links to leak a referrer by).
    response.headers.update({k: v for k, v in opened.headers.items() if k != "Referrer-Policy"})
    response.headers["Content-Security-Policy"] = f"{security.CSP}; sandbox"
    if attachment:
        response.headers["Content-Disposition"] = f'attachment; filename="{opened.filename}"'
    return response


def _photo_call(fn, tip_id: str, sha256: str, **kw):
    _load(tip_id)
    try:
        return fn(current(), tip_id, sha256, **kw)
    except media.NotFound:
        abort(404)


@bp.get("/<tip_id>/photos/<sha256>/preview")
@require_role("officer")
def preview(tip_id: str, sha256: str):
    """The preview: re-encoded JPEG without any metadata."""
    opened = _photo_call(media.open_preview, tip_id, sha256)
    console_audit("media_preview", tip_id=tip_id, detail=f"sha256 {sha256[:16]}")
    return _send(opened, attachment=False)


@bp.get("/<tip_id>/photos/<sha256>/original")
@require_role("officer")
def original(tip_id: str, sha256: str):
    """The original, byte for byte as the tipster's phone sent it (its SHA-256 is on the page),
    always as a download: it may carry a position and other metadata."""
    opened = _photo_call(media.open_original, tip_id, sha256)
    console_audit("media_download", tip_id=tip_id, detail=f"sha256 {sha256[:16]}")
    return _send(opened, attachment=True)


@bp.post("/<tip_id>/photos/<sha256>/gps")
@require_role("officer")
def gps(tip_id: str, sha256: str):
    """Reveal the position in a photo: only on this deliberate request, audited before the
    file is read (bot.media.gps_of). With htmx, the photo's GPS block; else a page."""
    position = _photo_call(media.gps_of, tip_id, sha256, audit=lambda pipe: console_audit(
        "media_gps_revealed", tip_id=tip_id, detail=f"sha256 {sha256[:16]}", pipe=pipe))
    context = {"tip_id": tip_id, "sha256": sha256, "position": position}
    if request.headers.get("HX-Request") == "true":
        return render_template("console/case/_gps.html", **context)
    return render_template("console/case/gps.html", **context)


@bp.app_template_filter("kib")
def _kib(size) -> str:
    size = int(size or 0)
    return f"{size} bytes" if size < 1024 else f"{size / 1024:.1f} KB" if size < 1024 * 1024 \
        else f"{size / 1024 / 1024:.1f} MB"
