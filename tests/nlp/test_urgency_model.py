"""The learned urgency model (nlp/urgency_model.py) and how it combines with the urgency rules:
the rules' reason stands unless the words weigh clearly against an emergency; when the rules find nothing,
the model may still call a text urgent, and when it is sure, whatever sign against it the rules saw."""
import json
import math

import pytest

from nlp import extract, urgency_model
from nlp.sealed import SEALED_ENGLISH, SEALED_FILES, SEALED_SPANISH
from nlp.tools import train_urgency
from nlp.urgency_model import MODEL_REASON, UrgencyModel, decide, features, train, words


def toy_model(threshold: float = 0.5, veto: float = -math.inf, overrule: float = 1.1) -> UrgencyModel:
    return UrgencyModel({"gun": 3.0, "screaming": 2.0, "now": 1.0, "yesterday": -4.0, "film": -2.5}, bias=-2.0,
                        threshold=threshold, veto=veto, overrule=overrule)


def test_without_a_veto_the_rules_reason_stands_whatever_the_model_says():
    assert decide("thanks for the update yesterday", "weapon mentioned: gun", chosen=toy_model()) == "weapon mentioned: gun"


def test_the_model_drops_a_rule_reason_when_the_words_weigh_clearly_against_an_emergency():
    chosen = toy_model(veto=-3.0)
    assert decide("thanks for the update yesterday", "weapon mentioned: gun", chosen=chosen) is None  # evidence -4
    assert decide("a gun in a film yesterday", "weapon mentioned: gun", chosen=chosen) is None  # 3 - 2.5 - 4 = -3.5


def test_a_rule_reason_stands_when_the_words_say_nothing_or_lean_only_a_little_against():
    chosen = toy_model(veto=-3.0)
    assert decide("ayuda", "asked for help", chosen=chosen) == "asked for help"  # no known word: evidence 0
    assert decide("a film, the gun is out", "weapon mentioned: gun", chosen=chosen) == "weapon mentioned: gun"  # +0.5
    assert decide("the film", "weapon mentioned: gun", chosen=chosen) == "weapon mentioned: gun"  # -2.5, above -3


def test_the_model_overrules_a_sign_against_an_emergency_only_when_it_is_sure():
    chosen = toy_model(overrule=0.97)
    assert decide("gun and screaming now", None, lambda: True, chosen=chosen) == f"{MODEL_REASON}: gun, screaming"  # p 0.982
    assert decide("he has a gun and everyone is screaming", None, lambda: True, chosen=chosen) is None  # p 0.953
    assert decide("he has a gun and everyone is screaming", None, lambda: False, chosen=chosen) is not None


def test_the_model_alone_makes_a_text_urgent_with_its_strongest_words_as_the_reason():
    assert decide("he has a gun and everyone is screaming", None, chosen=toy_model()) == f"{MODEL_REASON}: gun, screaming"


def test_below_the_threshold_the_text_is_not_urgent():
    assert decide("someone was screaming yesterday", None, chosen=toy_model()) is None
    assert decide("he has a gun", None, chosen=toy_model(threshold=0.9)) is None  # p = 0.73


def test_the_model_never_overrules_a_sign_against_an_emergency():
    assert decide("he has a gun and everyone is screaming", None, lambda: True, chosen=toy_model()) is None


@pytest.mark.parametrize("text", [
    "the film had a man with a gun breaking into houses and stabbing people",  # a topic word (film): the model 0.63
])
def test_extract_the_shipped_model_would_say_urgent_but_the_rules_saw_a_sign_against_it(text):
    shipped = urgency_model.model()
    assert shipped.threshold <= shipped.score(features(text)) < shipped.overrule  # the model alone: urgent, not sure
    assert not extract(text).urgent


@pytest.mark.parametrize("text", [
    "he was outside my door last night and now hes back with a knife, please come",
])
def test_extract_the_shipped_model_overrules_a_past_time_when_it_is_sure(text):
    result = extract(text)  # "last night" is a past time: the rules say nothing and would keep the model out
    assert result.urgent and result.urgent_reason.startswith(MODEL_REASON + ": "), result.urgent_reason


@pytest.mark.parametrize("text", [
    "ayuda",
    "someone is stealing my bike",
    "lads dropping slabs from the bridge onto the traffic",
    "my neighbour is absolutely hammered and about to drive the kids to school",
])
def test_extract_the_shipped_veto_keeps_short_and_plain_rule_emergencies(text):
    assert extract(text).urgent  # the words say little: the rules' reason stands


