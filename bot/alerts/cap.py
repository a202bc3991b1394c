"""The public feed of sent alerts in the Common Alerting Protocol (CAP 1.2, OASIS).

``/alerts/cap/<A-n>.xml`` is one alert (namespace urn:oasis:names:tc:emergency:cap:1.2)
and ``/alerts/cap.atom`` the Atom index of the latest FEED_SIZE, newest first, each
entry linking its CAP document (rel="alternate", type application/cap+xml), the
shape aggregators (and IPAWS-style feeds) poll.

What goes in: only alerts that were sent (queued or later: never a preview, a draft
waiting for approval or a rejected one), with the officer's text, the incident
reference (<incidents> and a parameter), the area (a drawn polygon, the circle
"lat,lon radius_km", or the force area by name), the schemes as the <event>,
category Security (crime), urgency Immediate for urgent alerts else Expected, and
the force as sender, and one <info> per language the alert has a text in (the default
language's first). Nothing about who wrote it or who received it.
"""
from __future__ import annotations

import functools
import time
from datetime import datetime, timezone
from urllib.parse import urlsplit
from xml.etree import ElementTree as ET

from bot.alerts import compose, schemes, store
from bot.messaging import catalog
from bot.store import keys

CAP_NS = "urn:oasis:names:tc:emergency:cap:1.2"
ATOM_NS = "http://www.w3.org/2005/Atom"
FEED_SIZE = 50
PUBLISHED = ("queued", "sending", "done", "halted")
# CAP <language> (RFC 3066) per catalog code; "en-GB" as before for English, else the code itself.
LANGUAGE_TAGS = {"en": "en-GB"}


def _when(epoch: float) -> str:
    """CAP's dateTime: no "Z", an explicit offset (CAP 1.2 section 3.3.2)."""
    return datetime.fromtimestamp(float(epoch), tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _host(cfg: dict) -> str:
    return urlsplit(cfg.get("PUBLIC_BASE_URL") or "http://localhost").hostname or "localhost"


def sender(cfg: dict) -> str:
    return cfg.get("ALERT_SENDER_NAME") or f"alerts@{_host(cfg)}"


def identifier(cfg: dict, alert_id: str) -> str:
    return f"{_host(cfg)}.{alert_id}"


def published(redis, alert_id: str) -> dict | None:
    """The alert if it is public (sent), else None."""
    alert = store.load(redis, alert_id)
    return alert if alert and alert["state"] in PUBLISHED else None


def _sent_at(alert: dict) -> float:
    return float(alert.get("confirmed_at") or alert.get("approved_at") or alert.get("created_at") or time.time())


def alert_xml(alert: dict, cfg: dict) -> bytes:
    ET.register_namespace("", CAP_NS)

    def sub(parent, name, text=None):
        el = ET.SubElement(parent, f"{{{CAP_NS}}}{name}")
        if text is not None:
            el.text = str(text)
        return el

    root = ET.Element(f"{{{CAP_NS}}}alert")
    sub(root, "identifier", identifier(cfg, alert["id"]))
    sub(root, "sender", sender(cfg))
    sub(root, "sent", _when(_sent_at(alert)))
    sub(root, "status", "Actual")
    sub(root, "msgType", "Alert")
    sub(root, "scope", "Public")
    if alert.get("state") == "halted":
        sub(root, "note", "Sending was stopped by the force before every subscriber was reached.")
    if alert.get("incident"):
        sub(root, "incidents", alert["incident"])
    default = catalog.configured(cfg)[0]
    texts = [(default, alert["text"])] + [(lang, text) for lang, text in (alert.get("lang_texts") or {}).items()
                                          if text and lang != default]
    for lang, text in texts:   # CAP 1.2: one <info> per language, the same area in each
        _info(sub(root, "info"), sub, alert, cfg, lang, text)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _info(info, sub, alert: dict, cfg: dict, lang: str, text: str) -> None:
    """One language's <info> block: the alert's text in ``lang``, scheme names in it."""
    sub(info, "language", LANGUAGE_TAGS.get(lang, lang))
    sub(info, "category", "Security")
    names = [schemes.name_in(schemes.get(kw), lang) for kw in alert.get("schemes") or []]
    say = functools.partial(catalog.web_text, lang)
    sub(info, "event", say("cap_event", schemes=", ".join(names) if len(names) <= 3 else cfg["FORCE_NAME"]))
    urgent = alert.get("urgency") == "urgent"
    sub(info, "urgency", "Immediate" if urgent else "Expected")
    sub(info, "severity", "Severe" if urgent else "Moderate")
    sub(info, "certainty", "Observed")
    sub(info, "senderName", cfg["FORCE_NAME"])
    sub(info, "headline", text[:140])
    sub(info, "description", text)
    sub(info, "instruction", compose.contact_line(cfg))
    sub(info, "contact", compose.contact_line(cfg))
    if alert.get("incident"):
        param = sub(info, "parameter")
        sub(param, "valueName", "incidentReference")
        sub(param, "value", alert["incident"])
    area = sub(info, "area")
    if alert.get("polygon"):
        ring = [(float(a), float(b)) for a, b in alert["polygon"]]
        if ring[0] != ring[-1]:
            ring.append(ring[0])
        sub(area, "areaDesc", alert.get("area") or say("cap_area_drawn"))
        sub(area, "polygon", " ".join(f"{lat:.6f},{lon:.6f}" for lat, lon in ring))
    elif alert.get("radius_m"):
        sub(area, "areaDesc", say("cap_area_within", km=f"{alert['radius_m'] / 1000:g}",
                                  place=alert.get("area") or say("cap_a_point")))
        sub(area, "circle", f"{alert['lat']:.6f},{alert['lon']:.6f} {alert['radius_m'] / 1000:g}")
    else:
        sub(area, "areaDesc", say("cap_force_area", force=cfg["FORCE_NAME"]))


def atom_xml(redis, cfg: dict) -> bytes:
    ET.register_namespace("", ATOM_NS)
    base = (cfg.get("PUBLIC_BASE_URL") or "").rstrip("/")

    def sub(parent, name, text=None, **attrs):
        el = ET.SubElement(parent, f"{{{ATOM_NS}}}{name}", attrs)
        if text is not None:
            el.text = str(text)
        return el

    ids = [x.decode() for x in redis.zrevrange(keys.ALERTS_SENT, 0, FEED_SIZE * 2)]
    alerts = [a for a in (published(redis, i) for i in ids) if a][:FEED_SIZE]
    feed = ET.Element(f"{{{ATOM_NS}}}feed")
    sub(feed, "id", f"{base}/alerts/cap.atom")
    sub(feed, "title", f"{cfg['FORCE_NAME']} community alerts (CAP 1.2)")
    sub(feed, "updated", _when(max([_sent_at(a) for a in alerts], default=0)))
    sub(feed, "link", href=f"{base}/alerts/cap.atom", rel="self", type="application/atom+xml")
    author = sub(feed, "author")
    sub(author, "name", cfg["FORCE_NAME"])
    for a in alerts:
        entry = sub(feed, "entry")
        sub(entry, "id", f"{base}/alerts/cap/{a['id']}.xml")
        sub(entry, "title", a["text"][:140])
        sub(entry, "updated", _when(_sent_at(a)))
        sub(entry, "link", href=f"{base}/alerts/cap/{a['id']}.xml", rel="alternate", type="application/cap+xml")
        sub(entry, "summary", a["text"])
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)
