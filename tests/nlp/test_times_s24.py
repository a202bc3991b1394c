"""Times (issue 13, session 24): "and now" is the story's next step, not a time; "cleared now" is a state."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text", [
    "my mate drank a bottle of vodka and now she wont wake up",
    "the lorry shed its load on the bypass, its all cleared now",
    "someone smashed the bus stop glass, council have fixed now",
])
def test_a_now_that_does_not_place_the_event_is_no_time(text):
    assert "now" not in nlp.extract(text).times


@pytest.mark.parametrize("text", [
    "theres a man trying car doors on elm road now",
    "2 lads fighting outside the chippy right now",
])
def test_a_now_that_places_the_event_stays(text):
    times = nlp.extract(text).times
    assert "now" in times or "right now" in times


@pytest.mark.parametrize("text,time", [
    ("the caravan has been dumped on the verge since november", "since november"),
    ("hes been selling from the flat since the spring, cars in and out", "since the spring"),
    ("my shed has been done 4 times since 2021", "since 2021"),
])
def test_since_a_month_season_or_year(text, time):
    assert time in nlp.extract(text).times


def test_since_with_no_month_after_it_stays_out():
    assert nlp.extract("since may street was shut the buses go past my house").times == []
