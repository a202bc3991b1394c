"""Near misses of the flow's commands (issue 10, "Forgiving input"): "skp", "sned",
"SKIPP", "nwe" are the commands; "delte", "sent", "sekp" are asked about; real
answers ("ship", "Sean", "now", "seat") are answers. Nothing asked about or
acted on is stored as an answer. Straight into the engine (no Flask, no Redis);
tests/transcripts/tip_near_misses.json replays a conversation both ways."""
from __future__ import annotations

import json
import os
import re

import pytest
from spacy.lang.en.stop_words import STOP_WORDS

from flows.engine import load_definition, load_engine
from flows.events import Filed
from flows.near_miss import NearMisses
from flows.text import edit_distance
from nlp import lexicon
from tests.flows.helpers import FlowPhone

DEVSET = os.path.join(os.path.dirname(__file__), "..", "..", "nlp", "devset", "devset.jsonl")
TWILIO_RESERVED = ("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "START", "YES", "UNSTOP", "HELP",
                   "INFO")


def at_where(phone) -> None:
    phone.send("Someone keeps letting down my tyres")
    assert phone.conv["state"] == "where"


def joined(result) -> str:
    return " ".join(result.lines)


@pytest.mark.parametrize("typo", ["skp", "Skp", "SKIPP", "skpi", "sikp", "skip.", "ＳＫＰ", "skio"])
def test_a_slip_of_skip_skips_and_is_not_an_answer(phone, typo):
    at_where(phone)
    result = phone.send(typo)
    assert result.conv["state"] == "when" and "When was it?" in joined(result)
    assert "where" not in result.conv["fields"] and result.conv["skipped"] == ["where"]
    assert result.conv["texts"] == ["Someone keeps letting down my tyres"]  # not kept as the tipster's words


@pytest.mark.parametrize("typo", ["sned", "snd", "sendd", "Sned!", "SEDN"])
def test_a_slip_of_send_files_the_tip(phone, typo):
    at_where(phone)
    result = phone.send(typo)
    assert [type(e) for e in result.events] == [Filed] and result.conv["state"] == "filed"
    assert "Your tip is T-" in joined(result)
    assert result.conv["fields"] == {"what": "Someone keeps letting down my tyres"}


@pytest.mark.parametrize("typo", ["nwe", "NEWW", "nnew"])
def test_a_slip_of_new_after_filing_starts_a_new_tip(phone, typo):
    at_where(phone)
    phone.send("SEND")
    result = phone.send(typo)
    assert result.conv["state"] == "what" and not result.events and "What happened?" in joined(result)


@pytest.mark.parametrize("typo", ["delte", "DELET", "dlete", "deleet", "Delet?!"])
def test_a_slip_of_delete_is_always_asked_never_done(phone, typo):
    """DELETE throws the draft away: a near miss of it is asked about, however near."""
    at_where(phone)
    result = phone.send(typo)
    text = joined(result)
    assert text.startswith("Did you mean DELETE? Reply DELETE to throw it away, or carry on.")
    assert text.endswith("Where was this? A street, junction, landmark or postcode.")
    assert result.conv["state"] == "where" and not result.events
    assert result.conv["fields"] == {"what": "Someone keeps letting down my tyres"}
    assert result.conv["texts"][-1] == typo   # kept in the tip's raw thread, never as an answer
    result = phone.send("DELETE")
    assert result.conv["state"] == "start" and "deleted" in joined(result)


def test_unsure_slips_ask_and_carrying_on_answers_the_question(phone):
    at_where(phone)
    result = phone.send("sent")
    assert joined(result).startswith("Did you mean SEND? Reply SEND to file your tip, or carry on.")
    result = phone.send("sendit")
    assert joined(result).startswith("Did you mean SEND? Reply SEND to file your tip, or carry on.")
    result = phone.send("sekp")   # two slips from SKIP and from SEND alike
    assert joined(result).startswith(
        "Did you mean SKIP or SEND? Reply SKIP to skip this question or SEND to file your tip, or carry on.")
    assert result.conv["state"] == "where" and "where" not in result.conv["fields"]
    result = phone.send("Outside 9 Farrington Road")
    assert result.conv["fields"]["where"] == "Outside 9 Farrington Road" and result.conv["state"] == "when"


def test_a_letter_changed_for_a_far_key_is_asked_not_done(phone, engine):
    """"skio" (O is next to I) is SKIP; "Sena" (A is far from D) may be a name: asked."""
    assert engine.command_of("skio") == "SKIP" and engine.command_of("sebd") == "SEND"
    assert engine.command_of("sena") is None and engine.near_miss("sena").ask == ("SEND",)
    at_where(phone)
    result = phone.send("Sena")
    assert joined(result).startswith("Did you mean SEND?") and result.conv["state"] == "where"
    assert not result.events


def test_at_the_review_only_what_works_there_is_asked_about(phone):
    at_where(phone)
    for _ in range(5):
        phone.send("SKIP")
    assert phone.conv["state"] == "review"
    result = phone.send("sekp")      # SKIP does nothing at the review: only SEND is near
    assert joined(result) == "Did you mean SEND? Reply SEND to file your tip, or carry on."
    result = phone.send("skp")       # as SKIP itself does at the review
    assert "Reply SEND to file your tip" in joined(result) and result.conv["state"] == "review"


