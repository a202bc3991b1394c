"""Stop 37: how often trains, buses or traffic come ("trains come thru every half hour") does not put a danger now in
the past (nlp/urgency_routine_aside.py); the habit of the danger itself stays a habit. Texts invented for the test,
none from the dev set."""
import pytest

import nlp

ASIDE_NOW = [
    "trains come thru every half hour and there are kids on the line right now near the crossing",
    "kids playing on the tracks by mill lane, trains come every 20 mins",
    "a man is lying on the railway line at the station, freight trains pass every hour",
    "two teenagers walking on the train tracks now, the express comes through every 15 minutes",
    "buses come every 10 mins and theres a toddler wandering in the road by the stop",
    "trains usually run every half hour, theres a boy sitting on the rails near the bridge",
    "the tram comes every few minutes and a drunk guy is lying across the tracks on king st",
    "kids on the line near platform 2, trains every 30 mins",
    "theres a child on the motorway hard shoulder walking towards traffic, lorries go by constantly",
    "a woman is standing on the tracks at the level crossing, trains go past every half hour",
    "the express comes through every 20 mins n theres a lad lying on the tracks by the footbridge",
    "trams run every 5 mins, an old man has fallen on the tram tracks on high st",
]
ASIDE_CALM = [
    "kids used to play on the tracks every summer, trains come thru every half hour",
    "trains come thru every half hour and the horn wakes us up every night",
    "teenagers hang out by the line every weekend, no one on it now",
    "the level crossing barrier stays down every half hour for ages",
    "kids keep throwing stones at trains every friday after school",
    "buses come every 10 mins and the shelter glass got smashed last night",
    "a fight outside the pub, happens every weekend",
    "trains come every half hour and kids used to play on the line years ago",
    "my kids are on the line with their dad, trains every hour to the city",
    "trains every 30 mins are always late, someone should sort the timetable",
]


@pytest.mark.parametrize("text", ASIDE_NOW)
def test_danger_now_is_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", ASIDE_CALM)
def test_calm_twin_stays_calm(text):
    assert not nlp.extract(text).urgent, text
