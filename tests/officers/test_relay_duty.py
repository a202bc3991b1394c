"""Duty and tip handling by officers: ON/OFF, urgent tips pushed to whoever is on
duty (supervisors if nobody is), every new tip when the force wants it, CLAIM and
CLOSE rules, HELP for officers, an officer's STOP, and Twilio's 21610 on a relay."""
from __future__ import annotations

import pytest

from bot import create_app, events
from bot.store import keys
from bot.tipline import tips
from tests.helpers import OFFICER, TIPSTER, assert_sms_sized

SARGE = "+447700900510"
URGENT_TEXT = "A man with a knife is breaking into the house at 12 Elm Road right now"


def _urgent_tip(tipster) -> str:
    tipster.send(URGENT_TEXT)
    conv_tip = [r for r in tipster.send("SEND") if "T-" in r]
    return conv_tip[0].split("Your tip is ")[1].split(".")[0]


def test_urgent_tip_goes_to_on_duty_officers_at_once(app, officer, make_phone, worker, fake_twilio):
    assert "on duty" in officer.send("on")[0]
    assert "already on duty" in officer.send("ON")[0]
    tipster = make_phone(TIPSTER)
    replies = tipster.send(URGENT_TEXT)
    assert "999" in " ".join(replies)
    worker()  # before the tipster finishes the questions
    texts = [m["body"] for m in fake_twilio.sent_to(OFFICER)]
    assert len(texts) == 1 and texts[0].startswith("URGENT (weapon mentioned: knife) tip T-")
    assert "12 Elm Road" in texts[0] and "SHOW T-" in texts[0]
    assert_sms_sized(texts)
    # Filing it later does not text again (NOTIFY_ALL_TIPS_TO_DUTY is off by default).
    tipster.send("SEND")
    worker()
    assert len(fake_twilio.sent_to(OFFICER)) == 1


def test_off_duty_officers_are_not_texted_supervisors_cover_when_nobody_is_on(app, officer, officers, make_phone,
                                                                               worker, fake_twilio):
    officers.register(SARGE, name="Sgt Lee", badge="S1", role="supervisor")
    officer.send("ON")
    assert "off duty" in officer.send("OFF")[0]
    _urgent_tip(make_phone(TIPSTER))
    worker()
    assert fake_twilio.sent_to(OFFICER) == []
    assert len(fake_twilio.sent_to(SARGE)) == 1 and "URGENT" in fake_twilio.sent_to(SARGE)[0]["body"]


def test_a_repeated_event_texts_each_officer_once(app, services, officer, make_phone, worker, fake_twilio):
    officer.send("ON")
    tip_id = _urgent_tip(make_phone(TIPSTER))
    services.events.emit(events.TipUrgent(tip_id=tip_id, reason="weapon mentioned: knife"))  # redelivered
    worker()
    assert len(fake_twilio.sent_to(OFFICER)) == 1


@pytest.fixture()
def notify_all_app(config):
    return create_app({**config, "NOTIFY_ALL_TIPS_TO_DUTY": True})


def test_every_new_tip_when_the_force_wants_it(notify_all_app, officers, make_phone, file_tip, worker, fake_twilio):
    officer = officers.register(OFFICER, name="PC Jones", badge="4411", app=notify_all_app)
    assert "every new tip" in officer.send("ON")[0]
    tip_id = file_tip(make_phone(TIPSTER, app=notify_all_app))
    worker(notify_all_app)
    texts = [m["body"] for m in fake_twilio.sent_to(OFFICER)]
    assert texts and texts[0].startswith(f"New tip {tip_id}:") and "HVM2207" in texts[0]


def test_claim_and_close_rules(app, officer, officers, tipster, file_tip, redis):
    other = officers.register("+447700900502", name="PC Other", badge="22")
    sarge = officers.register(SARGE, name="Sgt Lee", badge="S1", role="supervisor")
    me = officer
    tip_id = file_tip(tipster)
    assert "You have claimed" in me.send(f"claim {tip_id}")[0]
    assert "already claimed" in me.send(f"CLAIM {tip_id}")[0]
    assert "already claimed by PC Jones (4411)" in other.send(f"CLAIM {tip_id}")[0]
    assert "only they or a supervisor" in other.send(f"CLOSE {tip_id}")[0]
    assert "claimed PC Jones (4411)" in other.send("TIPS")[0]
    assert "You have claimed" in sarge.send(f"CLAIM {tip_id}")[0]  # a supervisor reassigns
    assert tips.load_tip(redis, tip_id)["claimed_name"] == "Sgt Lee (S1)"
    assert f"{tip_id} closed" in sarge.send(f"CLOSE {tip_id}")[0]
    assert "closed and cannot be claimed" in me.send(f"CLAIM {tip_id}")[0]
    audit = app.test_cli_runner().invoke(args=["audit", "--tip", tip_id]).output
    assert audit.count("claim") >= 2 and "close" in audit


