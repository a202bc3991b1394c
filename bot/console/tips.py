"""The tip inbox (/console/tips), its live update, and a tip's related tips (issue 11).

    GET /console/tips                       console.tips.inbox     officer+  newest first, filters, pages
    GET /console/tips/live?after=<id>&...   console.tips.live      officer+  new arrivals (htmx polls it)
    GET /console/tips/<TIP_ID>/related      console.tips.related   officer+  related tips, with why

The tip page itself (/console/tips/<TIP_ID>) is another module's; rows link to it by URL.

Filters and rows: bot/console/search.py. Indexes and queries: bot/tipline/index.py.

Live update: the inbox holds an element that htmx polls every CONSOLE_POLL_SECONDS (``#inbox-live``);
the answer replaces it (with the next cursor), adds the new rows at the top of the table
(first page only: an older page only says how many arrived) and says so in a polite live
region. Nothing else on the page is touched, so the officer keeps their place, focus and
filters; browsers' scroll anchoring keeps the rows they are reading still. The cursor is
a position in the arrivals stream (commit order), not a time. A poll does not renew the
session (``sessions.passive``), so an inbox left open still signs its viewer out.

``live`` and ``related`` answer an htmx request (``HX-Request``) with a fragment and any other
request with a whole page, so they also work without JavaScript.
"""
from __future__ import annotations

import re
import time
from functools import lru_cache

import click
from flask import Blueprint, abort, current_app, render_template, request, session, url_for
from flask.cli import with_appcontext

from bot.console import i18n, search, sessions
from bot.console.access import current_staff, require_role
from bot.messaging import catalog
from bot.services import current
from bot.store import keys
from bot.tipline import index, index_search, index_terms, related_tips
from bot.tipline.tips import normalise_tip_id

bp = Blueprint("tips", __name__, url_prefix="/tips")
PAGE_SIZE = 50
POLL_SECONDS = 5          # default of CONSOLE_POLL_SECONDS
RELATED_SHOWN = 20


@bp.record_once
def _wire(state) -> None:
    """Positions of postcodes/ZIPs for the index (bot.alerts.geo sits above bot.tipline, so it
    is handed in), and ``flask --app wsgi tips reindex`` in the governance ``tips`` group."""
    index_terms.use_geocoder(_geocode)
    group = state.app.cli.commands.get("tips")
    if group is not None and hasattr(group, "add_command"):
        group.add_command(reindex_command)


@lru_cache(maxsize=8192)
def _geocode(code: str) -> tuple[float, float] | None:
    from bot.alerts import geo

    try:
        place = geo.locate(code)
    except geo.BadPlace:          # not found, or a place the data does not cover: no position
        return None
    return place.lat, place.lon


@click.command("reindex")
@with_appcontext
def reindex_command() -> None:
    """Rebuild the search indexes (inbox, search, related tips) from every tip's record and thread.

    Run once after upgrading to a version with the console inbox, so tips written before
    it appear there; safe while the app runs."""
    started = time.monotonic()
    done = index.reindex(current().redis,
                         progress=lambda n: click.echo(f"  {n} tips ...") if n % 10000 == 0 else None)
    click.echo(f"Reindexed {done.tips} tips in {time.monotonic() - started:.1f} s; "
               f"{done.stale_entries} entries of deleted tips removed.")


def poll_seconds() -> str:
    """How often the inbox and the tip page poll (``CONSOLE_POLL_SECONDS``), as htmx wants it in a trigger."""
    return f"{float(current_app.config.get('CONSOLE_POLL_SECONDS') or POLL_SECONDS):g}"


def tip_url(tip_id: str) -> str:
    """The tip page (another module's view), by URL."""
    return f"{url_for('console.tips.inbox')}/{tip_id}"


def _htmx() -> bool:
    return request.headers.get("HX-Request") == "true"


@bp.get("")
@require_role("officer")
def inbox():
    svc, staff, now = current(), current_staff(), time.time()
    filters = search.Filters.from_args(request.args)
    cursor = index_search.arrivals_cursor(svc.redis)       # before the search: nothing arriving between is missed
    page = index_search.search(svc.redis, filters.query(staff), limit=PAGE_SIZE, cursor=filters.before or None)
    rows = search.rows(svc.redis, page.ids, now, i18n.lang())
    total = svc.redis.zcard(keys.TIPS_RECEIVED) if not filters.active else None
    first_page = not filters.before
    return render_template(
        "console/tips/inbox.html", f=filters, rows=rows, page=page, total=total, first_page=first_page,
        stopped_at=search.when(page.stopped_at) if page.stopped_at else "",
        older_url=url_for("console.tips.inbox") + "?" + filters.query_string(before=page.older) if page.older else "",
        newest_url=url_for("console.tips.inbox") + ("?" + filters.query_string(before="")
                                                    if filters.params(before="") else ""),
        live_url=_live_url(filters, cursor, first_page), poll=poll_seconds(), tip_url=tip_url)


