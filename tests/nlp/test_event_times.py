"""English times placed by a routine event (stop 31): the event is part of the time ("every night after the pubs shut",
"since the clocks went back", "every home time", "after work tomorrow")."""
import pytest

import nlp


@pytest.mark.parametrize("text, expected", [
    ("lads fighting outside the chippy on mill lane every friday after the pubs close", ["every friday after the pubs close"]),
    ("someones been leaving rubbish bags in the lane behind the co-op since the clocks went back", ["since the clocks went back"]),
    ("a man in a grey van keeps parking by the infant school gates every home time", ["every home time"]),
    ("my ex says hes coming to the house after work tomorrow to take the telly", ["after work tomorrow"]),
    ("the lad next door says he will smash my windows after the holidays", ["after the holidays"]),
    ("quad bikes tearing up the football pitch every bank holiday, its wrecked", ["every bank holiday"]),
    ("my mums purse was nicked at the market, cards used loads since the start of the month", ["since the start of the month"]),
])
def test_event_times(text, expected):
    assert nlp.extract(text).times == expected


def test_pub_without_a_time():
    # "the pubs" alone names a place, not a time
    assert nlp.extract("fight outside the pubs on high street, bottles thrown").times == []


def test_deadline_end_of_month():
    # a deadline keeps its "by", as "by friday" does
    text = "a man says hell burn my van unless i pay him back by the end of the month"
    assert nlp.extract(text).times == ["by the end of the month"]
