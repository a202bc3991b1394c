"""The dev set: >= 500 texts split into dev (tuned on) and test (scored only). The dev split meets
the plate and location targets with no false plates on negatives; the test split is scored by
`python -m nlp.evaluate --split test` and reported, never asserted on here (it is not tuned on)."""
from nlp.evaluate import evaluate, load, normalise, prf


def test_devset_is_split_and_large_enough():
    everything = load(split="all")
    assert len(everything) >= 500
    dev, test = load(split="dev"), load(split="test")
    assert len(dev) + len(test) == len(everything) and len(test) >= 140
    assert {item["id"] for item in dev}.isdisjoint(item["id"] for item in test)


def test_dev_split_targets():
    result = evaluate(load(split="dev"))
    assert result["negatives"] >= 50
    plates = result["counts"]["plates"]
    locations = result["counts"]["locations"]
    people = result["counts"]["people"]
    urgent = result["counts"]["urgent"]
    assert prf(plates["tp"], plates["fp"], plates["fn"])[2] >= 0.99
    assert prf(locations["tp"], locations["fp"], locations["fn"])[2] >= 0.95
    assert prf(people["tp"], people["fp"], people["fn"])[2] >= 0.85
    assert prf(urgent["tp"], urgent["fp"], urgent["fn"])[2] >= 0.97
    assert result["false_plates"] == []


def test_matching_rule_is_normalised_string_match():
    assert normalise("locations", "  Farrington   Road, ") == "farrington road"
    assert normalise("plates", "sk19 wfd") == "SK19WFD"
    assert normalise("phones", "(215) 555-0143") == "2155550143"
