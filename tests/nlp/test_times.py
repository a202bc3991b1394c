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
