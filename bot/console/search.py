"""The inbox's filters and rows: what the request asks for (``Filters``), the index query it
becomes (``Filters.query``, bot.tipline.index), and tip rows as the inbox, the live update,
related tips and exports show them (``rows``).

Filters (GET parameters, all optional): ``q`` words (every word must be in the tip's texts),
``plate`` (exact after plate normalisation: "ab12 cde" finds AB12CDE; with ``partial=1`` also
plates and partial plates consistent with it), ``state`` (new | claimed | closed), ``urgent=1``,
``mine=1`` (claimed by me), ``unassigned=1`` (claimed by nobody), ``from``/``to`` (dates,
YYYY-MM-DD, UTC, both included), ``before`` (the page cursor).

Times are shown in UTC, as on the audit page.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from urllib.parse import urlencode

from bot.console.accounts import Staff
from bot.console.i18n import t, text_in
from bot.messaging import catalog
from bot.store import keys
from bot.tipline import case_state, index_search, index_terms, summary
from bot.tipline.tips import normalise_tip_id
from nlp.plate_shapes import normalise as normalise_plate

DATE_FORMAT = "%Y-%m-%d"
_TIP_ID = re.compile(r"^\s*#?T\s*-?\s*[23456789A-HJ-NP-TW-Z]{4,6}\s*$", re.I)
ROW_FIELDS = ("id", "status", "claimed_by", "claimed_name", "urgent", "urgent_reason", "partial", "withdrawn",
              "created_at", "filed_at", "fields", "facts", "outcome", "duplicate_of", "assigned_by", "closed_at",
              "first_reply_at", "linked_tip", "media", "lang")


def claimer_ids(staff: Staff) -> frozenset[str]:
    """What ``claimed_by`` holds when this person claimed a tip: the officer pseudonym of a
    linked account (the SMS CLAIM writes it, and a console claim by a linked account should
    too), else the account (``staff:<id>`` or the bare ID)."""
    ids = {staff.id, f"staff:{staff.id}"}
    if staff.officer:
        ids.add(staff.officer)
    return frozenset(ids)


def parse_date(text: str | None) -> datetime | None:
    try:
        return datetime.strptime((text or "").strip(), DATE_FORMAT).replace(tzinfo=timezone.utc)
    except ValueError:
        return None


@dataclass(frozen=True)
class Filters:
    q: str = ""
    plate: str = ""
    partial: bool = False
    state: str = ""
    urgent: bool = False
    mine: bool = False
    unassigned: bool = False
    date_from: str = ""
    date_to: str = ""
    before: str = ""
    errors: tuple[str, ...] = ()

    @classmethod
    def from_args(cls, args) -> "Filters":
        errors = []
        state = (args.get("state") or "").strip().lower()
        if state and state not in index_search.STATES:
            errors.append(t("search_bad_state", state=repr(state[:20])))
            state = ""
        dates = {}
        for name in ("from", "to"):
            raw = (args.get(name) or "").strip()[:10]
            if raw and parse_date(raw) is None:
                errors.append(t("search_bad_from" if name == "from" else "search_bad_to"))
                raw = ""
            dates[name] = raw
        return cls(q=(args.get("q") or "").strip()[:200], plate=(args.get("plate") or "").strip()[:20],
                   partial=_flag(args, "partial"), state=state, urgent=_flag(args, "urgent"),
                   mine=_flag(args, "mine"), unassigned=_flag(args, "unassigned"), date_from=dates["from"],
                   date_to=dates["to"], before=(args.get("before") or "").strip()[:60], errors=tuple(errors))

    @property
    def normalised_plate(self) -> str:
        return normalise_plate(self.plate)[:index_terms.MAX_PLATE]

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(index_terms.words(self.q))

    @property
    def ignored_words(self) -> list[str]:
        """Words of ``q`` the search leaves out (stop words, one or two letters)."""
        return [w for w in re.findall(r"[A-Za-z0-9'-]+", self.q) if not index_terms.words(w)]

    @property
    def tip_id(self) -> str | None:
        """``q`` is a tip ID ("T-7K2Q", "t7k2q"): the inbox offers to open it."""
        return normalise_tip_id(self.q) if _TIP_ID.match(self.q) else None

    @property
    def since(self) -> float | None:
        d = parse_date(self.date_from)
        return d.timestamp() if d else None

    @property
    def until(self) -> float | None:
        d = parse_date(self.date_to)
        return (d + timedelta(days=1)).timestamp() if d else None

    @property
    def active(self) -> bool:
        """Any filter set (the page then says how far it looked)."""
        return bool(self.q or self.plate or self.state or self.urgent or self.mine or self.unassigned
                    or self.date_from or self.date_to)

    def query(self, staff: Staff) -> index_search.Query:
        return index_search.Query(words=self.words, plate=self.normalised_plate, partial=self.partial and bool(self.plate),
                           urgent=self.urgent, states=frozenset({self.state} if self.state else ()),
                           claimed_by=claimer_ids(staff) if self.mine else frozenset(),
                           unassigned=self.unassigned, since=self.since, until=self.until)

    def params(self, **overrides) -> dict:
        """The filters as GET parameters (without empty ones), with ``overrides``."""
        values = {"q": self.q, "plate": self.plate, "partial": "1" if self.partial else "", "state": self.state,
                  "urgent": "1" if self.urgent else "", "mine": "1" if self.mine else "",
                  "unassigned": "1" if self.unassigned else "", "from": self.date_from, "to": self.date_to,
                  "before": self.before}
        values.update(overrides)
        return {k: v for k, v in values.items() if v}

    def query_string(self, **overrides) -> str:
        return urlencode(self.params(**overrides))


def _flag(args, name: str) -> bool:
    return (args.get(name) or "").strip().lower() in ("1", "on", "yes", "true")


# -- rows ----------------------------------------------------------------------------------------
def load_rows(redis, ids: list[str]) -> list[dict]:
    """The tips' records (decoded, JSON parsed), in the order given; missing ones left out."""
    pipe = redis.pipeline(transaction=False)
    for tip_id in ids:
        pipe.hmget(keys.tip(tip_id), ROW_FIELDS)
    out = []
    for tip_id, values in zip(ids, pipe.execute()):
        raw = {name: v.decode() for name, v in zip(ROW_FIELDS, values) if v is not None}
        if not raw.get("status"):
            continue
        raw["id"] = tip_id
        out.append(index_search.decode_row(raw))
    return out


