"""Times (stop 31, round 2): a year after "from" dates a thing ("the photos from 2023"); the year alone is the time,
as after "in". Texts invented for these tests."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text, times", [
    ("i still have the voicemails from 2023 where he threatens my sister", ["2023"]),
    ("can i report assaults from 2001-2004 by my old coach, he still works with kids", ["2001-2004"]),
])
def test_year_after_from(text, times):
    assert nlp.extract(text).times == times


def test_from_a_clock_time_keeps_from():
    assert nlp.extract("music blasting from 11pm next door every weekend").times[0].startswith("from 11pm")
