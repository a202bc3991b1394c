"""People descriptions: kinds fixed at stop 22 (issue 13), each with texts written for this test and a negative
that must stay unchanged. Read through `extract`, as the flow does."""
import pytest

from nlp import extract


def people(text: str) -> list[str]:
    return [p.lower() for p in extract(text).people]


@pytest.mark.parametrize("text, name", [
    ("the old fella they call Noddy sells weed from the back of the launderette", "noddy"),
    ("lad people call Gripper keeps robbing the corner shop on friday nights", "gripper"),
    ("woman named Jean aka Big Jean owes my mum money and threatens her", "big jean"),
])
def test_a_name_after_a_bare_call_cue_or_a_second_cue(text, name):
    assert name in people(text)


@pytest.mark.parametrize("text", [
    "they call round most evenings asking for my brother",
    "if they call the police on us again we will move out",
    "the bank they call every monday keeps sending letters",
])
def test_a_bare_call_cue_needs_a_capitalised_name(text):
    assert people(text) == []
