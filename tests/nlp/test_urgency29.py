"""Urgency kinds of stop 29 (nlp/urgency_said_again.py, patterns/urgency.jsonl; texts written for these tests, not
taken from the dev files)."""
import pytest

from nlp import extract


def urgent(text: str) -> bool:
    return extract(text).urgent


@pytest.mark.parametrize("text", [
    "woman sat on the railing of the footbridge over the m6, keeps sayin she'll jump, im stood next to her",
    "my mate is on the roof of the car park on bold st and keeps saying nobody would care if he went",
    "bloke on the sea wall at the harbour, keeps on saying he wants to die, tide is right in",
    "young lad on the top of the quarry with his legs dangling over the edge, wont talk to me",
])
def test_suicide_words_said_again_now(text):
    assert urgent(text)


@pytest.mark.parametrize("text", [
    "my brother keeps saying he'll jump off the bridge every time his girlfriend leaves him, hes fine today",
    "she always says nobody would miss her when shes had a drink, how do i get her some support",
])
def test_suicide_words_as_a_habit_stay_calm(text):
    assert not urgent(text)


@pytest.mark.parametrize("text", [
    "a patient on ward 4 has grabbed a scalpel off the trolley and is waving it at the nurses",
    "man in the waiting room at a&e holding a scalpel, everyone is backing away",
])
def test_a_scalpel_in_someones_hand(text):
    assert urgent(text)


@pytest.mark.parametrize("text", [
    "man stood on the outside of the railing on the viaduct, holding on with one hand",
    "a woman has climbed to the wrong side of the barrier on the flyover and wont come back",
])
def test_someone_on_the_outside_of_a_rail(text):
    assert urgent(text)


@pytest.mark.parametrize("text", [
    "my dad collapsed in the garden, his lips turnin blue, my brother is doin compressions",
    "lady down at the bus stop on vale rd, a nurse is giving compressions",
])
def test_someone_needing_cpr(text):
    assert urgent(text)
