"""FlowEngine on its own: what one step does to a conversation, which lines it
returns and which events it asks the host to carry out. Facts are given
explicitly (the engine's input), except where real extraction is the point."""
from __future__ import annotations

import pytest

from flows.events import Discarded, Filed, FollowUp, Urgent
from flows.state import MAX_FIELD_CHARS, MAX_TEXTS_KEPT
from tests.flows.helpers import FlowPhone

WHAT, WHERE, WHEN = "What happened?", "Where was this?", "When was it?"
VEHICLE, PEOPLE, MORE = "Was there a vehicle?", "Anyone involved?", "Anything else?"
WELCOME = "ASP Tip Line: this line is anonymous. In an emergency call 999."
PHOTO = "https://api.twilio.com/media/ME1"
KNIFE = {"urgent": True, "urgent_reason": "weapon"}


def drafting(phone, text="Someone is dealing from the flat above the chip shop") -> None:
    """Start a draft; it waits on the WHERE question."""
    phone.send(text)
    assert phone.conv["state"] == "where"


def filed(phone) -> str:
    drafting(phone)
    result = phone.send("SEND")
    assert result.events == [Filed()]
    return phone.conv["tip_id"]


def starts(lines, *prefixes) -> bool:
    return len(lines) == len(prefixes) and all(line.startswith(p) for line, p in zip(lines, prefixes))


# -- the first text ---------------------------------------------------------------
def test_a_greeting_gets_the_welcome_and_the_first_question(phone):
    result = phone.send("Hi")
    assert result.lines == [WELCOME, "What happened? Tell us in your own words."]
    assert result.events == [] and result.conv["state"] == "what" and result.conv["fields"] == {}


def test_a_first_text_is_the_answer_to_what_happened(phone):
    result = phone.send("Kids throwing stones at buses")
    assert starts(result.lines, WELCOME, WHERE)
    assert result.conv["fields"] == {"what": "Kids throwing stones at buses"}


def test_an_empty_first_text_gets_the_welcome_and_the_first_question(phone, engine):
    result = phone.send("")
    assert starts(result.lines, WELCOME, WHAT)
    assert result.conv["state"] == "what" and not engine.is_draft(result.conv)


# -- facts answer questions before they are asked --------------------------------
def test_questions_answered_by_facts_are_skipped(phone):
    facts = {"plates": ["HVM2207"], "locations": ["8th n poplar"], "times": ["just now"]}
    result = phone.send("some dude selling from a car at 8th n poplar just now, tag hvm2207", facts=facts)
    assert result.lines[1] == "Got it: plate HVM2207, at 8th n poplar, just now."
    assert result.lines[2].startswith(PEOPLE)
    assert result.conv["answered_by_facts"] == ["where", "when", "vehicle"]
    assert result.conv["facts"] == facts


def test_facts_in_a_later_answer_skip_the_questions_they_answer(phone):
    drafting(phone)
    result = phone.send("Market Street, last night about 11", facts={"locations": ["Market Street"],
                                                                   "times": ["last night about 11"]})
    assert result.lines[-1].startswith(VEHICLE)
    assert result.conv["fields"]["where"] == "Market Street, last night about 11"
    assert result.conv["answered_by_facts"] == ["when"]


def test_facts_already_known_are_not_announced_again(phone):
    phone.send("A grey van outside the school", facts={"vehicles": ["grey van"]})
    result = phone.send("Outside the school gates", facts={"vehicles": ["grey van"]})
    assert not any(line.startswith("Got it") for line in result.lines)


def test_real_extraction_skips_the_questions_too(phone):
    import nlp

    phone.extract = nlp.extract
    result = phone.send("some dude selling from a car at 8th n poplar just now, grey Honda Civic tag hvm2207")
    assert "HVM2207" in result.lines[1]
    assert result.conv["state"] == "people"
    assert {"where", "when", "vehicle"} <= set(result.conv["answered_by_facts"])


