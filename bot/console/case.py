"""The tip page (/console/tips/<TIP_ID>) and the case workflow in the browser.

What an officer and a supervisor do with one tip: read its state, the tipster's
answers, the extracted facts, the whole thread (tipster texts, officer relays with
their delivery ticks, internal notes) and the photos (what the page shows:
case_view.py; the photo files: case_photos.py); reply through the masked
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

Who acts: ``case_actor.staff_actor`` (a staff member linked to an officer phone acts as that
officer; otherwise as ``staff:<staff ID>`` under their account name).

Audit: viewing the page is ``show`` (as SHOW by text); the photos' audit is case_photos.py's.
The page polls ``live`` every few seconds for new thread entries and delivery ticks
(htmx; 204 when nothing changed); a poll is not audited (the view was) and does not
renew the session (``sessions.passive``), so an open page still times out.

Without JavaScript every action is a form that posts and redirects back (flash
messages say what happened), and the page shows the thread as it was when loaded.
"""
from __future__ import annotations

import time

from flask import Blueprint, flash, redirect, render_template, request, session, url_for

from bot import media
from bot.console import accounts, i18n, sessions
from bot.console.access import current_staff, require_role
from bot.console.audit import console_audit
from bot.console.case_actor import assignees, staff_actor
from bot.console.case_view import canonical_id, live_region, load_tip, page_context
from bot.console.i18n import t, text_in
from bot.officers import relay, tip_commands
from bot.services import current
from bot.tipline import workflow

bp = Blueprint("case", __name__, url_prefix="/tips")


# -- pages ------------------------------------------------------------------------------------
@bp.get("/<tip_id>")
@require_role("officer")
def page(tip_id: str):
    canonical = canonical_id(tip_id)
    if canonical and canonical != tip_id:      # t-7k2q, T7K2Q: the one address of the tip
        return redirect(url_for(".page", tip_id=canonical))
    svc = current()
    tip = load_tip(tip_id)
    console_audit("show", tip_id=tip_id)
    return render_template("console/case/page.html", **page_context(svc, tip))


@bp.get("/<tip_id>/live")
@require_role("officer")
def live(tip_id: str):
    """The thread and state, for the page's polling (htmx: the region's inner HTML, or 204
    when nothing changed since ``v``); without htmx, a page of its own (audited as a view)."""
    svc = current()
    tip = load_tip(tip_id)
    photos = media.photos_of(svc, tip_id)
    if request.headers.get("HX-Request") == "true":
        sessions.passive(session)
        region = live_region(svc, tip, photos)
        if request.args.get("v") == region["version"]:
            return "", 204
        try:
            before = int(request.args.get("n", ""))
        except ValueError:
            before = region["count"]
        return render_template("console/case/_live.html", tip=tip, live=region, photos=photos,
                               news=max(region["count"] - before, 0), oob=True)
    console_audit("show", tip_id=tip_id, detail="thread page")
    return render_template("console/case/live_page.html", tip=tip, live=live_region(svc, tip, photos), photos=photos)


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
    tip = load_tip(tip_id)
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
    load_tip(tip_id)
    result = workflow.claim(current().redis, tip_id, _actor(), time.time())
    return _back(tip_id, result.ok, result.text(i18n.lang()))


@bp.post("/<tip_id>/notes")
@require_role("officer")
def note(tip_id: str):
    load_tip(tip_id)
    result = workflow.add_note(current().redis, tip_id, _actor(), request.form.get("note", ""), time.time())
    return _back(tip_id, result.ok, result.text(i18n.lang()))


@bp.post("/<tip_id>/close")
@require_role("officer")
def close(tip_id: str):
    """Close with an outcome (required here); ``duplicate_of`` for a duplicate. Closing a tip
    another active officer holds is for supervisors (the workflow refuses it otherwise)."""
    load_tip(tip_id)
    outcome = request.form.get("outcome", "")
    raw_dup = request.form.get("duplicate_of", "").strip()
    duplicate_of = (canonical_id(raw_dup) or raw_dup.upper()[:12]) if raw_dup else None
    result = workflow.close(current().redis, tip_id, _actor(), time.time(), outcome, duplicate_of)
    if not result.ok and result.code == "bad_outcome":
        return _back(tip_id, False, t("close_pick_outcome"))
    return _back(tip_id, result.ok, result.text(i18n.lang()))


@bp.post("/<tip_id>/assign")
@require_role("supervisor")
def assign(tip_id: str):
    """Give the tip to an active officer or console account; an officer with a phone is texted."""
    svc = current()
    load_tip(tip_id)
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
    load_tip(tip_id)
    result = workflow.reopen(current().redis, tip_id, _actor(), time.time())
    return _back(tip_id, result.ok, result.text(i18n.lang()))
