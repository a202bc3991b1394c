"""The console's alert composer page, without its routes (bot.console.alerts has those): reading
the form's fields into what the alert is, the preview of each channel's text, the send time,
saved templates, and the page itself with the map tiles its CSP lets in.

It is separate because the composer is a form with its own rules (what a field means, what a
preview shows, which tile origin the page may load), used by several routes and by the
benchmarks (bench_composer_count, bench_alert_languages), while bot.console.alerts is the
blueprint: the routes that compose, follow, halt and decide alerts."""
from __future__ import annotations

import json
import time
from datetime import datetime, timezone

from flask import current_app, render_template, request

from bot.alerts import approval, compose, schemes, targeting
from bot.console import i18n
from bot.console.i18n import t
from bot.messaging import catalog
from bot.services import current
from bot.store import keys

MAX_TEMPLATE_NAME = 60
OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'


def read_form(values, cfg: dict, *, need_text: bool = True) -> targeting.Composed:
    """The composer's fields -> what the alert is (raises compose.BadAlert with the reason)."""
    return targeting.read(
        schemes_=values.getlist("schemes"), categories=values.getlist("categories"),
        area=values.get("area", "all"), postcode=values.get("postcode", ""), radius=values.get("radius", ""),
        lat=values.get("lat", ""), lon=values.get("lon", ""), points=values.get("points", ""),
        text=values.get("text", ""), cfg=cfg, need_text=need_text, lang=i18n.lang(),
        lang_texts={code: values.get(f"text_{code}", "") for code in catalog.configured(cfg)[1:]})


def said(exc: Exception) -> str:
    """An error's message in the staff member's language (a catalog.Said is said again in it)."""
    return exc.text(i18n.lang()) if isinstance(exc, catalog.Said) else str(exc)


def extra_languages(cfg: dict) -> list[tuple[str, str]]:
    """[(code, name)] of the configured languages beside the default: a text box each."""
    return [(code, catalog.name_of(code)) for code in catalog.configured(cfg)[1:]]


def _tile_origin(url: str) -> str:
    if not url.startswith("https://"):
        return ""
    host = url[len("https://"):].split("/", 1)[0]
    return "https://" + host if host and "{" not in host else "https://" + host.replace("{s}.", "*.")


def tile_url() -> str:
    """MAP_TILE_URL: unset, OpenStreetMap's; "" for no tiles (offline: the area still draws)."""
    configured = current_app.config.get("MAP_TILE_URL")
    return OSM_TILES if configured is None else configured


def _with_map_csp(response):
    """The composer's page may load map tiles from MAP_TILE_URL's origin (and nothing else new)."""
    from bot.console.security import CSP

    origin = _tile_origin(tile_url())
    if origin:
        response.headers["Content-Security-Policy"] = CSP.replace("img-src 'self'", f"img-src 'self' {origin}")
    return response


def composer_page(values=None, error: str = "", status: int = 200, preview: dict | None = None):
    cfg = current_app.config
    templates = approval_templates()
    values = values or {}
    page = render_template(
        "console/alerts/new.html", schemes=schemes.all_schemes(), values=values, error=error,
        templates=templates, tile_url=tile_url(),
        attribution=cfg.get("MAP_ATTRIBUTION") or OSM_ATTRIBUTION, centre=cfg.get("MAP_CENTRE") or "51.45,-2.59",
        needs_approval_for=approval.schemes_needing_approval(cfg), preview=preview,
        max_radius_km=cfg["ALERT_MAX_RADIUS_KM"], min_radius_m=cfg["ALERT_MIN_RADIUS_M"],
        extra_languages=extra_languages(cfg), default_language=catalog.name_of(catalog.configured(cfg)[0]),
        scheme_name=lambda s: s.name if i18n.lang() == catalog.BASE else schemes.name_in(s, i18n.lang(),
                                                                                         catalog.configured(cfg)[0]))
    return _with_map_csp(current_app.make_response((page, status)))


class Values(dict):
    """A plain dict with getlist, for prefilling the form from a template or a posted form."""

    def getlist(self, name):
        v = self.get(name, [])
        return v if isinstance(v, list) else [v]


def posted_values() -> Values:
    out = Values({k: request.form.get(k, "") for k in request.form})
    out["schemes"] = request.form.getlist("schemes")
    out["categories"] = request.form.getlist("categories")
    return out


def preview_of(composed: targeting.Composed, incident: str) -> dict:
    cfg = current_app.config
    texts = targeting.channel_texts(composed, incident, cfg)
    est = compose.estimate(texts["sms"], 1, cfg)
    return {"ok": True, "sms": texts["sms"], "email_subject": texts["email_subject"], "email": texts["email"],
            "voice": texts["voice"], "segments": est.segments, "encoding": "UCS-2" if est.unicode else "GSM-7",
            "segment_line": t("segment_line", chars=len(texts["sms"]),
                              segments=t("segment_one" if est.segments == 1 else "segments", n=est.segments),
                              encoding=t("ucs2") if est.unicode else "GSM-7", left=est.left,
                              next=compose.ordinal(est.segments + 1) if i18n.lang() == catalog.BASE
                              else t("nth", n=est.segments + 1))
                            + " " + compose.room_line(composed.text, texts["sms"], i18n.lang()),
            "unicode_line": compose.unicode_line(est, texts["sms"], i18n.lang()), "incident": incident,
            "sms_by_lang": texts["sms_by_lang"]}


def next_incident(redis, cfg) -> str:
    """The reference the next alert will get (assigned for real when it is saved)."""
    day = time.strftime("%Y%m%d", time.gmtime())
    n = int(redis.get(keys.incident_seq(day)) or 0) + 1
    return f"{cfg['ALERT_INCIDENT_PREFIX']}-{day}-{n}"


def read_send_at(text: str) -> float:
    """A datetime-local value (the force's local time is UTC here) -> a time in the future."""
    try:
        when = datetime.strptime(text.strip(), "%Y-%m-%dT%H:%M").replace(tzinfo=timezone.utc).timestamp()
    except ValueError:
        raise compose.BadAlert(t("alert_bad_time")) from None
    if when <= time.time():
        raise compose.BadAlert(t("alert_time_passed"))
    if when > time.time() + 30 * 86400:
        raise compose.BadAlert(t("alert_too_far"))
    return when


def approval_templates() -> list[str]:
    return sorted(k.decode() for k in current().redis.hkeys(keys.ALERT_TEMPLATES))


def load_template(name: str) -> dict | None:
    raw = current().redis.hget(keys.ALERT_TEMPLATES, name[:MAX_TEMPLATE_NAME])
    return json.loads(raw) if raw else None
