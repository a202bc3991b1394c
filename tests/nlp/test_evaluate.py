"""The dev set meets its targets (plates F1 >= 0.99, no false plates on negatives, locations F1 >= 0.95)."""
import json

from nlp.evaluate import DEFAULT_DEVSET, evaluate, normalise, prf


def test_devset_targets():
    items = [json.loads(line) for line in DEFAULT_DEVSET.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(items) >= 200
    result = evaluate(items)
    assert result["negatives"] >= 50
    plates = result["counts"]["plates"]
    locations = result["counts"]["locations"]
    assert prf(plates["tp"], plates["fp"], plates["fn"])[2] >= 0.99
    assert prf(locations["tp"], locations["fp"], locations["fn"])[2] >= 0.95
    assert result["false_plates"] == []


def test_matching_rule_is_normalised_string_match():
    assert normalise("locations", "  Farrington   Road, ") == "farrington road"
    assert normalise("plates", "sk19 wfd") == "SK19WFD"
    assert normalise("phones", "(215) 555-0143") == "2155550143"
