"""What an alert composed in the console targets, and what each channel would send.

The composer's fields (schemes, categories, an area: the whole force area, a radius
around a postcode or a clicked point, or a polygon of clicked corners, and the text)
become a ``Composed``; ``count_by_channel`` says how many people would get it, per
channel (counts only), and ``channel_texts`` the exact SMS, email and voice script.

A polygon is selected as a radius search around its bounding circle, then each
candidate's stored position is tested against the polygon (``inside``, ray casting
on latitude/longitude: fine at force scale, far from the poles and the date line).
"""
from __future__ import annotations

import json
import math
import uuid
from dataclasses import dataclass, field

from bot.alerts import compose, geo, schemes, store, tally
from bot.store import keys

MAX_VERTICES = 200
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
                "polygon": json.dumps(self.points) if self.area == "polygon" else ""}


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
        out.lat, out.lon, out.radius_m = bounding_circle(out.points)
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
    if len(pts) > MAX_VERTICES:
        raise compose.BadAlert(f"The area drawn has more than {MAX_VERTICES} corners. Draw a simpler one.")
    return pts


def distance_m(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * EARTH_M * math.asin(min(1.0, math.sqrt(h)))


def bounding_circle(points) -> tuple[float, float, float]:
    """(lat, lon, radius in metres) of a circle holding every corner (centre: the box's middle)."""
    lat = (min(p[0] for p in points) + max(p[0] for p in points)) / 2
    lon = (min(p[1] for p in points) + max(p[1] for p in points)) / 2
    return lat, lon, max(distance_m((lat, lon), p) for p in points) + 1.0


def inside(lat: float, lon: float, points) -> bool:
    """Point in polygon (ray casting; a point on an edge may fall either side)."""
    hit = False
    n = len(points)
    for i in range(n):
        (y1, x1), (y2, x2) = points[i], points[(i + 1) % n]
        if (y1 > lat) != (y2 > lat):
            x = x1 + (lat - y1) * (x2 - x1) / (y2 - y1)
            if lon < x:
                hit = not hit
    return hit


def audience(redis, composed: Composed) -> list[str]:
    """The pseudonyms who would get it now (deduplicated across schemes)."""
    sel = composed.selection()
    tmp = keys.alert_scratch(sel["id"], 9998)
    store.select(redis, sel, tmp)
    people = [m.decode() for m in redis.zrange(tmp, 0, -1)]      # the polygon already applied by select
    redis.delete(tmp)
    return people


def _positions(redis, composed: Composed, people: list[str]) -> dict[str, tuple[float, float]]:
    """Stored positions of ``people`` (area-wide subscribers have none: they get the alert)."""
    found: dict[str, tuple[float, float]] = {}
    cats = composed.categories or [schemes.ANY]
    for scheme in composed.schemes:
        for cat in cats:
            missing = [p for p in people if p not in found]
            if not missing:
                return found
            for p, pos in zip(missing, redis.geopos(keys.scheme_geo(scheme, cat), *missing)):
                if pos:
                    found[p] = (pos[1], pos[0])
    return found


def keep_inside(redis, alert: dict, dest: str) -> int:
    """Drop from the zset ``dest`` (a polygon alert's bounding-circle selection) everyone
    positioned outside its polygon; returns how many are left."""
    points = [tuple(p) for p in json.loads(alert["polygon"])]
    composed = Composed(schemes=alert["schemes"], categories=alert["categories"], area="polygon", points=points)
    people = [m.decode() for m in redis.zrange(dest, 0, -1)]
    positions = _positions(redis, composed, people)
    outside = [p for p in people if p in positions and not inside(*positions[p], points)]
    if outside:
        redis.zrem(dest, *outside)
    return int(redis.zcard(dest))


def count_by_channel(redis, composed: Composed) -> dict[str, int]:
    """{"people": n, "sms": n, ...}: today every subscriber is an SMS subscriber."""
    n = store.count(redis, composed.selection())
    return {"people": n, "sms": n, "email": 0, "voice": 0}


def channel_texts(composed: Composed, incident: str, cfg: dict) -> dict[str, str]:
    sms = compose.compose(composed.draft(), incident, cfg)
    head = sms.split(": ", 1)[0]
    contact = compose.plain(compose.contact_line(cfg))
    email = (f"{composed.text}\n\nIncident reference: {incident}\n{contact}\n\n"
             "You get this because you joined our community alerts. To stop them, use the link below.")
    voice = (f"This is a {head} from {cfg['FORCE_NAME']}. {composed.text} The incident reference is "
             f"{' '.join(incident)}. {contact} Press 1 to hear this again, or 9 to stop these calls.")
    return {"sms": sms, "email_subject": f"{head}: {incident}", "email": email, "voice": voice}


def status_by_channel(redis, alert: dict, counts: dict) -> dict[str, dict]:
    return {"sms": {k: counts.get(k, 0) for k in ("queued", "sent", "delivered", "failed", "skipped", "held",
                                                   "halted")}}


def deliveries_over_time(redis, alert: dict) -> list[tuple[float, int]]:
    return []


def describe(alert: dict) -> str:
    if alert.get("polygon"):
        return f"the area drawn on the map ({len(json.loads(alert['polygon']))} corners)"
    if alert.get("radius_m"):
        return f"within {geo.describe_radius(alert['radius_m'])} of {alert.get('area') or 'a point on the map'}"
    return "the whole force area"


def tally_counts(redis, alert_id: str) -> dict[str, int]:
    return tally.counts(redis, alert_id)