def test_help_for_officers_and_for_the_public(app, officer, make_phone):
    for word in ("HELP", "help", "INFO", "CMDS", "?", "nonsense words"):
        text = officer.send(word)[0]
        assert "Officer commands:" in text and "R <tip> <message>" in text and "TIPS" in text, word
        assert_sms_sized([text])
    assert officer.send("blah")[0].startswith("Unknown command BLAH.")
    public = make_phone(TIPSTER).send("HELP")[0]
    assert "Officer commands" not in public and "anonymously" in public


def test_officer_stop_is_an_opt_out_and_takes_them_off_duty(app, services, officer, make_phone, worker,
                                                           fake_twilio, redis):
    officer.send("ON")
    assert "no more texts" in officer.send("STOP")[0]
    p = services.identity.pseudonym(OFFICER)
    assert redis.exists(keys.opt_out(p)) and not redis.sismember(keys.OFFICERS_ON_DUTY, p)
    _urgent_tip(make_phone(TIPSTER))
    worker()
    assert fake_twilio.sent_to(OFFICER) == []


def test_twilio_21610_on_a_relay_marks_the_tipster_opted_out(app, services, officer, tipster, file_tip, worker,
                                                            fake_twilio, redis):
    tip_id = file_tip(tipster)
    fake_twilio.fail_to(TIPSTER, 400, 21610)
    officer.send(f"R {tip_id} hello?")
    worker()
    assert redis.exists(keys.opt_out(services.identity.pseudonym(TIPSTER)))
    assert "opted out" in officer.send(f"R {tip_id} hello again?")[0]


def test_local_mode_records_relays_by_pseudonym(local_app, officers, make_phone, file_tip, worker):
    """No Twilio credentials: relays are recorded for the simulator, addressed by pseudonym."""
    import json

    local = local_app
    assert local.config["LOCAL_MODE"]
    svc = local.extensions["tipline"]
    officer = officers.register(OFFICER, name="PC Jones", badge="4411", app=local)
    tip_id = file_tip(make_phone(TIPSTER, app=local))
    officer.send(f"R {tip_id} which way did the car go?")
    worker(local)
    outbox = [json.loads(x) for x in svc.redis.lrange(keys.LOCAL_OUTBOX, 0, -1)]
    assert [(e["to"], e["label"], e["body"]) for e in outbox] == [
        (svc.identity.pseudonym(TIPSTER), tip_id, f"Avon and Somerset Police re {tip_id}: which way did the car go?")]


def test_answer_to_an_officer_during_an_urgent_draft_is_forwarded(app, services, officer, tipster, worker,
                                                                   fake_twilio):
    """The tip is still a draft (visible because urgent) when the officer asks 'are you safe?'."""
    officer.send("ON")
    tipster.send(URGENT_TEXT)
    worker()
    tip_id = fake_twilio.sent_to(OFFICER)[0]["body"].split("tip ")[1].split()[0].rstrip(":.")
    officer.send(f"R {tip_id} are you safe? stay inside")
    worker()
    assert "are you safe?" in fake_twilio.sent_to(TIPSTER)[-1]["body"]
    tipster.send("yes locked in the bathroom, he went upstairs")
    worker()
    forwarded = [m["body"] for m in fake_twilio.sent_to(OFFICER)]
    assert any(tip_id in b and "locked in the bathroom" in b for b in forwarded), forwarded
    thread = [e["text"] for e in tips.load_thread(services.redis, tip_id)]
    assert thread.count("yes locked in the bathroom, he went upstairs") == 1


def test_a_new_emergency_after_filing_alerts_duty_with_the_new_text(app, officer, tipster, worker, fake_twilio):
    """An emergency after filing is an urgent tip of its own (issue 10); every further
    emergency text in it reaches duty at once too (the tipster had the advice once)."""
    officer.send("ON")
    tipster.send("Fly tipping behind the garages on Mill Lane")
    tipster.send("SEND")
    replies = tipster.send("they are back and one of them has a gun")
    assert "call 999" in replies[0]
    worker()
    texts = [m["body"] for m in fake_twilio.sent_to(OFFICER)]
    assert any(t.startswith("URGENT") and "has a gun" in t for t in texts), texts
    tipster.send("shots fired now")
    worker()
    urgent = [m["body"] for m in fake_twilio.sent_to(OFFICER) if m["body"].startswith("URGENT")]
    assert len(urgent) == 2 and "shots fired" in urgent[1]
