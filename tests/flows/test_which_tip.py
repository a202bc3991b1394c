"""Which tip a text is about (issue 10, "Texts must land on the right tip"), in the
engine alone: an answer after an officer's message goes to the tip the officer wrote
about (or the tipster is asked which, the text kept meanwhile); after filing, a text
is added to the tip only while it is plausibly about it; an emergency is always an
urgent tip of its own. The host's reads (which tips an officer is waiting on, which
tip a text names) are FlowPhone's: tests/flows/helpers.py."""
from __future__ import annotations

import pytest

from flows.events import Discarded, Filed, FollowUp, Urgent
from tests.flows.helpers import ANSWER_WAIT_S, FOLLOW_UP_WINDOW_S

WHERE, WHEN = "Where was this?", "When was it?"
WELCOME = "ASP Tip Line: this line is anonymous. In an emergency call 999."
KNIFE = {"urgent": True, "urgent_reason": "weapon"}
LATER = FOLLOW_UP_WINDOW_S / 60 + 60   # minutes: well outside the follow-up window


def file(phone, text: str, after_minutes: float = LATER) -> str:
    """A new tip, filed; returns its ID."""
    if phone.conv and phone.conv["state"] == "filed":
        phone.send("NEW", after_minutes=after_minutes)
    phone.send(text)
    assert phone.send("SEND").events == [Filed()]
    return phone.conv["tip_id"]


def two_tips(phone) -> tuple[str, str]:
    return file(phone, "Drugs being sold from a flat on Mill Lane"), file(phone, "Fly tipping in the lay-by")


# -- an answer after an officer's message ---------------------------------------------
def test_the_answer_goes_to_the_tip_the_officer_wrote_about(phone):
    """The issue's case: T-A, then T-B; an officer writes on T-A; the answer is T-A's."""
    tip_a, tip_b = two_tips(phone)
    phone.officer_writes(tip_a, minutes_later=LATER)
    result = phone.send("about 3am, most nights")
    assert result.events == [FollowUp(text="about 3am, most nights", tip_id=tip_a)]
    assert result.lines == [f"Thank you. Added to your tip {tip_a} for the officer who asked."]
    assert result.conv["state"] == "filed" and result.conv["tip_id"] == tip_a
    # The answer in two texts: the second follows the first (the follow-up window).
    assert phone.send("and a white van").events == [FollowUp(text="and a white van", tip_id=tip_a)]


def test_an_answer_straight_after_filing_another_tip_is_asked_about(phone):
    """The officer wrote on T-A while the tipster was filing T-B: either could be meant."""
    tip_a = file(phone, "Drugs being sold from a flat on Mill Lane")
    phone.send("NEW", after_minutes=LATER)
    phone.send("Fly tipping in the lay-by")
    phone.officer_writes(tip_a)
    phone.send("SEND")
    tip_b = phone.conv["tip_id"]
    result = phone.send("it was a white van", after_minutes=2)
    # The relay came before the tipster's last text (SEND): only T-B is plausible.
    assert result.events == [FollowUp(text="it was a white van", tip_id=tip_b)]
    phone.officer_writes(tip_a)
    result = phone.send("the van again")
    assert result.events == [] and result.lines == [
        f"Which tip is this about? Reply {tip_a} or {tip_b} with your answer."]


@pytest.mark.parametrize("form", ["{id} it was 3am", "{id}: it was 3am", "{lower} it was 3am", "{compact} it was 3am",
                                  "{body} it was 3am", "T {body} it was 3am"])
def test_two_officers_waiting_ask_which_and_keep_the_text_until_told(phone, form):
    tip_a, tip_b = two_tips(phone)
    phone.officer_writes(tip_a, minutes_later=LATER)
    phone.officer_writes(tip_b)
    result = phone.send("around 3am")
    assert result.events == [] and result.lines == [
        f"Which tip is this about? Reply {tip_b} or {tip_a} with your answer."]
    assert phone.conv["which"]["texts"][0]["text"] == "around 3am"
    result = phone.send("he had a red cap")   # no ID: kept too, asked again
    assert result.events == [] and result.lines[0].startswith("Which tip is this about?")
    body = tip_a[2:]
    reply = form.format(id=tip_a, lower=tip_a.lower(), compact="t" + body, body=body)
    result = phone.send(reply)
    assert result.events == [FollowUp(text="around 3am", tip_id=tip_a), FollowUp(text="he had a red cap", tip_id=tip_a),
                             FollowUp(text="it was 3am", tip_id=tip_a)]
    assert result.lines == [f"Thank you. Added to your tip {tip_a} for the officer who asked."]
    assert "which" not in result.conv and result.conv["tip_id"] == tip_a