def at_vehicle(phone) -> None:
    drafting(phone)
    phone.send("SKIP")
    phone.send("SKIP")
    assert phone.conv["state"] == "vehicle"


def test_a_person_described_when_asked_about_a_vehicle_is_filed_under_people(phone):
    import nlp

    at_vehicle(phone)
    phone.extract = nlp.extract
    result = phone.send("a tall lad about 17 in a grey tracksuit")
    assert "vehicle" not in result.conv["fields"] and "vehicle" in result.conv["skipped"]
    assert result.conv["fields"]["people"] == "a tall lad about 17 in a grey tracksuit"
    assert result.lines[-1].startswith(MORE)          # the people question is answered, not asked


def test_a_vehicle_answer_that_also_describes_people_stays_the_vehicle_answer(phone):
    at_vehicle(phone)
    result = phone.send("silver golf, 2 lads in it, one tall", facts={"vehicles": ["silver golf"],
                                                                      "people": ["2 lads", "tall"]})
    assert result.conv["fields"]["vehicle"] == "silver golf, 2 lads in it, one tall"
    assert "people" not in result.conv["fields"] and "vehicle" not in result.conv["skipped"]


def test_an_answer_with_no_facts_stays_where_it_was_asked(phone):
    at_vehicle(phone)
    result = phone.send("it was parked round the back", facts={})
    assert result.conv["fields"]["vehicle"] == "it was parked round the back"
    assert result.lines[-1].startswith(PEOPLE)


def at_when(phone) -> None:
    drafting(phone)
    phone.send("SKIP")
    assert phone.conv["state"] == "when"


def test_a_person_described_when_asked_when_is_filed_under_people(phone):
    """Found in the simulator: "the taller one has dreads and a red hoodie" at WHEN was filed as the time."""
    import nlp

    at_when(phone)
    phone.extract = nlp.extract
    result = phone.send("the taller one has dreads and a red hoodie")
    assert "when" not in result.conv["fields"] and "when" in result.conv["skipped"]
    assert result.conv["fields"]["people"] == "the taller one has dreads and a red hoodie"
    assert result.lines[-1].startswith(VEHICLE)       # on to the vehicle; the people question is answered


@pytest.mark.parametrize("text, facts", [
    ("just after the van left", {"vehicles": ["van"]}),                     # a vehicle does not move a when answer
    ("after the tall lad went in", {"times": ["after"], "people": ["tall", "lad"]}),   # a time keeps it
])
def test_a_when_answer_with_a_vehicle_or_a_time_stays_the_when_answer(phone, text, facts):
    at_when(phone)
    result = phone.send(text, facts=facts)
    assert result.conv["fields"]["when"] == text and "when" not in result.conv["skipped"]


def test_one_person_fact_is_not_enough_to_move_an_answer(phone):
    """The people question takes two facts (facts_min): "a man" alone is still a vehicle answer."""
    at_vehicle(phone)
    result = phone.send("a man got out", facts={"people": ["a man"]})
    assert result.conv["fields"]["vehicle"] == "a man got out"


# -- commands ---------------------------------------------------------------------
@pytest.mark.parametrize("word", ["SKIP", "skip", "Skip!", "'SKIP.'", "NEXT", "NO", "N/A", "none"])
def test_skip_and_its_aliases_move_on_and_record_the_skip(phone, word):
    drafting(phone)
    result = phone.send(word)
    assert starts(result.lines, WHEN)
    assert result.conv["skipped"] == ["where"] and result.conv["texts"] == [phone.conv["texts"][0]]


@pytest.mark.parametrize("phrase", ["nope", "nah", "No  thanks!", "no thank you", "that\u2019s all", "thats it",
                                    "nothing else", "dont know", "Don't know.", "nada m\u00e1s", "no gracias", "no s\u00e9"])
def test_a_short_no_answer_is_a_skip_not_an_answer(phone, phrase):
    """What people text instead of SKIP ("no thanks", "dont know") skips the question rather
    than becoming the answer ("where: dont know")."""
    drafting(phone)
    result = phone.send(phrase)
    assert starts(result.lines, WHEN)
    assert result.conv["skipped"] == ["where"] and "where" not in result.conv["fields"]


