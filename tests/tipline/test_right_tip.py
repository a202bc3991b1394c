"""Texts land on the right tip (issue 10), end to end: signed webhook requests, a real
Redis, the real rq worker path and the fake Twilio server. An answer after an
officer's message goes to the tip that officer wrote about, and to that officer; two
officers waiting: the tipster is asked which, and the text is kept until they say (or
goes to both, marked, if they never do); a new matter after filing is a new tip; an
emergency is an urgent tip of its own, linked both ways; a filed tip can be withdrawn;
a new draft starts clean."""
from __future__ import annotations

import re
import time

import pytest

from bot.store import keys
from bot.tipline import drafts, tips
from tests.helpers import OFFICER, TIPSTER, assert_sms_sized, conversation

TIP_ID = re.compile(r"T-[A-Z0-9]{4,6}")
OTHER_OFFICER = "+447700900502"


def file_tip(phone, text: str) -> str:
    """A new tip (NEW first if the phone has a filed one), SENT; its ID."""
    replies = phone.send(text)
    if "Added to your tip" in " ".join(replies):
        phone.send("NEW")
        phone.send(text)
    [tip_id] = set(TIP_ID.findall(" ".join(phone.send("SEND"))))
    return tip_id


def thread_texts(redis, tip_id: str) -> list[str]:
    return [e["text"] for e in tips.load_thread(redis, tip_id)]


def sent_to(fake_twilio, number: str) -> list[str]:
    return [m["body"] for m in fake_twilio.sent_to(number)]


@pytest.fixture()
def tipster(make_phone):
    return make_phone(TIPSTER)


@pytest.fixture()
def jones(officers):
    return officers.register(OFFICER, name="PC Jones", badge="4411")


@pytest.fixture()
def patel(officers):
    return officers.register(OTHER_OFFICER, name="PC Patel", badge="4412")


@pytest.fixture()
def two_tips(tipster, clock):
    """The issue's phone: T-A, then T-B a day later (so T-A's window is long past)."""
    tip_a = file_tip(tipster, "Lads dealing from a grey Honda outside the Co-op on Market Street")
    clock.advance(hours=24)
    tip_b = file_tip(tipster, "Fly tipping in the lay-by on the A37 every Friday")
    clock.advance(hours=3)
    return tip_a, tip_b


# -- an answer after an officer's message -----------------------------------------------
def test_the_answer_goes_to_the_tip_the_officer_asked_about_and_to_that_officer(
        services, tipster, jones, two_tips, redis, worker, fake_twilio):
    tip_a, tip_b = two_tips
    assert "Queued for the tipster" in jones.send(f"R {tip_a} what time of night?")[0]
    worker()
    assert sent_to(fake_twilio, TIPSTER) == [f"Avon and Somerset Police re {tip_a}: what time of night?"]
    replies = tipster.send("about 3am, most nights")
    assert_sms_sized(replies)
    assert replies == [f"Thank you. Added to your tip {tip_a} for the officer who asked."]
    worker()
    assert sent_to(fake_twilio, OFFICER) == [f"Tipster re {tip_a}: about 3am, most nights"]
    assert thread_texts(redis, tip_a)[-1] == "about 3am, most nights"
    assert "about 3am, most nights" not in thread_texts(redis, tip_b)
    # The rest of the answer follows it; the wait is over once answered.
    tipster.send("in a grey Honda")
    worker()
    assert sent_to(fake_twilio, OFFICER)[-1] == f"Tipster re {tip_a}: in a grey Honda"
    assert redis.zcard(keys.awaiting_answer(services.identity.pseudonym(TIPSTER))) == 0


def test_two_officers_waiting_the_tipster_is_asked_which_and_nothing_is_lost(
        tipster, jones, patel, two_tips, redis, worker, fake_twilio, clock):
    tip_a, tip_b = two_tips
    jones.send(f"R {tip_a} what time of night?")
    clock.advance(minutes=5)
    patel.send(f"R {tip_b} which lay-by?")
    worker()
    replies = tipster.send("the one by the garage")
    assert replies == [f"Which tip is this about? Reply {tip_b} or {tip_a} with your answer."]
    assert tipster.send("near the bins") == replies   # kept with it, asked again
    worker()
    assert sent_to(fake_twilio, OFFICER) == sent_to(fake_twilio, OTHER_OFFICER) == []
    assert "the one by the garage" not in thread_texts(redis, tip_a) + thread_texts(redis, tip_b)
    # Answered with the ID in a form an officer might type, lower case, no hyphen.
    replies = tipster.send(f"t{tip_b[2:].lower()} opposite the Esso")
    assert replies == [f"Thank you. Added to your tip {tip_b} for the officer who asked."]
    worker()
    assert sent_to(fake_twilio, OTHER_OFFICER) == [f"Tipster re {tip_b}: {t}" for t in
                                                   ("the one by the garage", "near the bins", "opposite the Esso")]
    assert sent_to(fake_twilio, OFFICER) == []
    assert thread_texts(redis, tip_b)[-3:] == ["the one by the garage", "near the bins", "opposite the Esso"]
    # PC Jones is still waiting on T-A: the next text (after the window) is for him.
    clock.advance(hours=2)
    tipster.send("about 3am")
    worker()
    assert sent_to(fake_twilio, OFFICER) == [f"Tipster re {tip_a}: about 3am"]


