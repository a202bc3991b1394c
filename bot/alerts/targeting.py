"""What an alert composed in the console targets, and what each channel would send.

The composer's fields (schemes, categories, an area: the whole force area, a radius
around a postcode or a clicked point, or a polygon of clicked corners, and the text)
become a ``Composed``; ``count_by_channel`` says how many people would get it, per
channel (counts only), and ``channel_texts`` the exact SMS, email and voice script.

Selection and counting are bot.alerts.store's (``count_by_channel``: count-only, the GEO
index read over the area's geohash ranges and the points tested and counted in numpy;
nothing is written).

Languages: the errors (BadAlert) and the lines the composer shows are catalog texts
(bot/locales/<lang>.json: ``tgt_*``, ``alert_*``, ``geo_*``); each function takes ``lang``, the
staff member's, None meaning the force's DEFAULT_LANGUAGE (``where``/``describe``: English).
"""
from __future__ import annotations

import json
import math
import uuid
from dataclasses import dataclass, field

from bot.alerts import areas, compose, geo, resident_prefs, schemes, selection, tally
from bot.messaging import catalog
from bot.store import keys

CHANNEL_LABELS = {"sms": "SMS", "email": "Email", "voice": "Voice"}
EARTH_M = 6_371_000.0


@dataclass
class Composed:
    schemes: list[str]
    categories: list[str] = field(default_factory=list)
    area: str = "all"                  # all | postcode | point | polygon
    place_code: str = ""
    radius_m: float | None = None
    lat: float | None = None
    lon: float | None = None
    points: list[tuple[float, float]] = field(default_factory=list)
    text: str = ""
    lang_texts: dict[str, str] = field(default_factory=dict)   # {language: text} beside the default's

    def where(self, lang: str | None = None) -> str:
        """Where it goes, in ``lang`` (None: English)."""
        if self.area == "all":
            return catalog.text(lang, "alert_cmd_whole_area")
        if self.area == "polygon":
            return catalog.text(lang, "tgt_where_polygon", n=len(self.points))
        at = self.place_code or f"{self.lat:.5f}, {self.lon:.5f}"
        return catalog.text(lang, "alert_where_near", radius=geo.describe_radius(self.radius_m), area=at)

    def draft(self) -> compose.Draft:
        return compose.Draft(schemes=list(self.schemes), categories=list(self.categories),
                             radius_m=self.radius_m, text=self.text)

    def selection(self) -> dict:
        """The fields selection.select reads (a polygon is searched by its bounding circle)."""
        return {"id": f"new-{uuid.uuid4().hex[:12]}", "schemes": self.schemes, "categories": self.categories,
                "radius_m": self.radius_m if self.area != "all" else None, "lat": self.lat, "lon": self.lon,
                "polygon": [list(p) for p in self.points] if self.area == "polygon" else None}


def _bad(cfg: dict, lang: str | None, name: str, /, **values) -> compose.BadAlert:
    return compose.bad(cfg, lang, name, **values)


def read(*, schemes_, categories, area, postcode, radius, lat, lon, points, text, cfg, need_text=True,
         lang_texts: dict[str, str] | None = None, lang: str | None = None) -> Composed:
    """The composer's fields as a Composed; BadAlert in ``lang`` (None: the force default)."""
    chosen = []
    for word in (w for w in schemes_ if (w or "").strip()):
        s = schemes.find(word or "")
        if s is None:
            raise _bad(cfg, lang, "tgt_unknown_scheme", word=str(word)[:20])
        if s.keyword not in chosen:
            chosen.append(s.keyword)
    if not chosen:
        raise _bad(cfg, lang, "tgt_no_scheme")
    allowed = {c for kw in chosen for c in schemes.get(kw).categories}
    cats = []
    for c in categories:
        cat = schemes.normalise_category(c or "")
        if cat not in allowed:
            raise _bad(cfg, lang, "tgt_bad_category", category=cat[:20], choices=", ".join(sorted(allowed)))
        if cat not in cats:
            cats.append(cat)
    out = Composed(schemes=chosen, categories=cats, area=area if area in ("all", "postcode", "point", "polygon")
                   else "all", text=compose.plain(" ".join((text or "").split())))
    if out.area in ("postcode", "point"):
        out.radius_m = _radius(radius, cfg, lang)
    if out.area == "postcode":
        if not (postcode or "").strip():
            raise _bad(cfg, lang, "tgt_no_postcode")
        try:
            place = geo.locate(postcode)
        except geo.BadPlace as exc:
            raise compose.bad_like(cfg, lang, exc) from None
        out.place_code, out.lat, out.lon = place.code, place.lat, place.lon
    elif out.area == "point":
        out.lat, out.lon = _coordinate(lat, lon, cfg, lang)
    elif out.area == "polygon":
        out.points = _polygon(points, cfg, lang)
        out.lat, out.lon, out.radius_m = areas.bounding_circle(out.points)
        if out.radius_m > cfg["ALERT_MAX_RADIUS_KM"] * 1000:
            raise _bad(cfg, lang, "tgt_too_wide", n=f"{cfg['ALERT_MAX_RADIUS_KM']:g}")
    if need_text and not out.text:
        raise _bad(cfg, lang, "tgt_no_text")
    extra = catalog.configured(cfg)[1:]
    for lang, t in (lang_texts or {}).items():
        t = compose.plain(" ".join((t or "").split()))
        if lang in extra and t:
            out.lang_texts[lang] = t
    return out