def test_character_pieces_let_training_learn_a_misspelling():
    assert {"#<sta", "#stab", "#bing", "#ing>"} <= set(features("stabing")) and "#<he>" not in features("he")
    rows = [(features(text), label) for text, label in [
        ("someone stabbing a lad", True), ("man stabbing people", True), ("he is stabbing her", True),
        ("parking on the pavement", False), ("bins left out", False), ("noise from the pub", False),
        ("dog barking all day", False), ("litter in the park", False), ("broken street light", False),
    ]] * 3
    learned = train(rows, epochs=20)
    assert learned.score(features("stabing")) > 0.5 > learned.score(features("parkin"))
    plain = train([([f for f in feats if not f.startswith("#")], label) for feats, label in rows], epochs=20)
    assert plain.score(["stabing"]) < 0.5  # the words alone: an unknown word, no evidence


def test_words_fold_case_accents_apostrophes_digits_and_text_speak():
    assert words("He's got a KNIFE rn, 10 mins ago at 4521 Elm, call 999, está aquí") == [
        "he", "got", "a", "knife", "now", "0", "min", "ago", "at", "0", "elm", "call", "999", "esta", "aqui"]
    assert "got knife" not in features("he got a knife") and "a knife" in features("he got a knife")


def test_training_learns_to_separate_obvious_cases():
    rows = [(features(text), label) for text, label in [
        ("he has a gun right now", True), ("man with a gun outside now", True), ("gun pointed at me now", True),
        ("someone stabbed, help now", True), ("help he is stabbing him", True),
        ("the bins are late again", False), ("parking on the pavement again", False), ("noise from the pub again", False),
        ("bins left out all week", False), ("kids on bikes again", False),
    ]] * 3
    learned = train(rows, epochs=20)
    assert learned.score(features("a gun right now")) > 0.7
    assert learned.score(features("the bins again")) < 0.3
    assert learned.weights["gun"] > 0 > learned.weights["again"]


def test_training_is_deterministic():
    rows = [(features("gun now"), True), (features("bins again"), False)] * 4
    assert train(rows, epochs=5).to_json() == train(rows, epochs=5).to_json()


def test_the_training_script_never_reads_the_sealed_files(tmp_path):
    (tmp_path / "es").mkdir()
    for name in ("devset.jsonl", SEALED_ENGLISH, "es/dev.jsonl", SEALED_SPANISH):
        (tmp_path / name).write_text(json.dumps({"id": name, "text": "x", "urgent": False, "split": "dev"}) + "\n")
    names = [path.relative_to(tmp_path).as_posix() for path in train_urgency.dev_files(tmp_path)]
    assert names == ["devset.jsonl", "es/dev.jsonl"]


def test_the_training_script_reads_only_dev_rows(tmp_path):
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(json.dumps({"id": str(i), "text": "x", "split": split})
                              for i, split in enumerate(("dev", "test", "dev"))) + "\n")
    assert [row["id"] for row in train_urgency.dev_rows([path])] == ["0", "2"]


def test_the_shipped_weights_load():
    shipped = urgency_model.model()
    assert shipped is not None and shipped.threshold == train_urgency.THRESHOLD and len(shipped.weights) > 1000
    assert (shipped.veto, shipped.overrule) == (train_urgency.VETO, train_urgency.OVERRULE)
    assert any(feat.startswith("#") for feat in shipped.weights)  # the character pieces
    assert shipped.score(features("he is waving a gun at people right now")) > 0.9
    assert shipped.score(features("thanks for the update about the meeting")) < 0.1


@pytest.mark.parametrize("text", [
    "my ex is outside my house banging on the windows",
])
def test_extract_a_text_the_rules_miss_is_urgent_through_the_model(text):
    result = extract(text)
    assert result.urgent and result.urgent_reason.startswith(MODEL_REASON + ": "), result.urgent_reason


@pytest.mark.parametrize("text", [
    "thanks for the update about the meeting",
    "the bins were emptied late again this week",
    "car alarm going off for an hour on Oak St, annoying",
])
def test_extract_everyday_texts_stay_calm(text):
    assert not extract(text).urgent


@pytest.mark.parametrize("name", [f"nlp/devset/{name}" for name in SEALED_FILES])
def test_the_fair_test_dump_refuses_the_sealed_files(tmp_path, name):
    from nlp.tools import urgency_fairtest
    with pytest.raises(SystemExit, match="sealed"):
        urgency_fairtest.dump(tmp_path / "out.jsonl", [name])
