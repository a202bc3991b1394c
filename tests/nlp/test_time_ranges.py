"""Times written as a stretch are one span (nlp/time_ranges.py): "from 6 to 10pm", "between tue and thu"; a hedge on how
often stays with its time ("usually after 9", nlp/times.py)."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text,time", [
    ("road closed for the fun run on park hill from 6 to 10pm, marshals everywhere", "from 6 to 10pm"),
    ("lorries idling outside the depot on dock st 5am to 9am every weekday", "5am to 9am every weekday"),
    ("cctv on the corner shop caught it, 01:10 to 01:25, two lads on a moped", "01:10 to 01:25"),
    ("sheds on the allotments at brook lane got done between tue and thu", "between tue and thu"),
    ("cars coming and going at the flat above the bakery between midnight and 4", "between midnight and 4"),
    ("teens drinking in the bandstand most fridays 7 to 11, bottles everywhere", "most fridays 7 to 11"),
    ("the car boot on the school field sunday 6 til noon blocks our drive", "sunday 6 til noon"),
    ("my fence panels went missing from april 2 to april 9 while we were away", "from april 2 to april 9"),
])
def test_a_stretch_is_one_time(text, time):
    assert time in nlp.extract(text).times


@pytest.mark.parametrize("text,absent", [
    ("at about 5 and 2 lads ran off down the alley", "5 and 2"),
    ("from 2 to 3 people were in the car each time", "from 2 to 3"),
])
def test_a_count_is_no_stretch(text, absent):
    assert not any(absent in time for time in nlp.extract(text).times)


@pytest.mark.parametrize("text,time", [
    ("motorbikes on the playing field behind fern rd, usually after 9", "usually after 9"),
    ("a van parks across my drive on oak st, mostly before 7, blocks me in", "mostly before 7"),
])
def test_a_habit_hedge_stays_with_its_time(text, time):
    assert time in nlp.extract(text).times