def when(ts: float | None) -> str:
    return datetime.fromtimestamp(ts, tz=timezone.utc).strftime("%Y-%m-%d %H:%M UTC") if ts else ""


def iso(ts: float | None) -> str:
    return datetime.fromtimestamp(ts, tz=timezone.utc).isoformat(timespec="seconds") if ts else ""


def timestamp(value) -> float | None:
    """A record's time field as a float (None when absent or not a number)."""
    try:
        return float(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def first_reply_at(tip: dict, thread: Iterable[dict]) -> float | None:
    """When an officer first wrote to the tipster: ``first_reply_at``, else the first officer
    entry on the thread (tips from before that field)."""
    at = timestamp(tip.get("first_reply_at"))
    if at:
        return at
    for entry in thread:
        if str(entry.get("from") or "").startswith("officer") and timestamp(entry.get("at")):
            return timestamp(entry["at"])
    return None


def state_label(tip: dict, lang: str | None = None) -> str:
    """"New", "Claimed by PC Jones", "Closed: Arrest" (how the inbox and exports say it), in
    ``lang`` (default English: the exports)."""
    state = case_state.state_of(tip)
    if state == "closed":
        outcome = case_state.outcome_label(tip, lang)
        return text_in(lang, "state_closed_with", outcome=outcome) if outcome else text_in(lang, "state_closed")
    if state == "claimed":
        return text_in(lang, "state_claimed_by", name=tip.get("claimed_name") or text_in(lang, "an_officer"))
    return text_in(lang, "state_new")


def row(tip: dict, now: float, lang: str | None = None) -> dict:
    """What a row of the inbox shows of a tip (its words in ``lang``, default English)."""
    filed = summary.filed_at(tip)
    flags = []
    if tip.get("partial"):
        flags.append(text_in(lang, "flag_partial"))
    if tip.get("withdrawn") == "1":
        flags.append(text_in(lang, "flag_withdrawn"))
    if tip.get("lang") and tip["lang"] != (lang or catalog.BASE):   # say when the tipster writes another language
        flags.append(catalog.name_of(tip["lang"]))
    return {
        "id": tip["id"],
        "urgent": bool(tip.get("urgent")),
        "urgent_reason": tip.get("urgent_reason") or "",
        "age": summary.age(now - filed, lang),
        "filed": when(filed),
        "filed_iso": iso(filed),
        "state": case_state.state_of(tip),
        "state_label": state_label(tip, lang),
        "place": summary.clip(summary.place(tip), 60),
        "plate": summary.plate(tip),
        "headline": summary.headline(tip, 140),
        "flags": flags,
    }


def rows(redis, ids: list[str], now: float, lang: str | None = None) -> list[dict]:
    return [row(tip, now, lang) for tip in load_rows(redis, ids)]


def facts_json(tip: dict) -> str:
    return json.dumps(tip.get("facts") or {}, ensure_ascii=False, sort_keys=True)