def test_the_id_alone_settles_which(phone):
    tip_a, tip_b = two_tips(phone)
    phone.officer_writes(tip_a, minutes_later=LATER)
    phone.officer_writes(tip_b)
    phone.send("around 3am")
    result = phone.send(tip_b)
    assert result.events == [FollowUp(text="around 3am", tip_id=tip_b)]


def test_an_unanswered_which_goes_to_every_tip_it_may_be_about(phone, engine):
    """For the host's idle check: nothing lost and nothing guessed."""
    tip_a, tip_b = two_tips(phone)
    phone.officer_writes(tip_a, minutes_later=LATER)
    phone.officer_writes(tip_b)
    phone.send("around 3am", media=["https://api.twilio.com/media/ME1"])
    events = engine.settle_unanswered(phone.conv)
    both = (tip_b, tip_a)
    assert events == [FollowUp(text="around 3am", media=("https://api.twilio.com/media/ME1",), tip_id=t, unsure=both)
                      for t in both]
    assert "which" not in phone.conv and engine.settle_unanswered(phone.conv) == []


def test_an_emergency_or_a_command_leaves_the_which_question_open(phone):
    tip_a, tip_b = two_tips(phone)
    phone.officer_writes(tip_a, minutes_later=LATER)
    phone.officer_writes(tip_b)
    phone.send("around 3am")
    result = phone.send("he is here with a knife now", facts=KNIFE)
    assert result.events == [Urgent(reason="weapon")] and result.conv["state"] == "where"
    assert result.conv["which"]["texts"][0]["text"] == "around 3am"
    result = phone.send(f"{tip_a} around 3am")   # in the urgent draft: the ID still settles it
    assert [e.tip_id for e in result.events] == [tip_a, tip_a] and result.lines[-1].startswith(WHERE)


def test_an_officer_writing_mid_draft_gets_the_next_text_then_the_draft_goes_on(phone):
    tip_a = file(phone, "Drugs being sold from a flat on Mill Lane")
    phone.send("NEW", after_minutes=LATER)
    phone.send("Fly tipping in the lay-by")
    phone.officer_writes(tip_a)
    result = phone.send("3am")
    assert result.events == [FollowUp(text="3am", tip_id=tip_a)]
    assert result.lines == [f"Thank you. Added to your tip {tip_a} for the officer who asked.",
                            "Where was this? A street, junction, landmark or postcode."]
    assert result.conv["state"] == "where" and result.conv["texts"] == ["Fly tipping in the lay-by"]
    result = phone.send("The lay-by on the A37")
    assert result.events == [] and result.conv["fields"]["where"] == "The lay-by on the A37"


def test_an_officer_on_the_draft_itself_is_the_draft(phone):
    """An urgent draft officers can see: an officer's question on it is answered in it."""
    phone.send("Man with a knife outside the Co-op", facts=KNIFE)
    phone.officer_writes(phone.conv["tip_id"])
    result = phone.send("he went towards the park")
    assert result.events == [] and result.conv["fields"]["where"] == "he went towards the park"


def test_the_wait_ends(phone):
    tip_a, _ = two_tips(phone)
    phone.officer_writes(tip_a, minutes_later=LATER)
    result = phone.send("something else entirely", after_minutes=ANSWER_WAIT_S / 60 + 1)
    assert result.events == [] and result.lines[0] == WELCOME and result.conv["state"] == "where"


def test_a_stale_wait_takes_a_text_after_filing_but_not_a_drafts_answers(phone):
    """The tipster texted since the officer wrote (NEW): the new draft's answers are the
    draft's, and just after filing it a text is about it; once that window is past, the
    officer is still waiting: the text is the answer."""
    tip_a = file(phone, "Drugs being sold from a flat on Mill Lane")
    phone.officer_writes(tip_a, minutes_later=LATER)
    phone.send("NEW")
    assert phone.send("Fly tipping in the lay-by").events == []
    assert phone.send("The lay-by on the A37").events == []
    phone.send("SEND")
    tip_b = phone.conv["tip_id"]
    assert phone.send("it was a white van").events == [FollowUp(text="it was a white van", tip_id=tip_b)]
    assert phone.send("about 3am", after_minutes=LATER).events == [FollowUp(text="about 3am", tip_id=tip_a)]


# -- after filing: a follow-up only while it is plausibly about the tip ------------------
def test_within_the_window_a_text_is_added_to_the_tip(phone):
    tip_id = file(phone, "Drugs being sold from a flat on Mill Lane")
    minutes = FOLLOW_UP_WINDOW_S / 60 - 1
    assert phone.send("one had a red cap", after_minutes=minutes).events == [
        FollowUp(text="one had a red cap", tip_id=tip_id)]
    # The window counts from the last text about it: a conversation with the tip goes on.
    assert phone.send("and a limp", after_minutes=minutes).events == [FollowUp(text="and a limp", tip_id=tip_id)]


