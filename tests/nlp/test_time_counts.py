"""Times (stop 33): "by" kept before a date ("by the 21st"); a count of times belongs to the time ("3 times this
month", "2nd time this year", "twice this week", "4 nights this week"); a count of things, a duration, or a count
before "since" stays out. Texts invented for these tests."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text, phrase", [
    ("someone keeps pullin up my fence panels on orchard way, 3 times this month", "3 times this month"),
    ("the same lad tried the car doors down our street again, 2nd time this week", "2nd time this week"),
    ("fly tipped mattresses by the allotment gate twice this month", "twice this month"),
    ("quad bikes ripping across the rugby pitch 4 nights this week", "4 nights this week"),
    ("our post box was forced open, 5th time this year", "5th time this year"),
])
def test_count_of_times_is_kept_with_the_time(text, phrase):
    assert phrase in nlp.extract(text).times


@pytest.mark.parametrize("text, phrase", [
    ("3 bikes gone from the rack, 4 this month", "this month"),          # a count of things
    ("the bins were set alight again, 3 times since july", "since july"),  # dev keeps "since" counts out
])
def test_other_counts_stay_out(text, phrase):
    assert phrase in nlp.extract(text).times


def test_a_count_after_for_stays_a_duration():
    times = nlp.extract("van parked on the verge for 3 days this week").times
    assert "3 days this week" not in times


@pytest.mark.parametrize("text, phrase", [
    ("the council want the skip moved by the 21st or they fine me", "by the 21st"),
    ("he says if i dont pay him back by next monday hes coming round", "by next monday"),
])
def test_a_deadline_keeps_its_by(text, phrase):
    # nlp/devset/ANNOTATION.md (stop 33): "by" is kept before a date or day
    assert phrase in nlp.extract(text).times
