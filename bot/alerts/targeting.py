"""What an alert composed in the console targets, and what each channel would send.

The composer's fields (schemes, categories, an area: the whole force area, a radius
around a postcode or a clicked point, or a polygon of clicked corners, and the text)
become a ``Composed``; ``count_by_channel`` says how many people would get it, per
channel (counts only), and ``channel_texts`` the exact SMS, email and voice script.

Selection and counting are bot.alerts.store's (``count_by_channel``: a polygon is a
GEO search of its bounding circle and a point-in-polygon test inside Redis).
"""
from __future__ import annotations

import json
import math
import uuid
from dataclasses import dataclass, field

from bot.alerts import compose, geo, schemes, store, tally

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

    def where(self) -> str:
        if self.area == "all":
            return "in the whole force area"
        if self.area == "polygon":
            return f"inside the area drawn on the map ({len(self.points)} corners)"
        at = self.place_code or f"{self.lat:.5f}, {self.lon:.5f}"
        return f"within {geo.describe_radius(self.radius_m)} of {at}"

    def draft(self) -> compose.Draft:
        return compose.Draft(schemes=list(self.schemes), categories=list(self.categories),
                             radius_m=self.radius_m, text=self.text)

    def selection(self) -> dict:
        """The fields store.select reads (a polygon is searched by its bounding circle)."""
        return {"id": f"new-{uuid.uuid4().hex[:12]}", "schemes": self.schemes, "categories": self.categories,
                "radius_m": self.radius_m if self.area != "all" else None, "lat": self.lat, "lon": self.lon,
                "polygon": [list(p) for p in self.points] if self.area == "polygon" else None}


def read(*, schemes_, categories, area, postcode, radius, lat, lon, points, text, cfg, need_text=True) -> Composed:
    chosen = []
    for word in (w for w in schemes_ if (w or "").strip()):
        s = schemes.find(word or "")
        if s is None:
            raise compose.BadAlert(f"Unknown scheme {str(word)[:20]}.")
        if s.keyword not in chosen:
            chosen.append(s.keyword)
    if not chosen:
        raise compose.BadAlert("Choose at least one scheme.")
    allowed = {c for kw in chosen for c in schemes.get(kw).categories}
    cats = []
    for c in categories:
        cat = schemes.normalise_category(c or "")
        if cat not in allowed:
            raise compose.BadAlert(f"Category {cat[:20]} is not one of the chosen schemes' "
                                   f"({', '.join(sorted(allowed))}).")
        if cat not in cats:
            cats.append(cat)
    out = Composed(schemes=chosen, categories=cats, area=area if area in ("all", "postcode", "point", "polygon")
                   else "all", text=compose.plain(" ".join((text or "").split())))
    if out.area in ("postcode", "point"):
        out.radius_m = _radius(radius, cfg)
    if out.area == "postcode":
        if not (postcode or "").strip():
            raise compose.BadAlert("Give the postcode or ZIP at the centre of the area.")
        try:
            place = geo.locate(postcode)
        except geo.BadPlace as exc:
            raise compose.BadAlert(str(exc)) from None
        out.place_code, out.lat, out.lon = place.code, place.lat, place.lon
    elif out.area == "point":
        out.lat, out.lon = _coordinate(lat, lon)
    elif out.area == "polygon":
        out.points = _polygon(points)
        out.lat, out.lon, out.radius_m = geo.bounding_circle(out.points)
        if out.radius_m > cfg["ALERT_MAX_RADIUS_KM"] * 1000:
            raise compose.BadAlert(f"The area drawn is wider than the force area allows "
                                   f"({cfg['ALERT_MAX_RADIUS_KM']:g} km across from its centre). Draw a smaller one.")
    if need_text and not out.text:
        raise compose.BadAlert("Write the alert's text.")
    return out


def _radius(text: str, cfg: dict) -> float:
    t = (text or "").strip().lower().replace(" ", "")
    if t.replace(".", "", 1).isdigit():
        t += "km"
    try:
        return geo.parse_radius(t, cfg["ALERT_MAX_RADIUS_KM"], cfg["ALERT_MIN_RADIUS_M"])
    except geo.BadRadius as exc:
        raise compose.BadAlert(str(exc)) from None


def _coordinate(lat, lon) -> tuple[float, float]:
    try:
        la, lo = float(lat), float(lon)
    except (TypeError, ValueError):
        raise compose.BadAlert("Click the map to set the centre of the area.") from None
    if not (-85 <= la <= 85 and -180 <= lo <= 180) or math.isnan(la) or math.isnan(lo):
        raise compose.BadAlert("That point is off the map. Click the map to set the centre of the area.")
    return la, lo


def _polygon(text: str) -> list[tuple[float, float]]:
    pts = []
    for part in (text or "").split(";"):
        if not part.strip():
            continue
        bits = part.split(",")
        if len(bits) != 2:
            raise compose.BadAlert("The area drawn could not be read. Clear it and draw it again.")
        pts.append(_coordinate(bits[0], bits[1]))
    if len(pts) < 3:
        raise compose.BadAlert("Click at least three corners on the map to draw the area.")
    try:
        return geo.parse_polygon(pts)
    except geo.BadArea as exc:
        raise compose.BadAlert(f"{exc} Clear the area and draw it again.") from None


def count_by_channel(redis, composed: Composed) -> dict[str, int]:
    """{"sms": n, "email": n, "voice": n, "people": contacts in all}: bot.alerts.store's count
    (a resident with SMS and email is one SMS and one email)."""
    by = store.count_by_channel(redis, composed.selection())
    return {**by, "people": sum(by.values())}


def channel_texts(composed: Composed, incident: str, cfg: dict) -> dict[str, str]:
    """The exact SMS, email (subject, plain text) and voice script (bot.alerts.channels)."""
    from bot.alerts import channels

    sms = compose.compose(composed.draft(), incident, cfg)
    shown = channels.preview({"schemes": composed.schemes, "text": composed.text, "incident": incident,
                              "body": sms}, cfg)
    return {"sms": sms, "email_subject": shown["email"]["subject"], "email": shown["email"]["text"],
            "voice": shown["voice"]}


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


def describe(alert: dict) -> str:
    if alert.get("polygon"):
        return f"the area drawn on the map ({len(alert['polygon'])} corners)"
    if alert.get("radius_m"):
        return f"within {geo.describe_radius(alert['radius_m'])} of {alert.get('area') or 'a point on the map'}"
    return "the whole force area"


def tally_counts(redis, alert_id: str) -> dict[str, int]:
    return tally.counts(redis, alert_id)
