"""The public CAP 1.2 feed: one document per sent alert and an Atom index, parsed
with ElementTree and checked for CAP's required elements and our area/category/
urgency/sender/incident fields; previews and alerts awaiting approval never appear."""
from __future__ import annotations

import re
from xml.etree import ElementTree as ET

from bot.alerts import lifecycle, store
from tests.helpers import ALERT_TEXT

CAP = "{urn:oasis:names:tc:emergency:cap:1.2}"
ATOM = "{http://www.w3.org/2005/Atom}"
REQUIRED_ALERT = ["identifier", "sender", "sent", "status", "msgType", "scope"]
REQUIRED_INFO = ["category", "event", "urgency", "severity", "certainty"]
BASE = "https://tips.example.test"


def get(app, path):
    return app.test_client().get(path, base_url=BASE)


def test_sent_alert_as_cap_with_circle(app, officer, make_phone, preview_code):
    make_phone("+447700900321").send("JOIN FARMWATCH BA3 5QE")
    code = preview_code(officer.send(f"ALERT FARMWATCH 5km BA3 5QE {ALERT_TEXT}"))
    assert get(app, f"/alerts/cap/{code}.xml").status_code == 404          # a preview is not public
    officer.send(f"SEND {code}")
    resp = get(app, f"/alerts/cap/{code}.xml")
    assert resp.status_code == 200 and resp.mimetype == "application/cap+xml"
    root = ET.fromstring(resp.data)
    assert root.tag == f"{CAP}alert"
    for name in REQUIRED_ALERT:
        assert root.find(f"{CAP}{name}") is not None and root.find(f"{CAP}{name}").text, name
    assert root.find(f"{CAP}status").text == "Actual" and root.find(f"{CAP}msgType").text == "Alert"
    assert root.find(f"{CAP}scope").text == "Public"
    assert re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$", root.find(f"{CAP}sent").text)
    assert root.find(f"{CAP}sender").text == "alerts@tips.example.test"
    assert not re.search(r"[\s,<&]", root.find(f"{CAP}identifier").text)
    assert root.find(f"{CAP}incidents").text.startswith("CAD-")
    info = root.find(f"{CAP}info")
    for name in REQUIRED_INFO:
        assert info.find(f"{CAP}{name}") is not None, name
    assert info.find(f"{CAP}category").text == "Security" and info.find(f"{CAP}urgency").text == "Expected"
    assert info.find(f"{CAP}event").text == "Farm Watch alert" and info.find(f"{CAP}description").text == ALERT_TEXT
    assert info.find(f"{CAP}parameter/{CAP}value").text == root.find(f"{CAP}incidents").text
    circle = info.find(f"{CAP}area/{CAP}circle").text
    lat, lon, radius = re.match(r"^(-?\d+\.\d+),(-?\d+\.\d+) (\d+(?:\.\d+)?)$", circle).groups()
    assert abs(float(lat) - 51.232) < 0.01 and abs(float(lon) + 2.464) < 0.01 and float(radius) == 5
    assert info.find(f"{CAP}area/{CAP}areaDesc").text
    assert b"+447700900321" not in resp.data


def test_polygon_area_and_atom_index(app, services, redis):
    ring = [[51.2, -2.5], [51.2, -2.4], [51.3, -2.4], [51.3, -2.5]]
    ids = []
    for state in ("preview", "pending_approval", "queued"):
        alert_id = store.new_id(redis)
        pipe = redis.pipeline()
        store.save(pipe, {"id": alert_id, "state": "preview", "officer": "staff:a", "schemes": ["NHW", "FARMWATCH"],
                          "categories": [], "polygon": ring, "area": "Midsomer Norton", "text": f"Alert {state}",
                          "body": "x", "incident": "CAD-20261129-4", "urgency": "urgent", "created_at": 1})
        pipe.execute()
        if state == "pending_approval":
            lifecycle.submit_for_approval(services, alert_id, "staff:a")
        elif state == "queued":
            lifecycle.send_now(services, alert_id, "staff:a")
        ids.append(alert_id)
    root = ET.fromstring(get(app, f"/alerts/cap/{ids[2]}.xml").data)
    info = root.find(f"{CAP}info")
    assert info.find(f"{CAP}urgency").text == "Immediate"
    poly = info.find(f"{CAP}area/{CAP}polygon").text.split()
    assert len(poly) == 5 and poly[0] == poly[-1] and poly[0] == "51.200000,-2.500000"
    assert get(app, f"/alerts/cap/{ids[1]}.xml").status_code == 404
    assert get(app, "/alerts/cap/nonsense.xml").status_code == 404
    feed = get(app, "/alerts/cap.atom")
    assert feed.status_code == 200 and feed.mimetype == "application/atom+xml"
    atom = ET.fromstring(feed.data)
    assert atom.tag == f"{ATOM}feed" and atom.find(f"{ATOM}title").text and atom.find(f"{ATOM}updated").text
    entries = atom.findall(f"{ATOM}entry")
    assert len(entries) == 1
    link = entries[0].find(f"{ATOM}link")
    assert link.get("href") == f"{BASE}/alerts/cap/{ids[2]}.xml" and link.get("type") == "application/cap+xml"


def test_an_alert_with_a_spanish_text_has_an_info_block_per_language(app, services, redis):
    """CAP 1.2 carries one <info> per language: the default's first (en-GB), then each text the
    alert has in another language, with its scheme names and area words in that language."""
    alert_id = store.new_id(redis)
    pipe = redis.pipeline()
    store.save(pipe, {"id": alert_id, "state": "preview", "officer": "staff:a", "schemes": ["FARMWATCH"],
                      "categories": [], "polygon": [[51.2, -2.5], [51.2, -2.4], [51.3, -2.4]], "area": "",
                      "text": "Quad bike stolen from a farm near Chewton Mendip.", "body": "x",
                      "lang_texts": {"es": "Robaron un quad de una granja cerca de Chewton Mendip."},
                      "incident": "CAD-20261130-7", "urgency": "normal", "created_at": 1})
    pipe.execute()
    lifecycle.send_now(services, alert_id, "staff:a")
    root = ET.fromstring(get(app, f"/alerts/cap/{alert_id}.xml").data)
    infos = root.findall(f"{CAP}info")
    assert [i.find(f"{CAP}language").text for i in infos] == ["en-GB", "es"]
    english, spanish = infos
    assert english.find(f"{CAP}event").text == "Farm Watch alert"
    assert english.find(f"{CAP}area/{CAP}areaDesc").text == "Area drawn on a map"
    assert spanish.find(f"{CAP}description").text.startswith("Robaron un quad")
    assert spanish.find(f"{CAP}event").text == "Alerta de Vigilancia Rural"
    assert spanish.find(f"{CAP}area/{CAP}areaDesc").text == "Zona dibujada en un mapa"
    assert spanish.find(f"{CAP}area/{CAP}polygon").text == english.find(f"{CAP}area/{CAP}polygon").text
    for info in infos:
        for name in REQUIRED_INFO:
            assert info.find(f"{CAP}{name}") is not None, name