LANG_COUNT_EXACT = 1000   # audiences up to this are counted per language exactly; larger ones from a sample


def count_by_language(redis, composed: Composed, cfg: dict) -> dict[str, int]:
    """{language: recipients} of the composed alert's audience now (contacts, as the
    channel counts): each one's language (bot.alerts.resident_prefs.languages_of), a language
    not configured or not known counted as the force default's. Counts only. An audience
    over LANG_COUNT_EXACT is read from a random sample of that size and scaled (the key
    ``"~"`` is then 1: the composer says "about"), so the live count stays fast
    (bench/bench_alert_languages.py)."""
    default = catalog.configured(cfg)[0]
    configured = set(catalog.configured(cfg))
    tmp = keys.alert_scratch(composed.selection()["id"], 9996)
    counts = dict.fromkeys(catalog.configured(cfg), 0)
    try:
        selection.select(redis, composed.selection(), tmp)
        total = redis.zcard(tmp)
        sampled = total > LANG_COUNT_EXACT
        raw = redis.zrandmember(tmp, LANG_COUNT_EXACT) if sampled else redis.zrange(tmp, 0, -1)
        for lang in resident_prefs.languages_of(redis, [m.decode() for m in raw or []]).values():
            counts[lang if lang in configured else default] += 1
    finally:
        redis.delete(tmp)
    if sampled:
        scaled = {code: round(n * total / LANG_COUNT_EXACT) for code, n in counts.items()}
        scaled[default] += total - sum(scaled.values())
        return {**scaled, "~": 1}
    return counts


def language_needs(counts: dict[str, int], composed: Composed, cfg: dict, lang: str | None = None) -> dict:
    """What the composer shows: per configured language, how many recipients read it and
    whether the alert has a text in it (the default always has); the languages missing
    one (their readers get the default's text) and a sentence saying so, in ``lang`` (None:
    the force default)."""
    default = catalog.configured(cfg)[0]
    say = compose.lang_or_default(cfg, lang)
    row_name = "tgt_missing_row_about" if counts.get("~") else "tgt_missing_row"
    rows = [{"code": code, "name": catalog.name_of(code), "people": n,
             "has_text": code == default or code in composed.lang_texts} for code, n in counts.items() if code != "~"]
    missing = [r for r in rows if not r["has_text"] and r["people"]]
    if missing:
        listing = ", ".join(catalog.text(say, row_name, default, name=r["name"],
                                         people=catalog.counted(say, r["people"], "recipient", default))
                            for r in missing)
        line = catalog.text(say, "tgt_missing", default, listing=listing, language=catalog.name_of(default))
    else:
        line = catalog.text(say, "tgt_all_have", default)
    return {"rows": rows, "missing": [r["code"] for r in missing], "line": line}


def _radius(text: str, cfg: dict, lang: str | None = None) -> float:
    t = (text or "").strip().lower().replace(" ", "")
    if t.replace(".", "", 1).isdigit():
        t += "km"
    try:
        return geo.parse_radius(t, cfg["ALERT_MAX_RADIUS_KM"], cfg["ALERT_MIN_RADIUS_M"])
    except geo.BadRadius as exc:
        raise compose.bad_like(cfg, lang, exc) from None


