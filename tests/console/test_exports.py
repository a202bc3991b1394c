"""Exports for the case file (bot/console/exports.py): supervisors and admins only, each
audited, never the tipster's number or pseudonym; CSV safe to open in a spreadsheet."""
from __future__ import annotations

import csv
import io
import json
import re
import time

import pytest

from bot.officers import audit
from bot.store import keys
from tests.helpers import TIPSTER, number_forms

NOW = time.time()
DAY = 86400


def assert_anonymous(body: str, pseudonym: str, where: str) -> None:
    for form in number_forms(TIPSTER):
        assert form not in body, f"{where} holds the tipster's number ({form})"
    assert pseudonym not in body and pseudonym[:12] not in body, f"{where} holds the tipster's pseudonym"


@pytest.fixture()
def scripted(make_phone, services, redis):
    """A tip from a full exchange in which the tipster types their own number (redacted
    before storage) and someone else's, then adds to it; an officer note on it."""
    tipster = make_phone(TIPSTER)
    tipster.send("Two lads dealing from a grey Honda Civic HVM2207 outside the Co-op on Market Street, "
                 "ring me on 07700 900123, his mate is on 07700 900456")
    replies = tipster.send("SEND")
    tip_id = re.search(r"T-[A-Z0-9]{4,6}", " ".join(replies)).group(0)
    tipster.send(f"{tip_id} they're back, text me 07700900123")
    redis.rpush(keys.tip_notes(tip_id), json.dumps({"at": NOW, "name": "PC Jones", "text": "Known vehicle"}))
    return {"tip_id": tip_id, "pseudonym": services.identity.pseudonym(TIPSTER)}


def test_the_tip_report_has_everything_is_audited_and_anonymous(supervisor_client, scripted, redis):
    tip_id = scripted["tip_id"]
    resp = supervisor_client.get(f"/console/exports/tips/{tip_id}/report")
    assert resp.status_code == 200
    page = resp.get_data(as_text=True)
    assert f"<h1>Tip report {tip_id}</h1>" in page
    assert "HVM2207" in page and "Market Street" in page and "grey Honda Civic" in page
    assert "they&#39;re back" in page or "they're back" in page, "the whole thread"
    assert "Known vehicle" in page and "PC Jones" in page, "internal notes"
    assert "07700 900456" in page, "a number the tipster gave about someone else is a fact"
    assert_anonymous(page, scripted["pseudonym"], "the report")
    entries = audit.entries(redis, action="export")
    assert [(e["tip"], e["detail"]) for e in entries] == [(tip_id, "tip report (printable)")]
    assert entries[0]["name"] == supervisor_client.login.name


def test_the_report_finder_and_a_missing_tip(supervisor_client, scripted):
    tip_id = scripted["tip_id"]
    resp = supervisor_client.get(f"/console/exports/report?tip={tip_id.lower()}")
    assert resp.status_code == 302 and resp.location.endswith(f"/console/exports/tips/{tip_id}/report")
    resp = supervisor_client.get("/console/exports/report?tip=T-ZZZZ")
    assert resp.status_code == 302 and resp.location.endswith("/console/exports")
    assert "No tip" in supervisor_client.get("/console/exports").get_data(as_text=True)
    assert supervisor_client.get("/console/exports/tips/T-ZZZZ/report").status_code == 404


def test_officers_cannot_export(officer_client, scripted, redis):
    tip_id = scripted["tip_id"]
    assert officer_client.get(f"/console/exports/tips/{tip_id}/report").status_code == 403
    assert officer_client.post("/console/exports/tips.csv", {}).status_code == 403
    assert officer_client.post("/console/exports/tips.json", {}).status_code == 403
    assert officer_client.get("/console/exports").status_code == 403
    assert audit.entries(redis, action="export") == []
    assert "Exports" not in officer_client.get("/console/tips").get_data(as_text=True).split("<main")[0]


def test_csv_of_a_date_range_is_audited_anonymous_and_safe_in_a_spreadsheet(admin_client, scripted, put_tip, redis):
    put_tip("T-2AAA", what="=HYPERLINK(\"http://evil.example\",\"click\")", at=NOW - 2 * DAY,
            case={"status": "closed", "outcome": "unfounded", "closed_at": NOW - DAY})
    put_tip("T-2AAB", what="outside the range", at=NOW - 40 * DAY)
    day = time.strftime("%Y-%m-%d", time.gmtime(NOW - 3 * DAY))
    today = time.strftime("%Y-%m-%d", time.gmtime(NOW))
    resp = admin_client.post("/console/exports/tips.csv", {"from": day, "to": today})
    assert resp.status_code == 200 and resp.mimetype == "text/csv"
    assert "attachment" in resp.headers["Content-Disposition"]
    body = resp.get_data(as_text=True)
    rows = list(csv.DictReader(io.StringIO(body)))
    assert sorted(r["tip_id"] for r in rows) == sorted([scripted["tip_id"], "T-2AAA"])
    evil = next(r for r in rows if r["tip_id"] == "T-2AAA")
    assert evil["answer_what"].startswith("'=HYPERLINK"), "a formula is not run by a spreadsheet"
    assert evil["state"] == "closed" and evil["outcome"] == "Unfounded"
    mine = next(r for r in rows if r["tip_id"] == scripted["tip_id"])
    assert mine["facts_plates"] == "HVM2207" and "Market Street" in mine["facts_locations"]
    assert_anonymous(body, scripted["pseudonym"], "the CSV")
    entries = audit.entries(redis, action="export")
    assert len(entries) == 1 and entries[0]["detail"] == f"CSV of tips received {day} to {today}: 2 tips"


def test_json_holds_threads_and_notes_and_no_number(supervisor_client, scripted, redis):
    resp = supervisor_client.post("/console/exports/tips.json", {})          # the last 30 days
    assert resp.status_code == 200 and resp.mimetype == "application/json"
    body = resp.get_data(as_text=True)
    data = json.loads(body)
    assert data["count"] == 1 and data["exported_by"] == supervisor_client.login.name
    (tip,) = data["tips"]
    assert tip["tip_id"] == scripted["tip_id"] and tip["state"] == "new"
    assert [e["from"] for e in tip["thread"]] == ["tipster", "tipster"]
    assert "they're back" in tip["thread"][1]["text"]
    assert tip["notes"] == [{"when": tip["notes"][0]["when"], "who": "PC Jones", "text": "Known vehicle"}]
    assert "tipster" not in {k for k in tip if k != "thread"}
    assert_anonymous(body, scripted["pseudonym"], "the JSON")
    assert [e["detail"] for e in audit.entries(redis, action="export")] == [
        f"JSON of tips received {time.strftime('%Y-%m-%d', time.gmtime(NOW - 29 * DAY))} to "
        f"{time.strftime('%Y-%m-%d', time.gmtime(NOW))}: 1 tip"]


def test_a_backwards_date_range_is_refused(supervisor_client, redis):
    resp = supervisor_client.post("/console/exports/tips.csv", {"from": "2025-03-10", "to": "2025-03-01"})
    assert resp.status_code == 400
    assert audit.entries(redis, action="export") == []