def test_after_the_window_a_text_is_a_new_tip(phone, engine):
    tip_id = file(phone, "Drugs being sold from a flat on Mill Lane")
    result = phone.send("something bad keeps happening near my house", after_minutes=LATER)
    assert result.events == []
    assert result.lines == [WELCOME, f"This is a new tip. To add to {tip_id} instead, reply DELETE, then start your "
                                     f"text with {tip_id}.", "Where was this? A street, junction, landmark or postcode."]
    conv = result.conv
    assert conv["state"] == "where" and conv["tip_id"] not in (None, tip_id) and conv["linked_tip"] is None
    assert conv["fields"] == {"what": "something bad keeps happening near my house"} and engine.is_draft(conv)
    assert conv["texts"] == ["something bad keeps happening near my house"] and conv["filed_at"] is None


def test_naming_the_tip_adds_to_it_whenever_and_wherever(phone):
    tip_a, tip_b = two_tips(phone)
    result = phone.send(f"{tip_a} they are back", after_minutes=LATER)
    assert result.events == [FollowUp(text="they are back", tip_id=tip_a)]
    assert result.lines[0].startswith(f"Added to your tip {tip_a}.") and phone.conv["tip_id"] == tip_a
    result = phone.send(f"about {tip_b}: the fly tipper came back", after_minutes=LATER)
    assert result.events == [FollowUp(text=f"about {tip_b}: the fly tipper came back", tip_id=tip_b)]
    result = phone.send(tip_a, after_minutes=LATER)   # the ID alone
    assert result.events == [] and result.lines == [
        f"What would you like to add to your tip {tip_a}? Start your text with {tip_a}."]
    assert phone.send("the flat door is boarded up").events[0].tip_id == tip_a


def test_an_id_that_is_not_one_of_the_tipsters_tips_is_just_words(phone):
    file(phone, "Drugs being sold from a flat on Mill Lane")
    result = phone.send("T-9999 is what the graffiti says", after_minutes=LATER)
    assert result.events == [] and result.lines[0] == WELCOME


def test_a_draft_that_names_its_own_id_is_the_draft(phone):
    phone.send("Drugs being sold from a flat on Mill Lane")
    result = phone.send(f"{phone.conv['tip_id']} Mill Lane")
    assert result.events == [] and result.conv["state"] == "when"


# -- emergencies ---------------------------------------------------------------------
@pytest.mark.parametrize("how", ["straight after", "named", "officer waiting"])
def test_an_emergency_is_always_an_urgent_tip_of_its_own_linked_to_the_earlier(phone, how):
    tip_a, tip_b = two_tips(phone)
    text = "he is back with a knife right now"
    if how == "named":
        text = f"{tip_a} {text}"
    if how == "officer waiting":
        phone.officer_writes(tip_a)
    result = phone.send(text, facts=KNIFE, after_minutes=1)
    assert result.events == [Urgent(reason="weapon")]
    assert result.lines[0].startswith("If anyone is in danger now, call 999")
    assert not any("Added to your tip" in line or "new tip" in line for line in result.lines)
    conv = result.conv
    assert conv["urgent"] and conv["state"] == "where" and conv["tip_id"] not in (tip_a, tip_b)
    assert conv["linked_tip"] == (tip_a if how == "named" else tip_b)


# -- withdrawing a filed tip and correcting an answer -----------------------------------
def test_delete_after_filing_asks_then_withdraws(phone):
    tip_id = file(phone, "Drugs being sold from a flat on Mill Lane")
    result = phone.send("DELETE")
    assert result.events == [] and result.conv["state"] == "withdraw"
    assert result.lines == [f"Withdraw your tip {tip_id}? Officers keep what you sent, marked withdrawn. Reply "
                            "DELETE to confirm, or NO to keep it."]
    result = phone.send("delete")
    assert result.events == [Discarded(tip_id=tip_id)]
    assert result.lines == [f"Your tip {tip_id} is withdrawn. Text us again any time."]
    assert result.conv["state"] == "start" and result.conv["tip_id"] is None


def test_anything_but_delete_keeps_the_tip(phone):
    tip_id = file(phone, "Drugs being sold from a flat on Mill Lane")
    phone.send("withdraw")
    result = phone.send("NO")
    assert result.lines == [f"OK, your tip {tip_id} is kept."] and result.conv["state"] == "filed"
    phone.send("DELETE")
    result = phone.send("the flat is number 4")
    assert result.events == [FollowUp(text="the flat is number 4", tip_id=tip_id)]
    assert result.conv["state"] == "filed"
    phone.send("DELETE")
    result = phone.send("NEW")
    assert result.conv["state"] == "what" and result.events == []