def test_no_photos_at_anything_else_goes_to_the_review_with_nothing_added(phone):
    drafting(phone)
    for _ in range(4):  # where, when, vehicle, people
        phone.send("SKIP")
    review = phone.send("no photos")
    assert starts(review.lines, "Your tip so far: what: Someone is dealing")
    assert "more" not in review.conv["fields"] and "more:" not in review.lines[0]


def test_a_longer_text_starting_with_no_is_still_an_answer(phone):
    drafting(phone)
    result = phone.send("no idea of the number but its the flats on Kings Road")
    assert result.conv["fields"]["where"] == "no idea of the number but its the flats on Kings Road"


def test_skip_also_passes_questions_that_facts_answered(phone):
    drafting(phone)
    phone.conv["facts"]["times"] = ["last night"]
    assert starts(phone.send("SKIP").lines, VEHICLE)


def test_skip_at_the_review_explains_what_to_do(phone):
    drafting(phone)
    for _ in range(4):  # where, when, vehicle, people
        phone.send("SKIP")
    review = phone.send("SKIP")
    assert starts(review.lines, "Your tip so far: what: Someone is dealing")
    result = phone.send("SKIP")
    assert result.lines == ["Nothing is left to skip. Reply SEND to file your tip, DELETE to throw it away, "
                            "or text more to add."]   # not "Added.": nothing was
    assert result.conv["state"] == "review"


@pytest.mark.parametrize("word", ["no", "nope", "nah"])
def test_no_at_the_review_says_the_tip_is_ready(phone, word):
    drafting(phone)
    for _ in range(5):  # where, when, vehicle, people, more
        phone.send("SKIP")
    result = phone.send(word)
    assert result.lines == ["Your tip is ready: reply SEND to file it, DELETE to throw it away, or text more to add."]
    assert result.conv["state"] == "review" and not result.conv["fields"].get("more")


def test_text_at_the_review_is_added_to_more(phone):
    drafting(phone)
    for _ in range(5):
        phone.send("SKIP")
    result = phone.send("He drives a blue Transit")
    assert starts(result.lines, "Added.") and result.conv["fields"]["more"] == "He drives a blue Transit"


@pytest.mark.parametrize("word", ["SEND", "send", "DONE", "Submit", "FINISH", "file."])
def test_send_files_the_draft(phone, word):
    drafting(phone)
    result = phone.send(word)
    assert result.events == [Filed()]
    assert result.lines == ["Thank you. Your tip is T-2345. To add to it later, start your text with T-2345."]
    assert result.conv["state"] == "filed" and result.conv["filed_at"] == phone.now


def test_send_with_nothing_to_file_files_nothing(phone):
    phone.send("hi")
    result = phone.send("SEND")
    assert result.lines == ["There is nothing to file yet. What happened?"]
    assert result.events == [] and result.conv["state"] == "what"


def test_send_as_the_very_first_text_is_a_welcome(phone):
    result = phone.send("SEND")
    assert starts(result.lines, WELCOME, WHAT) and result.events == []


@pytest.mark.parametrize("word", ["DELETE", "discard"])
def test_delete_throws_the_draft_away_and_names_its_tip(phone, engine, word):
    drafting(phone)
    phone.send("", media=[PHOTO])
    result = phone.send(word)
    assert result.events == [Discarded(tip_id="T-2345")]
    assert result.lines == ["Your draft has been deleted. Text us again any time."]
    fresh = engine.new_conversation(phone.now)
    assert result.conv == fresh
    assert starts(phone.send("Graffiti on the bridge").lines, WELCOME, WHERE)
    assert phone.conv["tip_id"] == "T-2346"  # the host gave the new draft a new ID


