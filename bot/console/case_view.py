"""What the tip page shows: one tip read into the page's context (its state, the tipster's answers, the
facts, linked tips, the thread with its delivery ticks and notes, the photos, the reply form's languages),
and the polled region's fingerprint (the poll answers 204 while it is the same).

A tip is addressed by its one canonical ID: ``load_tip`` answers 404 to any other spelling (the page
redirects t-7k2q to T-7K2Q first).
"""
from __future__ import annotations

import hashlib
import json
import time
from datetime import datetime, timezone

from flask import abort

from bot import media
from bot.console import accounts, i18n
from bot.console.access import current_staff
from bot.console.case_actor import assignees, staff_actor
from bot.console.i18n import t
from bot.console.tips import poll_seconds, related_context
from bot.messaging import catalog
from bot.officers import quick_replies, relay, relay_delivery
from bot.services import current
from bot.tipline import case_state, summary, tips, workflow

THREAD_MAX = 500          # thread entries shown (the latest)
FACTS = summary.FACTS   # the facts an officer sees, with their labels


def load_tip(tip_id: str) -> dict:
    """The tip by its canonical ID; 404 for any other spelling or an unknown tip."""
    tip = tips.load_tip(current().redis, tip_id) if tip_id == canonical_id(tip_id) else None
    if tip is None:
        abort(404)
    return tip


def canonical_id(tip_id: str) -> str | None:
    """The one tip ID a spelling reads as for certain (t-7k2q, T7K2Q -> T-7K2Q), else None."""
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
                    "state": case_state.describe_state(other, lang) if other else t("linked_deleted"),
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


def live_region(svc, tip: dict, photos: list) -> dict:
    """What the polled region shows, and its fingerprint (the poll answers 204 while it is the same)."""
    thread = _thread(svc, tip, photos)
    state = case_state.describe_state(tip, i18n.lang())
    basis = [state, tip.get("withdrawn") == "1",
             [(i["kind"], i["at"], i["text"], i["tick"]["label"] if i["tick"] else "") for i in thread]]
    version = hashlib.sha256(json.dumps(basis, sort_keys=True).encode()).hexdigest()[:16]
    return {"thread": thread, "state_line": state, "version": version, "count": len(thread)}


def page_context(svc, tip: dict) -> dict:
    photos = media.photos_of(svc, tip["id"])
    if any(p.state == "waiting" for p in photos):
        media.queue_tip_media(svc, tip["id"])     # not fetched yet (its news was lost): fetch it now
    staff = current_staff()
    actor = staff_actor(svc.redis, staff)
    state = case_state.state_of(tip)
    holder = tip.get("claimed_by")
    holder_active = bool(holder) and workflow.holder_active(svc.redis, holder)
    mine = bool(holder) and holder == actor.key
    return {
        "tip": tip, "state": state, "photos": photos, "live": live_region(svc, tip, photos),
        "answers": _answers(svc, tip), "facts": _facts(tip), "linked": _linked(svc.redis, tip),
        "filed": when(summary.filed_at(tip)), "updated": when(tip.get("updated_at")),
        "outcomes": {code: case_state.outcome_label({"outcome": code}, i18n.lang()) for code in case_state.OUTCOMES},
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