def _live_url(filters: search.Filters, cursor: str, first_page: bool) -> str:
    return url_for("console.tips.live") + "?" + filters.query_string(before="", after=cursor,
                                                                     first="1" if first_page else "")


@bp.get("/live")
@require_role("officer")
def live():
    svc, staff, now = current(), current_staff(), time.time()
    if _htmx():
        sessions.passive(session)   # a poll is not the officer's activity: an open inbox still times out
    filters = search.Filters.from_args(request.args)
    after = (request.args.get("after") or "").strip()[:45] or index_search.arrivals_cursor(svc.redis)
    first_page = request.args.get("first") == "1"
    found = index_search.arrived(svc.redis, filters.query(staff), after, limit=PAGE_SIZE)
    rows = search.rows(svc.redis, found.ids, now, i18n.lang())
    context = {"rows": rows, "overflow": found.overflow, "first_page": first_page, "tip_url": tip_url,
               "live_url": _live_url(filters, found.cursor, first_page), "poll": poll_seconds(),
               "inbox_url": url_for("console.tips.inbox") + ("?" + filters.query_string(before="")
                                                             if filters.params(before="") else ""),
               "message": _arrival_message(len(rows), found.overflow, first_page)}
    if _htmx():
        return render_template("console/tips/_live.html", **context)
    return render_template("console/tips/live.html", **context)


def _arrival_message(n: int, overflow: bool, first_page: bool) -> str:
    if not n:
        return ""
    what = i18n.t("new_tip_one" if n == 1 and not overflow else "new_tips", n=f"{n}{'+' if overflow else ''}")
    if not first_page:
        return i18n.t("arrived_since_opened", what=what)
    return i18n.t("added_at_top", what=what)


# How bot/tipline/related_tips words a relation (English), and the console text for each.
_REASONS = (
    (re.compile(r"same plate (?P<value>\S+)"), "why_plate"),
    (re.compile(r"same partial plate (?P<value>\S+)"), "why_partial"),
    (re.compile(r"same place: (?P<value>.+)"), "why_place"),
    (re.compile(r"same ZIP code (?P<value>.+)"), "why_zip"),
    (re.compile(r"same postcode (?P<value>.+)"), "why_postcode"),
    (re.compile(r"same phone number in the text \(ending (?P<value>\d+)\)"), "why_phone"),
    (re.compile(r"about (?P<value>[\d,.]+) m away(?P<where>.*)"), "why_near"),
)


def reason_text(reason: str, lang: str) -> str:
    """Why a tip is related, in ``lang`` (English: as index_search says it)."""
    if lang == catalog.BASE:
        return reason
    for pattern, name in _REASONS:
        found = pattern.fullmatch(reason)
        if found:
            return i18n.text_in(lang, name, **found.groupdict())
    return reason


def related_context(redis, tip_id: str, now: float | None = None) -> dict:
    """What the related-tips fragment shows (for the tip page to include server-side:
    ``{% include "console/tips/_related.html" %}`` with this context)."""
    relations, total = related_tips.related(redis, tip_id, limit=RELATED_SHOWN)
    lang = i18n.lang()
    rows = {r["id"]: r for r in search.rows(redis, [rel.tip_id for rel in relations], now or time.time(), lang)}
    items = [{"row": rows[rel.tip_id], "reasons": [reason_text(why, lang) for why in rel.reasons]}
             for rel in relations if rel.tip_id in rows]
    return {"tip_id": tip_id, "items": items, "total": total, "shown": len(items), "tip_url": tip_url}


@bp.get("/<tip_id>/related")
@require_role("officer")
def related(tip_id: str):
    svc = current()
    found = normalise_tip_id(tip_id)
    if found is None or not svc.redis.exists(keys.tip(found)):
        abort(404)
    context = related_context(svc.redis, found)
    if _htmx():
        return render_template("console/tips/_related.html", **context)
    return render_template("console/tips/related.html", **context)
