"""Subject-access export (``flask subject-access``): everything held about one
number, nobody else's data, never the number itself, audited."""
from __future__ import annotations

import json
import os
import re
import stat

from bot.officers import audit

TIPSTER = "+447700900123"
OTHER = "+447700900456"
OFFICER = "+447700900501"
TIP_ID = re.compile(r"T-[A-Z0-9]{4,6}")


def file_tip(phone, text: str) -> str:
    phone.send(text)
    return TIP_ID.search(" ".join(phone.send("SEND"))).group(0)


def test_export_holds_the_subjects_data_and_nobody_elses(app, services, redis, make_phone, worker, tmp_path):
    assert app.test_cli_runner().invoke(args=["officer", "add", "--name", "PC Jones", "--phone", OFFICER,
                                              "--badge", "Z4411"]).exit_code == 0
    subject, other, officer = make_phone(TIPSTER), make_phone(OTHER), make_phone(OFFICER)
    mine = file_tip(subject, "Cannabis grow at the back of 14 Mill Lane, lights on all night")
    theirs = file_tip(other, "Quad bikes tearing up the cricket pitch every Sunday")
    officer.send(f"R {mine} Thanks, is the side gate usually open?")
    worker()
    subject.send("Yes it is always open")
    subject.send("JOIN FARMWATCH BA3 5QE")
    subject.send("STOP")
    subject.send("START")

    out = tmp_path / "sar.json"
    result = app.test_cli_runner().invoke(args=[
        "subject-access", "--phone", "07700 900123", "--out", str(out),
        "--reason", "SAR-2026-0042", "--by", "J. Okafor (DPO)"])
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    raw = out.read_text()
    data = json.loads(raw)

    assert [t["id"] for t in data["tips"]] == [mine]
    tip = data["tips"][0]
    assert tip["fields"]["what"].startswith("Cannabis grow")
    assert [(e["from"], e["text"]) for e in tip["thread"]][-2:] == [
        ("officer", "Thanks, is the side gate usually open?"), ("tipster", "Yes it is always open")]
    assert "FARMWATCH" in data["alert_subscriptions"]
    assert [h["action"] for h in data["opt_out"]["history"]] == ["out", "in"]
    assert data["opt_out"]["opted_out"] is False
    assert data["phone_number"]["held"] is True
    assert data["pseudonym"] == services.identity.pseudonym(TIPSTER)
    # Nobody else's data: not the other tipster's tip, not the officer's name or pseudonyms.
    for foreign in (theirs, "Quad bikes", services.identity.pseudonym(OTHER), "PC Jones", "Z4411",
                    services.identity.pseudonym(OFFICER)[:16]):
        assert foreign not in raw, foreign
    # Never the number itself, in any spelling (the file would hold it in the clear).
    for form in (TIPSTER, "07700900123", "07700 900123", "7700900123", "900123"):
        assert form not in raw and form not in result.output

    [entry] = audit.entries(redis, action="subject_access_export")
    assert entry["name"] == "J. Okafor (DPO)" and "SAR-2026-0042" in entry["detail"]
    assert "1 tips" in entry["detail"] and "900123" not in json.dumps(entry)


def test_export_refuses_to_overwrite_and_needs_who_and_why(app, redis, tmp_path):
    out = tmp_path / "exists.json"
    out.write_text("{}")
    cli = app.test_cli_runner()
    taken = cli.invoke(args=["subject-access", "--phone", TIPSTER, "--out", str(out), "--reason", "r", "--by", "x"])
    assert taken.exit_code != 0 and "exists" in taken.output and out.read_text() == "{}"
    new = tmp_path / "new.json"
    no_by = cli.invoke(args=["subject-access", "--phone", TIPSTER, "--out", str(new), "--reason", "r"])
    assert no_by.exit_code != 0 and not new.exists()
    bad = cli.invoke(args=["subject-access", "--phone", "not a number!", "--out", str(new), "--reason", "r",
                           "--by", "x"])
    assert bad.exit_code != 0 and not new.exists()
    assert audit.entries(redis, action="subject_access_export") == []


def test_a_number_we_know_nothing_about_gives_an_empty_export(app, redis, tmp_path):
    out = tmp_path / "empty.json"
    result = app.test_cli_runner().invoke(args=["subject-access", "--out", str(out), "--reason", "SAR-7",
                                                "--by", "DPO"], input="+447700900999\n")
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    assert data["tips"] == [] and data["conversation"] is None and data["phone_number"] == {"held": False}
    assert len(audit.entries(redis, action="subject_access_export")) == 1