def test_new_while_drafting_keeps_the_draft_and_asks_again(phone):
    drafting(phone)
    before = dict(phone.conv, fields=dict(phone.conv["fields"]))
    result = phone.send("NEW")
    assert starts(result.lines, WHERE) and result.events == []
    assert result.conv["fields"] == before["fields"] and result.conv["state"] == "where"


def test_new_after_filing_starts_a_fresh_draft_without_an_event(phone, engine):
    filed(phone)
    result = phone.send("NEW")
    assert result.lines == ["What happened? Tell us in your own words."]
    assert result.events == []
    assert result.conv["state"] == "what" and result.conv["fields"] == {}
    assert engine.wants_tip_id(result.conv) is False and result.conv["tip_id"] == "T-2346"  # given by the host
    phone.send("Another thing")
    assert phone.conv["tip_id"] == "T-2346"


def test_a_word_that_looks_like_a_command_gets_a_clear_answer(phone):
    drafting(phone)
    result = phone.send("menu")
    assert starts(result.lines, "Sorry, MENU is not a command here.", WHERE)
    assert result.conv["state"] == "where" and "where" not in result.conv["fields"]


# -- emergencies ------------------------------------------------------------------
def test_an_urgent_first_text_gets_the_emergency_advice_first(phone):
    result = phone.send("Man with a knife outside 12 Mill Lane right now", facts=KNIFE)
    assert result.events == [Urgent(reason="weapon")]
    assert starts(result.lines, "If anyone is in danger now, call 999", "We have flagged this as urgent.",
                  "ASP Tip Line: this line is anonymous.", WHERE)
    assert result.lines[2] == "ASP Tip Line: this line is anonymous."  # no second emergency advice
    assert result.conv["urgent"] is True and result.conv["urgent_reason"] == "weapon"


def test_urgent_is_emitted_once_per_draft(phone):
    assert phone.send("He has a knife", facts=KNIFE).events == [Urgent(reason="weapon")]
    result = phone.send("He is still there with the knife", facts=KNIFE)
    assert result.events == [] and not any("danger" in line for line in result.lines)


def test_an_emergency_after_filing_is_an_urgent_tip_of_its_own_every_time(phone):
    """Never a line in the old thread, even straight after filing: a new draft,
    urgent at once, linked to the tip it followed."""
    phone.send("He has a knife", facts=KNIFE)
    phone.send("SEND")
    for earlier, new in (("T-2345", "T-2346"), ("T-2346", "T-2347")):
        result = phone.send("He is back with the knife", facts=KNIFE, after_minutes=0.5)
        assert result.events == [Urgent(reason="weapon")]
        assert starts(result.lines, "If anyone is in danger now", "We have flagged",
                      "ASP Tip Line: this line is anonymous.", WHERE)
        assert result.conv["tip_id"] == new and result.conv["linked_tip"] == earlier
        assert result.conv["urgent"] and result.conv["fields"] == {"what": "He is back with the knife"}
        phone.send("SEND")


def test_the_tipster_is_told_it_was_flagged_only_when_someone_will_see_it(phone):
    phone.ctx["urgent_reachable"] = False
    result = phone.send("He has a knife", facts=KNIFE)
    assert result.lines[0].startswith("If anyone is in danger now") and not any("flagged" in x for x in result.lines)


def test_urgent_without_a_reason_says_urgent(phone):
    assert phone.send("help now", facts={"urgent": True}).events == [Urgent(reason="urgent")]


# -- after filing -----------------------------------------------------------------
def test_a_text_after_filing_is_a_follow_up(phone):
    tip_id = filed(phone)
    texts = list(phone.conv["texts"])
    result = phone.send("They are back again tonight")
    assert result.events == [FollowUp(text="They are back again tonight", tip_id=tip_id)]
    assert result.lines == [f"Added to your tip {tip_id}. Thank you. Something new? Text NEW first. "
                            "To withdraw this tip, text DELETE."]
    assert result.conv["state"] == "filed" and result.conv["texts"] == texts  # the thread has it, via the host


