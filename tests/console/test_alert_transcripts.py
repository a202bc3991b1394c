"""Community alert conversations written as data (tests/transcripts/alerts/*.json): residents
text the real signed webhook, an officer composes in the console, the real fan-out sends
through the fake Twilio server, and what each phone received is checked. Step kinds:
``{"phone": p, "send": text, "expect": [...]}`` (the answers), ``{"console_count": fields,
"expect": [...]}`` (the composer's language line), ``{"console_send": fields}`` (send now,
then the worker runs), ``{"officer": text, "expect": [...]}`` (an officer's SMS command, from
ALERT_OFFICER's registered phone; ``{code}`` in the text is the last alert code an answer named;
a SEND runs the worker after it), ``{"received": p, "expect": [...], "expect_not": [...]}`` (the
alert that phone got)."""
from __future__ import annotations

import glob
import json
import os
import re

import pytest

from tests.helpers import ALERT_OFFICER, assert_sms_sized

DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "transcripts", "alerts")
TRANSCRIPTS = sorted(glob.glob(os.path.join(DIR, "*.json")))
assert TRANSCRIPTS, f"no transcripts in {DIR}"
NUMBERS = {"es": "+447700900321", "en": "+447700900322"}
AREA = {"schemes": "FARMWATCH", "area": "postcode", "postcode": "BA3 5QE", "radius": "5km"}


def _check(joined: str, step: dict, where: str) -> None:
    for fragment in step.get("expect", []):
        assert fragment.lower() in joined.lower(), where
    for fragment in step.get("expect_not", []):
        assert fragment.lower() not in joined.lower(), where


@pytest.mark.parametrize("path", TRANSCRIPTS, ids=[os.path.basename(p)[:-5] for p in TRANSCRIPTS])
def test_alert_transcript(path, make_phone, officer_client, officers, worker, fake_twilio):
    with open(path, encoding="utf-8") as fh:
        script = json.load(fh)
    phones = {name: make_phone(number) for name, number in NUMBERS.items()}
    sms_officer, code = None, ""
    for n, step in enumerate(script["steps"], 1):
        where = f"step {n}: {step}"
        if "officer" in step:
            sms_officer = sms_officer or officers.register(ALERT_OFFICER)
            text = step["officer"].replace("{code}", code)
            replies = sms_officer.send(text)
            _check(" ".join(replies), step, f"{where} -> {replies!r}")
            code = next((m.group(1) for r in reversed(replies) if (m := re.search(r"\b(A-\d+)\b", r))), code)
            if text.upper().startswith("SEND"):
                worker()
        elif "send" in step:
            replies = phones[step["phone"]].send(step["send"])
            assert_sms_sized(replies)
            _check(" ".join(replies), step, f"{where} -> {replies!r}")
        elif "console_count" in step:
            data = officer_client.get("/console/alerts/count", query_string={**AREA, **step["console_count"]}).get_json()
            assert data["ok"], where
            _check(data["language_line"], step, f"{where} -> {data['language_line']!r}")
        elif "console_send" in step:
            resp = officer_client.post("/console/alerts/new", {**AREA, **step["console_send"], "action": "send"})
            assert resp.status_code == 302, resp.get_data(as_text=True)
            worker()
        elif "received" in step:
            got = [m["body"] for m in fake_twilio.sent_to(NUMBERS[step["received"]]) if "Ref:" in m["body"]]
            assert len(got) == 1, f"{where} -> {got!r}"
            _check(got[0], step, f"{where} -> {got[0]!r}")
        else:
            raise AssertionError(f"unknown step kind: {where}")
