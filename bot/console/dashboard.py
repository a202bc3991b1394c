"""The supervisors' dashboard (/console/dashboard, supervisor+; issue 11).

- tips received per day over the last 7, 30 or 90 days (UTC days): a bar chart drawn on the
  server as SVG (no script), with the same numbers in a table;
- open and urgent-and-open tips now, over every tip (a scan of the records in Redis, kept for
  CACHE_SECONDS: ~0.6 s with 100,000 tips);
- for the tips received in the period: how many are open, closed, urgent; the median time to
  the first officer reply (``first_reply_at`` minus ``filed_at``, or the first officer entry on
  the thread for tips from before that field); outcomes (case_state.OUTCOMES) of those closed.

Figures are cached for CACHE_SECONDS (per period), so many supervisors watching the page cost
one computation a minute; the page says when they were computed.
"""
from __future__ import annotations

import json
import statistics
import time
from datetime import datetime, timedelta, timezone

from flask import Blueprint, render_template, request

from bot.console import i18n, search
from bot.console.access import require_role
from bot.messaging import catalog
from bot.services import current
from bot.store import keys
from bot.tipline import case_state, index_search

bp = Blueprint("dashboard", __name__, url_prefix="/dashboard")
PERIODS = (7, 30, 90)
DEFAULT_DAYS = 30
CACHE_SECONDS = 60
DAY = 86400
CHUNK = 1000
ROW = ("status", "claimed_by", "urgent", "outcome", "filed_at", "created_at", "first_reply_at")


def _cached(redis, name: str, compute):
    key = keys.console_cache(name)
    raw = redis.get(key)
    if raw:
        return json.loads(raw)
    value = compute()
    redis.set(key, json.dumps(value), ex=CACHE_SECONDS)
    return value


def day_starts(now: float, days: int) -> list[float]:
    """The UTC midnights of the last ``days`` days, oldest first, today last."""
    today = datetime.fromtimestamp(now, tz=timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)
    return [(today - timedelta(days=days - 1 - n)).timestamp() for n in range(days)]


def period_figures(redis, days: int, now: float) -> dict:
    """Per day counts and the figures of the tips received in the period (see the module doc)."""
    starts = day_starts(now, days)
    pipe = redis.pipeline(transaction=False)
    for start in starts:
        pipe.zcount(keys.TIPS_RECEIVED, start, f"({start + DAY!r}")
    per_day = [int(n) for n in pipe.execute()]
    ids = [m.decode() for m in redis.zrangebyscore(keys.TIPS_RECEIVED, starts[0], "+inf")]
    counts = {"received": 0, "new": 0, "claimed": 0, "closed": 0, "urgent": 0}
    outcomes = {code: 0 for code in case_state.OUTCOMES}
    outcomes[""] = 0
    waits: list[float] = []
    no_reply = 0
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        pipe = redis.pipeline(transaction=False)
        for tip_id in chunk:
            pipe.hmget(keys.tip(tip_id), ROW)
        rows = [dict(zip(ROW, (v.decode() if v is not None else None for v in values))) for values in pipe.execute()]
        missing = [(tip_id, row) for tip_id, row in zip(chunk, rows) if row["status"] and not row["first_reply_at"]]
        threads = _first_officer_entries(redis, [tip_id for tip_id, _ in missing])
        for tip_id, row in zip(chunk, rows):
            if not row["status"]:
                continue                      # deleted meanwhile
            counts["received"] += 1
            state = case_state.state_of(row)
            counts[state] += 1
            counts["urgent"] += row["urgent"] == "1"
            if state == "closed":
                code = row["outcome"] if row["outcome"] in case_state.OUTCOMES else ""
                outcomes[code] += 1
            filed = search.timestamp(row["filed_at"]) or search.timestamp(row["created_at"])
            replied = search.timestamp(row["first_reply_at"]) or threads.get(tip_id)
            if replied and filed:
                waits.append(max(replied - filed, 0.0))
            else:
                no_reply += 1
    return {
        "days": days, "starts": starts, "per_day": per_day, "counts": counts,
        "outcomes": [[case_state.OUTCOMES[c], outcomes[c]] for c in case_state.OUTCOMES] + [[i18n.text_in(None, "not_recorded"), outcomes[""]]],
        "median_reply_s": statistics.median(waits) if waits else None, "replied": len(waits), "no_reply": no_reply,
        "computed_at": now,
    }


