"""Exports for the case file and disclosure (issue 11): supervisors and admins only, each audited
(``export``, with what was exported).

    GET  /console/exports                         console.exports.index    the forms
    GET  /console/exports/report?tip=T-7K2Q       console.exports.find     -> the report of that tip
    GET  /console/exports/tips/<TIP_ID>/report    console.exports.report   printable tip report (HTML)
    POST /console/exports/tips.csv                console.exports.csv      tips received in a date range
    POST /console/exports/tips.json               console.exports.json     the same, with threads and notes

The report has every fact, the whole thread with times, internal notes, the photos' SHA-256
hashes and the outcome; print it (or save it as PDF) from the browser: the print stylesheet
drops the navigation. CSV and JSON are POSTs (with the CSRF token) because an export is an
act that is recorded, not a page to link to; they stream, so a year of tips is fine.

No export holds a phone number of the tipster (the records never had one: texts are redacted
before storage) nor their pseudonym (it means nothing to a reader and links tips of one
person). Phone numbers a tipster typed about someone else are facts and are exported. CSV
cells that a spreadsheet would run as a formula (=, +, -, @ ...) are prefixed with ' .
"""
from __future__ import annotations

import csv
import io
import json
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)

from bot import media
from bot.console import i18n, search
from bot.console.access import current_staff, require_role
from bot.console.audit import console_audit
from bot.console.i18n import t
from bot.messaging import catalog
from bot.services import current
from bot.store import keys
from bot.tipline import case_state, summary
from bot.tipline.tips import normalise_tip_id

bp = Blueprint("exports", __name__, url_prefix="/exports")
DEFAULT_DAYS = 30
CHUNK = 500
FACTS = summary.FACTS   # the facts an officer sees, with their labels
CSV_COLUMNS = ("tip_id", "received_utc", "state", "outcome", "duplicate_of", "urgent", "urgent_reason", "partial",
               "withdrawn", "claimed_by", "closed_at_utc", "first_reply_at_utc",
               *(f"answer_{name}" for name in summary.FIELD_ORDER),
               *(f"facts_{name}" for name, _ in FACTS), "linked_tips", "photos")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _tip_or_404(raw: str) -> str:
    tip_id = normalise_tip_id(raw or "")
    if tip_id is None or not current().redis.exists(keys.tip(tip_id)):
        abort(404)
    return tip_id


@bp.get("")
@require_role("supervisor")
def index():
    today = datetime.now(timezone.utc).date()
    return render_template("console/exports/index.html", date_from=(today - timedelta(days=DEFAULT_DAYS - 1)).isoformat(),
                           date_to=today.isoformat(), tip=request.args.get("tip", "")[:12])


@bp.get("/report")
@require_role("supervisor")
def find():
    raw = (request.args.get("tip") or "").strip()
    tip_id = normalise_tip_id(raw) or normalise_tip_id("T" + raw)
    if tip_id and current().redis.exists(keys.tip(tip_id)):
        return redirect(url_for("console.exports.report", tip_id=tip_id))
    flash(t("export_no_tip", tip_id=repr(raw[:12])) if raw else t("export_give_id"), "error")
    return redirect(url_for("console.exports.index"))


# -- the printable report ---------------------------------------------------------------------------
def report_context(svc, tip_id: str, now: float, lang: str | None = None) -> dict:
    """Everything the report shows of a tip (for the report page; the tip page may reuse it), its
    words in ``lang`` (default English)."""
    english = (lang or catalog.BASE) == catalog.BASE
    redis = svc.redis
    tip = search.load_rows(redis, [tip_id])[0]
    thread = [json.loads(raw) for raw in redis.lrange(keys.tip_thread(tip_id), 0, -1)]
    notes = [_note(raw) for raw in redis.lrange(keys.tip_notes(tip_id), 0, -1)]
    fields = tip.get("fields") or {}
    answers = [(name.capitalize() if english else catalog.text(lang, f"field_{name}"), fields[name])
               for name in summary.FIELD_ORDER if fields.get(name)]
    answers += [(name.capitalize(), value) for name, value in fields.items()
                if name not in summary.FIELD_ORDER and value]
    facts = tip.get("facts") or {}
    return {
        "tip": tip,
        "row": search.row(tip, now, lang),
        "answers": answers,
        "facts": [(label if english else catalog.text(lang, f"fact_{name}"), [str(v) for v in facts.get(name) or []])
                  for name, label in FACTS if facts.get(name)],
        "thread": [{"when": search.when(float(e.get("at") or 0)), "from": _who(e.get("from") or "?", lang),
                    "text": e.get("text") or "", "media": len(e.get("media") or [])} for e in thread],
        "notes": notes,
        "photos": media.photos_of(svc, tip_id),
        "outcome": case_state.outcome_label({"outcome": tip.get("outcome")}, lang) if tip.get("outcome") else "",
        "closed_at": search.when(search.timestamp(tip.get("closed_at"))),
        "first_reply": search.when(search.first_reply_at(tip, thread)),
        "linked": [t for t in (tip.get("linked_tip") or "").split(",") if t],
        "generated": search.when(now),
    }