@pytest.mark.parametrize("answer", ["ship", "Sean", "seat", "shop", "skid", "slip", "sandy", "Seend",
                                    "now", "few", "sew", "spent", "stand", "kip", "sky", "sup"])
def test_real_answers_are_answers(phone, answer):
    at_where(phone)
    result = phone.send(answer)
    assert result.conv["fields"]["where"] == answer and result.conv["state"] == "when", joined(result)


def test_aliases_keep_their_meaning_and_are_not_targets(engine):
    assert engine.command_of("next") == "SKIP" and engine.command_of("done") == "SEND"
    assert engine.command_of("\uff33\uff2b\uff29\uff30") == "SKIP"   # full-width, as its slips are read
    # One letter from an alias is not a command: none/done/gone/bone, next/text, file/fire.
    for word in ("gone", "bone", "text", "fire", "past", "nine", "dine"):
        assert engine.command_of(word) is None and not engine.near_miss(word), word


def test_a_slip_is_only_ever_one_short_word(engine):
    for text in ("skp it", "sned now please", "delte this", "skp skp", "s k i p", "sk1p", "skippppppp",
                 "the skp", ""):
        assert engine.command_of(text) is None and not engine.near_miss(text), text


def test_twilio_reserved_words_are_never_near_misses(engine):
    for word in TWILIO_RESERVED:
        assert not engine.near_miss(word), word
        assert engine.command_of(word) is None, word


def test_the_first_text_of_a_conversation(phone):
    result = phone.send("sned")   # a slip of SEND as the very first text, like SEND itself: the welcome
    assert result.conv["state"] == "what" and "What happened?" in joined(result) and not result.events
    phone = FlowPhone(phone.engine)
    result = phone.send("delte")
    assert result.conv["state"] == "what" and "What happened?" in joined(result)
    assert result.conv["fields"] == {}


def _vocabulary() -> set[str]:
    words = set(lexicon.common_words()) | set(lexicon.short_words()) | set(STOP_WORDS) | set(lexicon.vehicle_words())
    words |= set(lexicon.gazetteer())
    for listed in lexicon.lexicon().values():
        words |= set(listed)
    return {w.upper() for w in words}


def test_real_words_hold_every_word_of_the_nlp_lists_within_reach():
    """``near_misses.real_words`` (flows/tip.json) against the dictionary words, first
    names, places and vehicle words the NLP pipeline knows: any of them within reach of
    a command must be listed (or be an ``ask_words`` entry), and every listed word must
    be within reach (no dead entries). A failure prints the words to add or remove."""
    definition = load_definition("tip")
    settings = dict(definition["near_misses"], real_words=[], ask_words=[])
    engine = load_engine()
    bare = NearMisses(settings, engine.near_misses.taken)
    listed = {w.upper() for w in definition["near_misses"]["real_words"]}
    asked = {w.upper() for w in definition["near_misses"]["ask_words"]}
    reach = {w for w in _vocabulary() if bare.shape_ok(w) and bare.distances(w)}
    missing = sorted(reach - listed - asked)
    assert not missing, f"add to near_misses.real_words: {', '.join(w.lower() for w in missing)}"
    dead = sorted(w for w in listed if not (bare.shape_ok(w) and bare.distances(w)))
    assert not dead, f"not within reach of a command, remove: {dead}"
    assert asked <= {w for w in _vocabulary()} and not asked & listed


def test_no_dev_set_text_or_word_is_taken_for_a_command():
    """False positives on the NLP dev set: every text, and every word of it as a
    one-word text, through the matcher. Expected: none (a whole text never; a word only
    when it is exactly a command or an alias, which is not a near miss)."""
    engine = load_engine()
    with open(DEVSET, encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh if line.strip()]
    assert len(texts) >= 230
    assert [t for t in texts if engine.command_of(t) or engine.near_miss(t)] == []
    words = {w for t in texts for w in re.findall(r"[^\s,;:()]+", t)}
    assert len(words) > 1000
    assert sorted(w for w in words if engine.near_miss(w)) == []
    exact = {w.strip(".!?,;:'\"").upper() for w in words if engine.command_of(w)}
    assert exact <= set(engine.commands) | set(engine.aliases), exact


def test_edit_distance():
    assert edit_distance("SNED", "SEND") == 1          # two neighbours swapped
    assert edit_distance("SKP", "SKIP") == 1
    assert edit_distance("DELTE", "DELETE") == 1
    assert edit_distance("SEKP", "SKIP") == 2
    assert edit_distance("CA", "ABC") == 3             # no substring edited twice (OSA)
    assert edit_distance("", "NEW") == 3 and edit_distance("NEW", "NEW") == 0
    assert edit_distance("SKIPPING", "SKIP", limit=2) == 3 and edit_distance("SHIP", "SKIP", limit=1) == 1
