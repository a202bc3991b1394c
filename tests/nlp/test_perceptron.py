"""The pieces every learned tagger shares (nlp/perceptron.py)."""
import json
import sys

from nlp.perceptron import OUTSIDE, char_spans, choose, read_weights, summed, tags_to_tokens
from nlp.pipeline import get_pipeline


def test_summed_adds_the_weights_in_the_features_order_for_any_number_of_labels():
    weights = {"a": [0.1, 0.2, -0.3], "b": [1.0, -2.0, 0.5]}
    assert summed(weights, ["a", "missing", "b"], 3) == (0.1 + 1.0, 0.2 + -2.0, -0.3 + 0.5)
    four = {"a": [1.0, 2.0, 3.0, 4.0], "b": [0.5, 0.5, 0.5, -4.0]}
    assert summed(four, ["b", "a"], 4) == (1.5, 2.5, 3.5, 0.0)
    assert summed(weights, [], 3) == (0.0, 0.0, 0.0)


def test_choose_prefers_outside_then_begin_on_a_tie_and_never_inside_after_outside():
    labels = ("O", "B-LOC", "I-LOC")
    assert choose(labels, (1.0, 1.0, 1.0), "B-LOC") == OUTSIDE
    assert choose(labels, (0.0, 1.0, 1.0), "B-LOC") == "B-LOC"
    assert choose(labels, (0.0, 1.0, 2.0), "B-LOC") == "I-LOC"
    assert choose(labels, (0.0, 1.0, 2.0), OUTSIDE) == "B-LOC"


def test_tags_become_token_and_character_spans():
    tags = ["O", "B-LOC", "I-LOC", "O", "B-LOC", "B-LOC", "I-PER"]
    assert tags_to_tokens(tags, "LOC") == [(1, 3), (4, 5), (5, 6)]
    doc = get_pipeline().make_doc("seen on Bath Road by the shop")
    assert char_spans(doc, ["O", "O", "B-LOC", "I-LOC", "O", "O", "O"], "LOC") == [(8, 17)]


def test_read_weights_interns_the_feature_names(tmp_path):
    path = tmp_path / "w.json"
    path.write_text(json.dumps({"labels": ["O", "B-X", "I-X"], "weights": {"w=" + "x" * 3: [1, 2, 3]}}))
    data = read_weights(path)
    (name,) = data["weights"]
    assert name is sys.intern("w=xxx") and data["labels"] == ["O", "B-X", "I-X"]