def _who(sender: str, lang: str | None) -> str:
    """A thread entry's sender as stored ("tipster", "officer PC Jones"), in ``lang``'s words."""
    if (lang or catalog.BASE) == catalog.BASE:
        return sender
    if sender == "tipster":
        return i18n.text_in(lang, "who_tipster")
    if sender.startswith("officer "):
        return i18n.text_in(lang, "who_officer", name=sender[len("officer "):])
    return sender


def _note(raw: bytes) -> dict:
    """A staff note as the case page stores it (JSON: at, text, and who: name / by_name / by)."""
    try:
        note = json.loads(raw)
    except (TypeError, ValueError):
        note = {"text": raw.decode(errors="replace")}
    if not isinstance(note, dict):
        note = {"text": str(note)}
    who = note.get("name") or note.get("by_name") or note.get("staff_name") or note.get("by") or ""
    return {"when": search.when(search.timestamp(note.get("at"))), "who": str(who), "text": str(note.get("text") or "")}


@bp.get("/tips/<tip_id>/report")
@require_role("supervisor")
def report(tip_id: str):
    tip_id = _tip_or_404(tip_id)
    svc = current()
    context = report_context(svc, tip_id, time.time(), i18n.lang())
    console_audit("export", tip_id=tip_id, detail="tip report (printable)")
    return render_template("console/exports/report.html", staff_member=current_staff(), **context)


# -- CSV and JSON of a date range -------------------------------------------------------------------
def _range() -> tuple[float, float, str]:
    """(since, until, "2025-03-01 to 2025-03-31") from the form; 400 for a bad range."""
    today = datetime.now(timezone.utc).date()
    start = search.parse_date(request.form.get("from")) if request.form.get("from") else \
        datetime.combine(today - timedelta(days=DEFAULT_DAYS - 1), datetime.min.time(), timezone.utc)
    end = search.parse_date(request.form.get("to")) if request.form.get("to") else \
        datetime.combine(today, datetime.min.time(), timezone.utc)
    if start is None or end is None or end < start:
        abort(400)
    return start.timestamp(), (end + timedelta(days=1)).timestamp(), f"{start.date()} to {end.date()}"


def _ids(redis, since: float, until: float) -> list[str]:
    return [m.decode() for m in redis.zrangebyscore(keys.TIPS_RECEIVED, since, f"({until!r}")]


def export_records(svc, ids: list[str], *, with_thread: bool) -> Iterator[dict]:
    """One plain dict per tip, oldest first, read CHUNK at a time: what CSV and JSON hold."""
    redis = svc.redis
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        tips = search.load_rows(redis, chunk)
        pipe = redis.pipeline(transaction=False)
        for tip in tips:
            pipe.lrange(keys.tip_thread(tip["id"]), 0, -1)
            pipe.lrange(keys.tip_notes(tip["id"]), 0, -1)
        replies = pipe.execute()
        for n, tip in enumerate(tips):
            thread = [json.loads(raw) for raw in replies[2 * n]]
            notes = [_note(raw) for raw in replies[2 * n + 1]]
            has_media = bool(tip.get("media")) or any(e.get("media") for e in thread)
            photos = media.photos_of(svc, tip["id"]) if has_media else []
            yield _record(tip, thread, notes, photos, with_thread)


def _iso(ts) -> str:
    return search.iso(search.timestamp(ts))


