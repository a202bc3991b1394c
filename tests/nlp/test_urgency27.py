"""Urgency kinds of stop 27 (nlp/urgency.py, nlp/urgency_kinds.py, patterns/urgency.jsonl, data/es/urgency.jsonl; texts
written for these tests, not taken from the dev files)."""
import pytest

from nlp import extract
from nlp.urgency import vetoable
from nlp.urgency_model import UrgencyModel, decide, features


def urgent(text: str) -> bool:
    return extract(text).urgent


def reason(text: str) -> str | None:
    return extract(text).urgent_reason


def against(text: str) -> UrgencyModel:
    """A model whose words weigh clearly against an emergency for this text (evidence -6)."""
    feats = features(text)
    return UrgencyModel({feat: -6.0 / len(feats) for feat in feats}, -2.0, 0.6, veto=-2.5, overrule=0.9)


@pytest.mark.parametrize("rule_reason", ["someone missing and at risk", "suicide risk", "child in danger: shut in a hot car",
                                         "animal in danger: shut in a hot car"])
def test_kind_readings_are_not_vetoed(rule_reason):
    text = "my uncle is not answering, his app says he is at the gym"
    assert not vetoable(rule_reason)
    assert decide(text, rule_reason, chosen=against(text), vetoable=vetoable(rule_reason)) == rule_reason


@pytest.mark.parametrize("rule_reason", ["weapon mentioned: knife", "shots fired", "break-in: breaking into", "threat: who hit me"])
def test_single_cue_readings_are_still_vetoed(rule_reason):
    text = "selling a knife on marketplace, collection only"
    assert vetoable(rule_reason)
    assert decide(text, rule_reason, chosen=against(text), vetoable=vetoable(rule_reason)) is None


@pytest.mark.parametrize("text", [
    # the missing person is back: said after the missing cue, the latest news
    "my son went missing after school but he turned up at his mates house, hes 12",
    "nan wandered off from the care home this morning, shes 90, but she has been found safe by a dog walker",
    "mi hijo de 10 no aparecia desde la tarde pero ya aparecio, estaba con su primo",
])
def test_missing_then_back_is_not_urgent(text):
    assert not urgent(text), reason(text)


def test_someone_else_back_keeps_the_missing_person_missing():
    # "came back" of the friends, then the missing cue: she is still missing
    assert reason("our 14 yr old went to the lake with friends, they came back without her and her phones off") == \
        "someone missing and at risk"


@pytest.mark.parametrize("text", [
    # the one who threatens is in custody: the danger is for a later day
    "my ex said hes coming for me when he gets out, hes in jail till june",
    "he keeps messaging from inside saying hell burn the house down, hes in prison for another year",
    "mi ex me amenaza por carta, esta en la carcel hasta marzo, cuando salga de la carcel me va a buscar",
])
def test_offender_in_custody_is_not_urgent(text):
    assert not urgent(text), reason(text)


@pytest.mark.parametrize("text", [
    "hes out of jail and hes outside my house now with a bat",
    "my ex rammed my car on the school run and hes getting out with something in his hand",
])
def test_out_of_custody_or_out_of_a_car_stays_urgent(text):
    assert urgent(text), text


@pytest.mark.parametrize("text", [
    "heard about 5 pops over by the park, people running",
    "just heard three loud bangs from the alley behind the laundromat",
    "escuchamos como 6 tronidos por la calle",
])
def test_counted_shots_heard(text):
    assert reason(text) == "shots fired", reason(text)


@pytest.mark.parametrize("text", [
    "heard 3 pops last night by the garages",
    "heard 4 bangs earlier but it was fireworks from the wedding",
])
def test_counted_shots_in_the_past_or_explained(text):
    assert not urgent(text), reason(text)


@pytest.mark.parametrize("text", [
    # lost outdoors with a body in distress from heat or cold: at risk
    "my dad is lost on the coast path, hes run out of water and says hes dizzy, he set off at 11",
    "mi hermano se perdio en el cerro, esta mareado y sin agua, salio a las 10",
])
def test_lost_and_in_distress(text):
    assert reason(text) == "someone missing and at risk", reason(text)


@pytest.mark.parametrize("text", [
    # "what do i do" is a plea in the moment, not talk about a film or a question of law
    "a little dog is shut in a silver van outside the gym, windows up, its panting like mad, what do i do",
])
def test_plea_does_not_block_a_kind(text):
    assert (reason(text) or "").endswith("shut in a hot car"), reason(text)


def test_a_plea_after_a_past_event_stays_calm():
    assert not urgent("someone scratched my car in the car park last week, what do i do")


@pytest.mark.parametrize("text", [
    # the tipster checked and the weapon is lawful: dealt with
    "bloke with a rifle on the edge of the woods, turns out hes the gamekeeper, panic over",
    "vi a un señor con una escopeta en el campo detras de mi casa, era el guardabosques, falsa alarma",
])
def test_checked_and_lawful(text):
    assert not urgent(text), reason(text)
