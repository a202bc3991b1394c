"""The tip conversation end to end: facts the tipster already gave are not asked
again, photos are kept, emergencies flagged at once, tips stored with the facts."""
from __future__ import annotations

import re

from bot.store import keys
from bot.tipline import tips
from tests.helpers import assert_sms_sized, conversation

TIP_ID = re.compile(r"T-[A-Z0-9]{4,6}")


def _file(phone) -> str:
    replies = phone.send("SEND")
    match = TIP_ID.search(" ".join(replies))
    assert match, replies
    return match.group(0)


def test_first_text_with_place_plate_and_time_skips_those_questions(phone, services, redis):
    replies = phone.send("some dude selling from a car at 8th n poplar just now, grey Honda Civic tag hvm2207")
    joined = " ".join(replies)
    assert_sms_sized(replies)
    assert "Got it:" in joined and "HVM2207" in joined
    conv = conversation(services, phone.number)
    assert conv["state"] == "people"  # where, when and vehicle were all given
    assert {"where", "when", "vehicle"} <= set(conv["answered_by_facts"])
    tip_id = _file(phone)
    tip = tips.load_tip(redis, tip_id)
    assert "HVM2207" in tip["facts"]["plates"]
    assert any("poplar" in loc.lower() for loc in tip["facts"]["locations"])
    assert tip["fields"]["what"].startswith("some dude selling")


def test_only_missing_questions_are_asked(phone, services):
    phone.send("Lads on scramblers in the woods behind Farrington Road, Paulton")
    conv = conversation(services, phone.number)
    assert conv["state"] == "when"
    replies = phone.send("yesterday evening about 7pm")
    assert "vehicle" in " ".join(replies).lower()


def test_tip_ids_are_short_unambiguous_and_unique(make_phone, redis):
    seen = set()
    for n in range(25):
        p = make_phone(f"+4477009{n:05d}")
        p.send("Graffiti on the bridge")
        tip_id = _file(p)
        assert re.fullmatch(r"T-[23456789ABCDEFGHJKMNPQRSTWXYZ]{4,6}", tip_id)
        seen.add(tip_id)
    assert len(seen) == 25


def test_photos_are_kept_as_media_urls(phone, redis):
    phone.send("Someone dumped a van load of rubbish")
    replies = phone.send("", media=["https://api.twilio.com/media/ME1", "https://api.twilio.com/media/ME2"])
    assert "Photo saved" in " ".join(replies)
    tip = tips.load_tip(redis, _file(phone))
    assert tip["media"] == ["https://api.twilio.com/media/ME1", "https://api.twilio.com/media/ME2"]


def test_emergency_gets_the_emergency_number_at_once_and_the_tip_is_urgent(phone, services, redis):
    replies = phone.send("Help there's a man with a knife outside 12 Mill Lane right now")
    assert replies[0].startswith("If anyone is in danger now, call 999")
    conv = conversation(services, phone.number)
    tip = tips.load_tip(redis, conv["tip_id"])  # visible to officers before any more questions
    assert tip and tip["urgent"] and tip["partial"]
    assert redis.zscore(keys.TIPS_BY_TIME, conv["tip_id"]) is not None


def test_emergency_number_is_configurable(app, config, make_phone):
    from bot import create_app

    us = create_app({**config, "EMERGENCY_NUMBER": "911"})
    replies = make_phone("+12155550123", app=us).send("shots fired on 38th & Spruce")
    assert "call 911" in replies[0]


def test_past_crime_is_not_urgent(phone, services):
    phone.send("There was a break-in at the garage last week")
    assert conversation(services, phone.number)["urgent"] is False


def test_follow_up_texts_go_to_the_tip_thread(phone, redis):
    phone.send("Drugs being sold from the back of the pub")
    tip_id = _file(phone)
    phone.send("Same car there again tonight")
    thread = tips.load_thread(redis, tip_id)
    assert [e["text"] for e in thread] == ["Drugs being sold from the back of the pub", "Same car there again tonight"]


def test_review_summary_fits_two_segments_even_with_long_answers(phone):
    phone.send("x " * 500)
    for _ in range(5):  # where, when, vehicle, people, more
        replies = phone.send("SKIP")
    assert "Your tip so far" in " ".join(replies)
    assert_sms_sized(replies)


def test_send_with_nothing_to_file(phone, services):
    replies = phone.send("hi")
    replies = phone.send("SEND")
    assert "nothing to file" in " ".join(replies).lower()
    assert conversation(services, phone.number)["state"] == "what"


def test_own_number_typed_in_a_tip_is_removed(phone, redis):
    phone.send("call me back on 07700 900123 about the stolen bikes")
    tip = tips.load_tip(redis, _file(phone))
    assert "900123" not in tip["fields"]["what"] and "[own number removed]" in tip["fields"]["what"]
