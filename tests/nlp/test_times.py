"""Times as the annotation guide copies them (nlp/devset/ANNOTATION.md, "Times"): the word that ties a time
to the event stays in the span ("since", "till", "from", "between"), and a bare hour is a time only after
such a word. Cases are kinds found in the dev set at stop 22, each written anew."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text, time", [
    ("hes been sat in that car since 3", "since 3"),
    ("kids on bikes on the rec every evening from about 7", "every evening from about 7"),
    ("music blasting til 4am most nights", "til 4am most nights"),
    ("it happened between 2 and 3 this afternoon", "between 2 and 3 this afternoon"),
    ("shed was done over last night between 11 and midnight", "last night between 11 and midnight"),
    ("somewhere between 10pm and 6am the van went", "between 10pm and 6am"),
    ("racing on the bypass from 11 till 1", "from 11 till 1"),
    ("my phone has been going since like 7", "since like 7"),
    ("lads drinking in the bus shelter most nites after 10", "most nites after 10"),
    ("same car every single night til 2", "every single night til 2"),
    ("someone lobbed a bottle bout half 11", "bout half 11"),
    ("he parks up after 9", "after 9"),
])
def test_the_word_that_ties_a_time_to_the_event_stays_in_the_span(text, time):
    assert nlp.extract(text).times == [time]


@pytest.mark.parametrize("text", [
    "they deal out of 9 Farrington Road",
    "drug dealing from 9 Farrington Road",          # "from" and a house number
    "i got messages from 9 different accounts",
    "my neighbours work 6 till 2 on the buses",     # shift hours, not when it happened
    "he came back after 2 pints and started",       # a count with its unit
    "been waiting since 3 days for a call back",
])
def test_a_bare_number_is_no_time_without_a_word_that_makes_it_one(text):
    assert nlp.extract(text).times == []


@pytest.mark.parametrize("text, time", [
    ("the shooter from last month drives a grey impala", "last month"),      # "from" here is not a time word
    ("can i report a crash from 2 days ago", "2 days ago"),
    ("its the guy from yesterday again", "yesterday"),
])
def test_from_before_a_day_or_an_ago_is_left_out(text, time):
    assert nlp.extract(text).times == [time]


@pytest.mark.parametrize("text, time", [
    ("blue van been parked outside 9 sackville gardens for 3 days", "for 3 days"),
    ("they held a knife to me at the cashpoint 2 yrs ago", "2 yrs ago"),
    ("someone broke into my shed about a fortnight back", "about a fortnight back"),
    ("my car got nicked from the gas station back in march", "back in march"),
    ("the man who stabbed my uncle in 2021 is out", "2021"),
    ("cars in n out every 10 min at that house", "every 10 min"),
    ("a lad keeps sitting outside the school at home time", "at home time"),
    ("dumped sofa in the lane for a fortnight now", "for a fortnight"),   # "now" after a duration places nothing
])
def test_durations_ago_and_months_are_times(text, time):
    assert nlp.extract(text).times == [time]


@pytest.mark.parametrize("text", ["the fire is all out now, brigade came", "all sorted now thanks", "i may be wrong"])
def test_a_now_that_only_describes_a_state_is_no_time(text):
    assert nlp.extract(text).times == []


def test_a_child_left_in_a_car_for_an_hour_is_still_urgent():
    """A duration says how long up to now: it does not put the emergency in the past."""
    extraction = nlp.extract("baby left in a car seat in a locked car at the seafront car park for an hour, windows up")
    assert extraction.urgent and extraction.times == ["for an hour"]