def _coordinate(lat, lon, cfg: dict, lang: str | None = None) -> tuple[float, float]:
    try:
        la, lo = float(lat), float(lon)
    except (TypeError, ValueError):
        raise _bad(cfg, lang, "tgt_no_point") from None
    if not (-85 <= la <= 85 and -180 <= lo <= 180) or math.isnan(la) or math.isnan(lo):
        raise _bad(cfg, lang, "tgt_off_map")
    return la, lo


def _polygon(text: str, cfg: dict, lang: str | None = None) -> list[tuple[float, float]]:
    pts = []
    for part in (text or "").split(";"):
        if not part.strip():
            continue
        bits = part.split(",")
        if len(bits) != 2:
            raise _bad(cfg, lang, "tgt_unreadable")
        pts.append(_coordinate(bits[0], bits[1], cfg, lang))
    if len(pts) < 3:
        raise _bad(cfg, lang, "tgt_few_corners")
    try:
        return areas.parse_polygon(pts)
    except areas.BadArea as exc:
        raise _bad(cfg, lang, "tgt_redraw", reason=exc) from None


def count_by_channel(redis, composed: Composed) -> dict[str, int]:
    """{"sms": n, "email": n, "voice": n, "people": contacts in all}: bot.alerts.store's count
    (a resident with SMS and email is one SMS and one email)."""
    by = selection.count_by_channel(redis, composed.selection())
    return {**by, "people": sum(by.values())}


def channel_texts(composed: Composed, incident: str, cfg: dict) -> dict[str, str]:
    """The exact SMS, email (subject, plain text) and voice script (bot.alerts.channels)."""
    from bot.alerts import channel_texts

    sms = compose.compose(composed.draft(), incident, cfg)
    shown = channel_texts.preview({"schemes": composed.schemes, "text": composed.text, "incident": incident,
                                   "body": sms}, cfg)
    by_lang = {}
    for lang, text in composed.lang_texts.items():   # the SMS each other language's readers get
        draft = composed.draft()
        draft.text = text
        by_lang[lang] = compose.compose(draft, incident, cfg, lang)
    return {"sms": sms, "email_subject": shown["email"]["subject"], "email": shown["email"]["text"],
            "voice": shown["voice"], "sms_by_lang": by_lang}


def status_by_channel(redis, alert: dict) -> dict[str, dict]:
    """{channel: {queued, held, sent, delivered, failed, opted_out, halted}} (bot.alerts.tally);
    once halted, those still waiting count as halted; before planning, the counts saved
    when the alert was composed are its queue."""
    rows = tally.by_channel(redis, alert["id"])
    if not alert.get("planned_at"):
        saved = json.loads(alert.get("channel_counts") or "{}")
        for ch, row in rows.items():
            row["queued"] = int(saved.get(ch, 0)) if alert["state"] in ("queued", "halted", "scheduled",
                                                                          "pending_approval", "preview") else 0
    if alert["state"] == "halted":
        for row in rows.values():
            row["halted"] += row["queued"]
            row["queued"] = 0
    return rows


def deliveries_over_time(redis, alert: dict) -> list[tuple[float, int, int]]:
    """[(minute, messages out so far, delivered so far)] from bot.alerts.tally.timeline."""
    out, sent, delivered = [], 0, 0
    for row in tally.timeline(redis, alert["id"]):
        sent += row.get("sent", 0)
        delivered += row.get("delivered", 0)
        out.append((float(row["minute"]), sent, delivered))
    return out


def describe(alert: dict, lang: str | None = None) -> str:
    """Where a saved alert went, in ``lang`` (None: English)."""
    if alert.get("polygon"):
        return catalog.text(lang, "tgt_describe_polygon", n=len(alert["polygon"]))
    if alert.get("radius_m"):
        return catalog.text(lang, "alert_where_near", radius=geo.describe_radius(alert["radius_m"]),
                            area=alert.get("area") or catalog.text(lang, "tgt_describe_point"))
    return catalog.text(lang, "tgt_describe_all")


def tally_counts(redis, alert_id: str) -> dict[str, int]:
    return tally.counts(redis, alert_id)
