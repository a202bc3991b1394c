"""Stop 33 urgency kinds beyond the probe matrix of test_urgency_reopened.py. Texts invented for the test, none from the
dev set."""
import pytest

import nlp


@pytest.mark.parametrize("text", [
    # the child is home, but the man who tried to take her is still about: "home now" alone is no calm
    "a man just tried to pull my daughter into his van by the park, shes home now, he drove off towards the shops 5 mins ago",
])
def test_home_now_alone_does_not_clear_a_grab_just_now(text):
    assert nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    # the season is no calm for a gun pointed at people, nor is "not hunting season"
    "man with a rifle on the footpath behind the school, its not hunting season and hes pointing it at the kids",
    "its deer season but theres a man pointing a rifle at the houses on our road right now",
])
def test_hunting_season_does_not_clear_a_gun_pointed_at_people(text):
    assert nlp.extract(text).urgent