def test_a_photo_after_filing_is_a_follow_up(phone):
    tip_id = filed(phone)
    assert phone.send("", media=[PHOTO]).events == [FollowUp(text="", media=(PHOTO,), tip_id=tip_id)]


def test_an_empty_text_after_filing_is_not(phone):
    filed(phone)
    result = phone.send("")
    assert result.events == [] and result.lines == ["Sorry, that text was empty."]


# -- limits, empty texts, photos --------------------------------------------------
def test_only_the_latest_texts_are_kept_but_all_are_counted(phone):
    drafting(phone, "text 0")
    for n in range(1, 70):
        phone.send(f"text {n}")
    phone.send("SKIP")  # commands are not the tipster's words
    conv = phone.conv
    assert len(conv["texts"]) == MAX_TEXTS_KEPT and conv["texts"][-1] == "text 69"
    assert conv["text_count"] == 70


def test_very_long_texts_and_answers_are_clipped(phone):
    result = phone.send("x" * 5000)
    assert len(result.conv["texts"][0]) == MAX_FIELD_CHARS * 2
    assert len(result.conv["fields"]["what"]) == MAX_FIELD_CHARS * 2


def test_an_empty_text_mid_draft_asks_the_same_question(phone):
    drafting(phone)
    texts = list(phone.conv["texts"])
    result = phone.send("")
    assert starts(result.lines, "Sorry, that text was empty.", WHERE)
    assert result.conv["state"] == "where" and result.conv["texts"] == texts


def test_a_photo_alone_is_kept_and_the_same_question_asked(phone):
    drafting(phone)
    result = phone.send("", media=[PHOTO])
    assert starts(result.lines, "Photo saved.", WHERE)
    phone.send("", media=[PHOTO])  # Twilio may redeliver; the URL is kept once
    assert phone.conv["media"] == [PHOTO] and phone.conv["state"] == "where"


def test_a_photo_as_the_first_text_starts_a_draft(phone, engine):
    result = phone.send("", media=[PHOTO])
    assert result.lines == [WELCOME, "Photo saved.", "What happened? Tell us in your own words."]
    assert result.conv["media"] == [PHOTO] and engine.is_draft(result.conv)
    assert phone.send("SEND").events == [Filed()]


def test_a_photo_with_words_answers_the_question(phone):
    drafting(phone)
    result = phone.send("Market Street", media=[PHOTO])
    assert starts(result.lines, WHEN) and result.conv["media"] == [PHOTO]


# -- the contract with the host ---------------------------------------------------
def test_lines_are_rendered_texts_not_sms_messages(phone):
    """Packing and GSM-7 are the host's (bot.tipline.replies): the engine keeps the
    tipster's typography and returns one entry per text it rendered."""
    result = phone.send("At \u201cThe Crown\u201d", facts={"locations": ["\u201cThe Crown\u201d"]})
    assert result.lines[1] == "Got it: at \u201cThe Crown\u201d."
    assert len(result.lines) == 3


def test_step_changes_the_conversation_in_place_and_returns_it(engine):
    conv = engine.new_conversation(1.0)
    result = engine.step(conv, "hi", [], {}, {"programme": "P", "emergency": "112"}, now=2.0)
    assert result.conv is conv and conv["state"] == "what" and conv["last_at"] == 2.0
    assert result.lines[0] == "P: this line is anonymous. In an emergency call 112."


def test_one_engine_serves_many_conversations(engine):
    a, b = FlowPhone(engine), FlowPhone(engine)
    a.send("Fly tipping in the lay-by")
    b.send("hi")
    a.send("SKIP")
    b.send("Lads on scramblers")
    assert (a.conv["state"], b.conv["state"]) == ("when", "where")
    assert a.conv["fields"] == {"what": "Fly tipping in the lay-by"}
    assert b.conv["fields"] == {"what": "Lads on scramblers"}


def test_wants_facts_only_for_words_that_can_carry_them(engine):
    assert engine.wants_facts("Someone on Mill Lane")
    assert not any(engine.wants_facts(t) for t in ("", "SKIP", "done", "hi", "HELLO"))