def test_a_which_question_never_answered_goes_to_both_marked(
        services, tipster, jones, patel, two_tips, redis, worker, fake_twilio, clock):
    tip_a, tip_b = two_tips
    jones.send(f"R {tip_a} what time of night?")
    clock.advance(minutes=5)
    patel.send(f"R {tip_b} which lay-by?")
    worker()
    tipster.send("the one by the garage")
    pseudonym = services.identity.pseudonym(TIPSTER)
    late = clock.time() + services.config["DRAFT_IDLE_MINUTES"] * 60 + 1
    assert drafts.check_draft(services, pseudonym, now=late) == "settled"
    worker()
    note = f"({tip_b} or {tip_a}? The tipster did not say which.) the one by the garage"   # newest first
    assert sent_to(fake_twilio, OFFICER) == [f"Tipster re {tip_a}: {note}"]
    assert sent_to(fake_twilio, OTHER_OFFICER) == [f"Tipster re {tip_b}: {note}"]
    assert thread_texts(redis, tip_a)[-1] == thread_texts(redis, tip_b)[-1] == note
    assert "which" not in conversation(services, TIPSTER)
    assert drafts.check_draft(services, pseudonym, now=late + 60) == "nothing to file"   # once


def test_the_wait_ends_with_the_tip_closed_or_after_answer_wait_hours(
        services, tipster, jones, two_tips, redis, worker, fake_twilio, clock):
    tip_a, tip_b = two_tips
    jones.send(f"R {tip_a} what time of night?")
    assert "closed" in jones.send(f"CLOSE {tip_a}")[0]
    replies = tipster.send("something else keeps happening near my house")
    assert "This is a new tip" in " ".join(replies)
    assert "something else" not in " ".join(thread_texts(redis, tip_a))
    tipster.send("DELETE")
    # Expired: a relay longer ago than ANSWER_WAIT_HOURS is no longer waited on.
    jones.send(f"R {tip_b} which lay-by?")
    clock.advance(hours=services.config["ANSWER_WAIT_HOURS"] + 1)
    replies = tipster.send("more trouble on the estate")
    assert "This is a new tip" not in " ".join(replies) and "anonymous" in " ".join(replies)   # no tip to add to
    assert "more trouble" not in " ".join(thread_texts(redis, tip_b))


# -- after filing: a new matter is a new tip ---------------------------------------------
def test_a_new_matter_days_later_is_a_new_tip_and_tips_shows_it(services, tipster, jones, redis, clock):
    old = file_tip(tipster, "Lads dealing from a grey Honda outside the Co-op on Market Street")
    before = thread_texts(redis, old)
    clock.advance(hours=72)
    replies = tipster.send("something bad keeps happening near my house on Hill Road")
    joined = " ".join(replies)
    assert "this line is anonymous" in joined and f"To add to {old} instead" in joined
    assert "Added to your tip" not in joined
    conv = conversation(services, TIPSTER)
    assert conv["state"] == "when" and conv["tip_id"] != old and not conv.get("visible")
    assert tips.load_tip(redis, conv["tip_id"]) is None   # a draft: not shown until filed
    new = TIP_ID.search(" ".join(tipster.send("SEND"))).group(0)
    assert new == conv["tip_id"]
    listing = jones.send("TIPS")[0]
    assert listing.index(new) < listing.index(old) and "Hill Road" in listing.split("\n")[1]
    assert thread_texts(redis, old) == before
    assert thread_texts(redis, new) == ["something bad keeps happening near my house on Hill Road"]


def test_an_emergency_after_filing_is_a_new_urgent_tip_linked_both_ways(
        services, tipster, jones, redis, worker, fake_twilio, clock):
    assert "on duty" in jones.send("ON")[0]
    old = file_tip(tipster, "Lads dealing from a grey Honda outside the Co-op on Market Street")
    before = thread_texts(redis, old)
    clock.advance(minutes=3)
    replies = tipster.send("they are back and one of them has a gun")
    assert replies[0].startswith("If anyone is in danger now, call 999") and "Added to your tip" not in replies[0]
    new = conversation(services, TIPSTER)["tip_id"]
    assert new != old
    worker()
    urgent = [t for t in sent_to(fake_twilio, OFFICER) if t.startswith("URGENT")]
    assert len(urgent) == 1 and f"tip {new}:" in urgent[0] and "has a gun" in urgent[0]
    assert tips.load_tip(redis, new)["linked_tip"] == old and tips.load_tip(redis, old)["linked_tip"] == new
    assert not tips.load_tip(redis, old)["urgent"] and thread_texts(redis, old) == before
    assert f"Linked: {old} (same tipster)" in jones.send(f"SHOW {new}")[0]
    assert f"Linked: {new} (same tipster)" in jones.send(f"SHOW {old}")[0]