def _record(tip: dict, thread: list[dict], notes: list[dict], photos: list, with_thread: bool) -> dict:
    fields, facts = tip.get("fields") or {}, tip.get("facts") or {}
    out = {
        "tip_id": tip["id"],
        "received_utc": _iso(summary.filed_at(tip)),
        "state": case_state.state_of(tip),
        "outcome": case_state.OUTCOMES.get(tip.get("outcome") or "", ""),
        "duplicate_of": tip.get("duplicate_of") or "",
        "urgent": bool(tip.get("urgent")),
        "urgent_reason": tip.get("urgent_reason") or "",
        "partial": bool(tip.get("partial")),
        "withdrawn": tip.get("withdrawn") == "1",
        "claimed_by": tip.get("claimed_name") or "",
        "closed_at_utc": _iso(tip.get("closed_at")),
        "first_reply_at_utc": search.iso(search.first_reply_at(tip, thread)),
        "answers": {name: fields[name] for name in fields if fields.get(name)},
        "facts": {name: [str(v) for v in facts.get(name) or []] for name, _ in FACTS},
        "linked_tips": [t for t in (tip.get("linked_tip") or "").split(",") if t],
        "photos": [{"sha256": p.sha256, "size": p.size, "content_type": p.content_type, "state": p.state,
                    "carries_a_position": p.has_gps} for p in photos],
    }
    if with_thread:
        out["thread"] = [{"at_utc": _iso(e.get("at")), "from": e.get("from") or "", "text": e.get("text") or "",
                          "photos": len(e.get("media") or [])} for e in thread]
        out["notes"] = notes
    return out


def _csv_cell(value) -> str:
    text = "; ".join(str(v) for v in value) if isinstance(value, list) else \
        ("yes" if value is True else "no" if value is False else str(value if value is not None else ""))
    return "'" + text if text.startswith(_FORMULA_START) else text


def _csv_row(rec: dict) -> list[str]:
    values = {k: v for k, v in rec.items() if k not in ("answers", "facts", "photos")}
    for name in summary.FIELD_ORDER:
        values[f"answer_{name}"] = rec["answers"].get(name, "")
    for name, _ in FACTS:
        values[f"facts_{name}"] = rec["facts"].get(name, [])
    values["photos"] = [f"{p['sha256'] or p['state']}" for p in rec["photos"]]
    return [_csv_cell(values.get(column, "")) for column in CSV_COLUMNS]


def _count(n: int) -> str:
    return f"{n} tip{'' if n == 1 else 's'}"


def _filename(kind: str, label: str) -> str:
    return f"tips {label.replace(' to ', '_')}.{kind}".replace(" ", "_")


@bp.post("/tips.csv", endpoint="csv")
@require_role("supervisor")
def csv_export():
    svc = current()
    since, until, label = _range()
    ids = _ids(svc.redis, since, until)
    console_audit("export", detail=f"CSV of tips received {label}: {_count(len(ids))}")

    def generate() -> Iterator[str]:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(CSV_COLUMNS)
        for rec in export_records(svc, ids, with_thread=False):
            writer.writerow(_csv_row(rec))
            if buffer.tell() > 64 * 1024:
                yield buffer.getvalue()
                buffer.seek(0)
                buffer.truncate()
        yield buffer.getvalue()

    return Response(generate(), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="{_filename("csv", label)}"'})


@bp.post("/tips.json", endpoint="json")
@require_role("supervisor")
def json_export():
    svc = current()
    since, until, label = _range()
    ids = _ids(svc.redis, since, until)
    staff = current_staff()
    console_audit("export", detail=f"JSON of tips received {label}: {_count(len(ids))}")
    head = {"force": current_app.config["FORCE_NAME"], "programme": current_app.config["PROGRAMME_NAME"],
            "received_from_utc": search.iso(since), "received_before_utc": search.iso(until),
            "exported_at_utc": search.iso(time.time()), "exported_by": staff.name, "count": len(ids)}

    def generate() -> Iterator[str]:
        yield json.dumps(head, ensure_ascii=False)[:-1] + ', "tips": ['
        for n, rec in enumerate(export_records(svc, ids, with_thread=True)):
            yield ("," if n else "") + "\n" + json.dumps(rec, ensure_ascii=False)
        yield "\n]}\n"

    return Response(generate(), mimetype="application/json",
                    headers={"Content-Disposition": f'attachment; filename="{_filename("json", label)}"'})
