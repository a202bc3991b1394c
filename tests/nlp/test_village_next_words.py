"""A lower-case village no list knows ends before a time word, a number or clock time, or a past tense
(nlp/village_next_words.py); typos, slang, shops and people's names after a cue stay no place."""
import pytest

import nlp


@pytest.mark.parametrize("text, place", [
    ("van full of scrap metal parked up in scarrowmead 2am, engine running", "scarrowmead"),
    ("bloke flashing at kids near the swings in pendlewick earlier, grey tracksuit", "pendlewick"),
    ("the lads from gorsethwaite yday were at it again on the field", "gorsethwaite"),
    ("sheep out on the road at cwmfelinfach twice this week, nearly hit one", "cwmfelinfach"),
    ("a dog was left in a hot car at tregallow like an hour ago", "tregallow"),
    ("the fella in achnaclach tuesday said he seen the quad go past", "achnaclach"),
    ("car went in the ditch outside ballykinlar smashed up bad, nobody hurt", "ballykinlar"),
    ("someone in kettlesworth stole my bike off the drive overnight", "kettlesworth"),
    ("shots heard near wapanucka 11pm, sounded like a rifle", "wapanucka"),
    ("old boy went missing from drumcorran earlier today, hes 80", "drumcorran"),
    ("bins set on fire in pollokshields again friday night", "pollokshields"),
    ("lads racing motorbikes near hemsbridge tonite, no lights", "hemsbridge"),
])
def test_village_before_a_time_number_or_past_tense(text, place):
    assert place in [value.lower() for value in nlp.extract(text).locations]


@pytest.mark.parametrize("text", [
    "he was stood outside thier house 2am shouting",
    "bloke at the door earlier said he was from the council",
    "she was in bits yday after what happened",
    "i seen him at kev's twice this week",
    "they were in tescos like an hour ago",
    "my lad was on snapchat 2am talking to some bloke",
    "he was in hysterics earlier, properly upset",
    "got robbed at knifepoint earlier by two lads",
    "he came at me wiv a bat earlier",
    "she was on tiktok like all night",
])
def test_near_misses_stay_no_place(text):
    assert nlp.extract(text).locations == []