# -- withdrawing a filed tip ----------------------------------------------------------------
def test_a_filed_tip_withdrawn_is_kept_marked_and_the_officer_in_touch_told(
        tipster, jones, patel, redis, worker, fake_twilio):
    assert "on duty" in patel.send("ON")[0]   # on duty but not in touch: not told
    tip_id = file_tip(tipster, "Lads dealing from a grey Honda outside the Co-op on Market Street")
    jones.send(f"R {tip_id} which way did they go?")
    worker()
    assert tipster.send("DELETE")[0].startswith(f"Withdraw your tip {tip_id}?")
    assert tips.load_tip(redis, tip_id).get("withdrawn") != "1"
    assert tipster.send("DELETE") == [f"Your tip {tip_id} is withdrawn. Text us again any time."]
    worker()
    tip = tips.load_tip(redis, tip_id)
    assert tip["withdrawn"] == "1" and tip["fields"]["what"].startswith("Lads dealing")
    assert thread_texts(redis, tip_id)[-1] == "Withdrawn by the tipster."
    assert sent_to(fake_twilio, OFFICER) == [f"Tipster re {tip_id}: (withdrawn by the tipster)"]
    assert sent_to(fake_twilio, OTHER_OFFICER) == []
    assert "withdrawn" in jones.send("TIPS")[0]


def test_withdrawing_a_tip_nobody_wrote_to_tells_nobody(tipster, jones, redis, worker, fake_twilio):
    assert "on duty" in jones.send("ON")[0]
    tip_id = file_tip(tipster, "Fly tipping in the lay-by on the A37 every Friday")
    tipster.send("DELETE")
    tipster.send("DELETE")
    worker()
    assert tips.load_tip(redis, tip_id)["withdrawn"] == "1" and sent_to(fake_twilio, OFFICER) == []


# -- corrections --------------------------------------------------------------------------
def test_back_corrects_an_answer_and_the_filed_tip_has_the_correction(tipster, redis):
    tipster.send("Two men carrying boxes out of the empty house")
    tipster.send("Farrington Road, Paulton")
    assert "Your answer was: Farrington Road, Paulton." in " ".join(tipster.send("BACK"))
    tipster.send("Paulton Road, Midsomer Norton")
    tip = tips.load_tip(redis, TIP_ID.search(" ".join(tipster.send("SEND"))).group(0))
    assert tip["fields"]["where"] == "Paulton Road, Midsomer Norton"
    assert not any("Farrington" in place for place in tip["facts"].get("locations", []))


# -- a new draft starts clean (the bot's own keys about the last one go) -------------------
@pytest.mark.parametrize("how", ["NEW after filing", "DELETE of an urgent draft"])
def test_the_next_draft_is_not_shown_to_officers_before_it_is_filed(services, tipster, redis, how):
    if how == "NEW after filing":
        file_tip(tipster, "Lads dealing from a grey Honda outside the Co-op on Market Street")
        tipster.send("NEW")
    else:
        tipster.send("Man with a knife outside the Co-op on Market Street right now")
        tipster.send("DELETE")
    shown = redis.zcard(keys.TIPS_BY_TIME)
    tipster.send("Graffiti all over the bus shelter")
    conv = conversation(services, TIPSTER)
    assert not conv.get("visible") and redis.zcard(keys.TIPS_BY_TIME) == shown
    assert tips.load_tip(redis, conv["tip_id"]) is None


def test_a_second_emergency_in_an_urgent_tip_reaches_duty_at_once(tipster, jones, worker, fake_twilio):
    assert "on duty" in jones.send("ON")[0]
    tipster.send("Man with a knife outside the Co-op on Market Street right now")
    worker()
    replies = tipster.send("now he has a gun too")
    assert "call 999" not in replies[0]   # the advice once per tip
    worker()
    urgent = [t for t in sent_to(fake_twilio, OFFICER) if t.startswith("URGENT")]
    assert len(urgent) == 2 and "now he has a gun too" in urgent[1]


def test_time_moves_only_for_the_webhook(clock):
    before = time.time()
    clock.advance(hours=5)
    assert clock.time() - before >= 5 * 3600 and time.time() - before < 60
