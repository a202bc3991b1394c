"""Times (stop 28): "half hour ago" without its "an"; a clipped or meal day part after a day."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text,time", [
    ("someone smashed the bus shelter on mill lane half hour ago", "half hour ago"),
    ("my nan let a man in who said he was from the council, about half hr ago", "about half hr ago"),
])
def test_half_hour_ago_without_an_is_whole(text, time):
    assert nlp.extract(text).times == [time]
