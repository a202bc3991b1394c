"""What an alert costs, shown before it is sent: segments per text and the room left
in the last one, segments in all, the time the send takes at
SEND_RATE_SEGMENTS_PER_SECOND and the price at SMS_PRICE_PER_SEGMENT. Past
ALERT_CONFIRM_OVER_SEGMENTS segments a text (or ALERT_CONFIRM_OVER_COST in all) SEND
needs CONFIRM. A text that needs Unicode is sent as Unicode (UCS-2, 70/67
characters a segment) and counted so, never turned into question marks."""
from __future__ import annotations

import math

import pytest

from bot.alerts.cli import seed
from bot.messaging.segments import count_segments, is_gsm7
from tests.helpers import ALERT_OFFICER, assert_sms_sized

NEAR = ["+447700900341", "+447700900342"]


@pytest.fixture()
def app(config):
    from bot import create_app

    return create_app({**config, "SEND_RATE_SEGMENTS_PER_SECOND": 10, "SMS_PRICE_PER_SEGMENT": 0.04,
                       "CURRENCY": "GBP", "ALERT_CONFIRM_OVER_SEGMENTS": 3})


@pytest.fixture()
def subscribers(make_phone):
    for number in NEAR:
        make_phone(number).send("JOIN FARMWATCH BA3 5QE")


def _gsm_plan(body: str) -> tuple[int, int]:
    """(segments, characters left before the next one) for a plain GSM-7 body."""
    units = len(body)
    segments = 1 if units <= 160 else math.ceil(units / 153)
    return segments, (160 if segments == 1 else 153 * segments) - units


def test_preview_shows_segments_room_total_time_and_price(services, officer, preview_code):
    seed(services, 1200, "NHW", 51.232096, -2.463952, spread_km=1.0, number_base=447700830000)
    text = "Two men trying car doors on Church Lane, Farrington Gurney, between 1am and 3am. Check your cars."
    summary, body, prompt = officer.send(f"ALERT NHW 3km BA3 5QE {text}")
    segments, left = _gsm_plan(body)
    assert segments == 2
    assert summary.startswith("Preview A-1: 1200 recipients (NHW, within 3km of BA3 5QE). ")
    assert f"Each text 2 segments (GSM-7), {left} chars left before a 3rd." in summary
    # 2400 segments at 10 a second: 240 s; at 0.04 GBP a segment: 96.00 GBP
    assert "In all 2400 segments, about 4 min to send, about £96.00." in summary
    assert summary.endswith("Text:")
    fixed = len(body) - len(text)
    assert prompt.startswith(f"Your text: {len(text)} chars, room for {1600 - len(body)} more "
                             f"({fixed} are the reference, contact and opt-out lines). ")
    assert prompt.endswith("Reply SEND A-1 to send it within 30 min, or HALT A-1 to discard it. Nothing has been sent.")
    assert_sms_sized([summary, prompt])


def test_an_11_segment_alert_warns_and_needs_confirm(officer, subscribers, preview_code, fake_twilio, worker):
    [_, body, prompt] = officer.send("ALERT FARMWATCH 5km BA3 5QE x")
    officer.send(f"HALT {preview_code([prompt])}")
    n = 1594 - (len(body) - 1)             # the officer's part of a 1,594-character alert
    text = ("Cattle loose on the A362 near the farm " * 60)[:n - 1].rstrip()
    text += "." * (n - len(text))
    summary, body, prompt = officer.send(f"ALERT FARMWATCH 5km BA3 5QE {text}")
    code = preview_code([prompt])
    assert len(body) == 1594 and count_segments(body) == 11
    assert "Each text 11 segments (GSM-7)" in summary and "In all 22 segments" in summary
    assert "about £0.88" in summary
    assert prompt.startswith("Warning: 11 segments a text, over the limit of 3. ")
    assert f"To send it anyway, reply SEND {code} CONFIRM within 30 min, or HALT {code} to discard it." in prompt
    assert_sms_sized([summary, prompt])

    [reply] = officer.send(f"SEND {code}")
    assert reply == (f"{code} needs confirming: 11 segments a text, over the limit of 3. "
                     f"Reply SEND {code} CONFIRM to send it, or HALT {code} to discard it. Nothing has been sent.")
    worker()
    assert fake_twilio.messages == []
    [reply] = officer.send(f"send {code.lower()} confirm")
    assert reply.startswith(f"Sending {code}")
    worker()
    assert sorted(m["to"] for m in fake_twilio.messages) == NEAR
    assert all(m["body"] == body for m in fake_twilio.messages)


def test_total_cost_over_the_limit_needs_confirm(config, officers, make_phone, preview_code):
    from bot import create_app

    app = create_app({**config, "SMS_PRICE_PER_SEGMENT": 0.05, "ALERT_CONFIRM_OVER_COST": 0.15})
    for number in NEAR:
        make_phone(number, app=app).send("JOIN FARMWATCH BA3 5QE")
    officer = officers.register(ALERT_OFFICER, app=app)
    summary, body, prompt = officer.send("ALERT FARMWATCH 5km BA3 5QE Cattle loose on the A362")
    code = preview_code([prompt])
    assert count_segments(body) == 2 and "about £0.20" in summary
    assert prompt.startswith("Warning: about £0.20 in all, over the limit of £0.15. ")
    assert officer.send(f"SEND {code}")[0].startswith(f"{code} needs confirming: about £0.20 in all")
    assert officer.send(f"SEND {code} CONFIRM")[0].startswith(f"Sending {code}")


def test_text_that_needs_unicode_is_kept_and_counted_as_ucs2(officer, subscribers, preview_code, fake_twilio,
                                                             worker):
    text = "Pony loose on Heol y Frân near Zoë's farm 🐴"
    summary, body, prompt = officer.send(f"ALERT FARMWATCH 5km BA3 5QE {text}")
    assert text in body and not is_gsm7(body)
    segments = count_segments(body)
    units = len(body.encode("utf-16-le")) // 2
    assert segments == math.ceil(units / 67) and segments > _gsm_plan(body)[0]
    left = 67 * segments - units
    assert f"Each text {segments} segments (Unicode), {left} chars left before a {segments + 1}th." in summary
    assert prompt.startswith('Unicode because of 3 special characters, first in "Fr?n": 67 chars a segment, not '
                             f'153. Without them: {_gsm_plan(body.replace("â", "a"))[0]} segments a text. ')
    assert_sms_sized([summary, prompt])
    code = preview_code([prompt])
    assert officer.send(f"SEND {code}")[0].startswith(f"Sending {code}")
    worker()
    assert [m["body"] for m in fake_twilio.messages] == [body, body]


def test_typographic_punctuation_is_made_plain_and_stays_gsm7(officer, subscribers):
    summary, body, _ = officer.send("ALERT FARMWATCH 5km BA3 5QE ‘Cattle’ loose – A362 “near” Farrington…")
    assert "'Cattle' loose - A362 \"near\" Farrington..." in body and is_gsm7(body)
    assert "(GSM-7)" in summary