def test_commands_that_mean_nothing_after_filing_say_what_does(phone):
    tip_id = file(phone, "Drugs being sold from a flat on Mill Lane")
    for word in ("SEND", "skip", "BACK", "done"):
        result = phone.send(word)
        assert result.events == [] and result.lines == [
            f"Your tip {tip_id} is filed. To add to it, start your text with {tip_id}. DELETE to withdraw it, NEW to "
            "start a new tip."], word
    photo = "https://api.twilio.com/media/ME9"
    assert phone.send("SEND", media=[photo]).events == [FollowUp(text="", media=(photo,), tip_id=tip_id)]
    result = phone.send("SEND", media=[photo + "0"], after_minutes=LATER)   # a new tip, not filed by the word
    assert result.events == [] and result.conv["media"] == [photo + "0"] and result.conv["state"] == "what"


def test_back_replaces_the_last_answer_and_its_facts(phone):
    phone.send("Two men carrying boxes out of the empty house")
    phone.send("Farrington Road", facts={"locations": ["Farrington Road"]})
    assert phone.conv["state"] == "when"
    result = phone.send("BACK")
    assert result.lines == ["Your answer was: Farrington Road. Send a new one to replace it.",
                            "Where was this? A street, junction, landmark or postcode."]
    result = phone.send("Paulton Road", facts={"locations": ["Paulton Road"]})
    assert result.conv["fields"]["where"] == "Paulton Road" and result.conv["facts"]["locations"] == ["Paulton Road"]
    assert result.conv["state"] == "when" and result.conv["texts"][-2:] == ["Farrington Road", "Paulton Road"]


def test_back_passes_questions_answered_by_facts_and_reopens_them_if_the_facts_go(phone):
    facts = {"locations": ["8th n poplar"], "times": ["just now"], "plates": ["HVM2207"]}
    phone.send("some dude selling from a car at 8th n poplar just now, tag hvm2207", facts=facts)
    assert phone.conv["state"] == "people"
    result = phone.send("BACK")
    assert result.conv["state"] == "what" and result.lines[0].startswith("Your answer was: some dude selling")
    result = phone.send("some dude selling from a car, tag hvm2207", facts={"plates": ["HVM2207"]})
    assert result.conv["facts"]["locations"] == [] and result.conv["facts"]["plates"] == ["HVM2207"]
    assert result.conv["state"] == "where" and result.lines[-1].startswith(WHERE)   # no longer answered
    assert result.conv["answered_by_facts"] == []
    phone.send("8th n poplar")
    result = phone.send("just now")
    assert result.conv["state"] == "people" and result.conv["answered_by_facts"] == ["vehicle"]   # the plate


def test_back_at_the_first_question_and_at_the_review(phone):
    phone.send("hi")
    assert phone.send("BACK").lines == ["There is no earlier answer to change.",
                                        "What happened? Tell us in your own words."]
    phone.send("Fly tipping in the lay-by")
    for _ in range(5):
        phone.send("SKIP")
    assert phone.conv["state"] == "review"
    result = phone.send("back")
    assert result.conv["state"] == "more" and result.lines[0] == "You skipped this question. Send an answer, or SKIP."
    result = phone.send("there were three bags of asbestos")
    assert result.conv["state"] == "review" and result.conv["fields"]["more"] == "there were three bags of asbestos"
    assert "more" not in result.conv["skipped"]


def test_skip_after_back_keeps_the_answer(phone):
    phone.send("Fly tipping in the lay-by")
    phone.send("The lay-by on the A37")
    phone.send("BACK")
    result = phone.send("SKIP")
    assert result.conv["fields"]["where"] == "The lay-by on the A37" and result.conv["skipped"] == []
    assert result.conv["state"] == "when" and "replacing" not in result.conv


# -- a new draft starts clean -----------------------------------------------------------
@pytest.mark.parametrize("how", ["NEW", "new matter", "DELETE of an urgent draft"])
def test_a_new_draft_keeps_none_of_the_hosts_keys_about_the_old_one(phone, how):
    if how == "DELETE of an urgent draft":
        phone.send("Man with a knife outside the Co-op", facts=KNIFE)
        phone.conv.update(visible=True, idle_check_at=phone.now + 60)   # what the host adds
        phone.send("DELETE")
    else:
        file(phone, "Drugs being sold from a flat on Mill Lane")
        phone.conv.update(visible=True, idle_check_at=phone.now - 60)
        phone.send("NEW" if how == "NEW" else "something else", after_minutes=LATER)
    assert "visible" not in phone.conv and "idle_check_at" not in phone.conv