def _first_officer_entries(redis, ids: list[str]) -> dict[str, float]:
    """When an officer first wrote on each tip's thread (tips from before ``first_reply_at``)."""
    if not ids:
        return {}
    pipe = redis.pipeline(transaction=False)
    for tip_id in ids:
        pipe.lrange(keys.tip_thread(tip_id), 0, 99)
    out = {}
    for tip_id, entries in zip(ids, pipe.execute()):
        at = search.first_reply_at({}, (json.loads(raw) for raw in entries))
        if at:
            out[tip_id] = at
    return out


def now_figures(redis, now: float) -> dict:
    counts = index_search.tally(redis)
    return {**counts, "open": counts["new"] + counts["claimed"], "computed_at": now}


def duration(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    minutes = int(round(seconds / 60))
    if minutes < 60:
        return i18n.t("dur_minutes", minutes=minutes)
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return i18n.t("dur_hours", hours=hours, minutes=f"{minutes:02d}")
    return i18n.t("dur_days", days=hours // 24, hours=hours % 24)


def day_label(day: datetime, fmt: str) -> str:
    """``day`` as "%a %d %b", "%d %b" or "%a %d %b %Y" in the page's language (English: strftime's)."""
    if i18n.lang() == catalog.BASE:
        return day.strftime(fmt)
    names = {"%a": i18n.t("weekdays").split()[day.weekday()], "%b": i18n.t("months").split()[day.month - 1],
             "%d": f"{day.day:02d}", "%Y": str(day.year)}
    return " ".join(names.get(part, part) for part in fmt.split())


def chart(per_day: list[int], starts: list[float], width: int = 720, height: int = 240) -> dict:
    """Bars and axis labels for the SVG (the template draws them)."""
    left, bottom, top, right = 40, 28, 12, 8
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max(per_day or [0])
    scale_max = max(_nice(peak), 1)
    slot = plot_w / max(len(per_day), 1)
    bars = []
    step = 1 if len(per_day) <= 10 else 7 if len(per_day) <= 60 else 14
    for n, (count, start) in enumerate(zip(per_day, starts)):
        h = plot_h * count / scale_max
        day = datetime.fromtimestamp(start, tz=timezone.utc)
        bars.append({"x": round(left + n * slot + slot * 0.15, 1), "w": round(max(slot * 0.7, 1), 1),
                     "y": round(top + plot_h - h, 1), "h": round(h, 1), "count": count,
                     "label": day_label(day, "%a %d %b"),
                     "tick": day_label(day, "%d %b") if (len(per_day) - 1 - n) % step == 0 else "",
                     "tick_x": round(left + n * slot + slot / 2, 1)})
    ticks = [{"value": v, "y": round(top + plot_h - plot_h * v / scale_max, 1)}
             for v in sorted({0, scale_max // 2, scale_max})]
    return {"width": width, "height": height, "left": left, "bottom": top + plot_h, "right": width - right,
            "bars": bars, "ticks": ticks, "peak": peak, "total": sum(per_day), "axis_y": top + plot_h + 16}


def _nice(n: int) -> int:
    """A round number at or above ``n`` for the top of the scale."""
    if n <= 5:
        return max(n, 1)
    magnitude = 10 ** (len(str(n)) - 1)
    for m in (1, 2, 2.5, 5, 10):
        if n <= m * magnitude:
            return int(m * magnitude)
    return n


@bp.get("", endpoint="index")
@require_role("supervisor")
def index_page():
    svc, now = current(), time.time()
    try:
        days = int(request.args.get("days") or DEFAULT_DAYS)
    except ValueError:
        days = DEFAULT_DAYS
    days = days if days in PERIODS else DEFAULT_DAYS
    period = _cached(svc.redis, f"dashboard:period:{days}", lambda: period_figures(svc.redis, days, now))
    totals = _cached(svc.redis, "dashboard:now", lambda: now_figures(svc.redis, now))
    table = [{"day": day_label(datetime.fromtimestamp(s, tz=timezone.utc), "%a %d %b %Y"), "count": c}
             for s, c in zip(period["starts"], period["per_day"])]
    busiest = max(table, key=lambda r: r["count"]) if table else None
    lang = i18n.lang()    # the cached figures keep English labels: said again in the page's language
    outcomes = period["outcomes"] if lang == catalog.BASE else [
        [case_state.outcome_label({"outcome": code}, lang) if code else i18n.t("not_recorded"), n]
        for code, (_, n) in zip([*case_state.OUTCOMES, ""], period["outcomes"])]
    return render_template("console/dashboard/index.html", period=period, totals=totals, days=days, periods=PERIODS,
                           outcomes=outcomes,
                           chart=chart(period["per_day"], period["starts"]), table=table, busiest=busiest,
                           median=duration(period["median_reply_s"]),
                           computed=search.when(min(period["computed_at"], totals["computed_at"])))
