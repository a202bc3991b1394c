"""What the taggers' training and protocol scripts share (nlp/tools/tagger_data.py)."""
import json
import random
from pathlib import Path

import pytest

from nlp.doc_attrs import LOCATIONS, PEOPLE
from nlp.sealed import SEALED_ENGLISH, SEALED_SPANISH
from nlp.tools import tagger_data, train_people_tagger, train_span_tagger, train_span_tagger_es


def test_score_matches_values_as_evaluate_does_and_counts_a_repeat_once():
    pairs = [(["Bath Road", "Keynsham"], ["bath road", "Bristol", "Bristol"]), (["Leeds"], [])]
    assert tagger_data.score(pairs, "locations") == "P 0.500 R 0.333 F1 0.400 (tp 1 fp 1 fn 2)"
    assert tagger_data.score([], "people") == "P 1.000 R 1.000 F1 1.000 (tp 0 fp 0 fn 0)"


def test_the_shown_rule_spans_are_the_unseen_ones_else_todays_with_some_hidden():
    facts = [(0, 4, "a"), (10, 14, "b"), (20, 24, "c"), (30, 34, "d")]
    assert tagger_data.shown_rule_spans({"id": "x"}, facts, {"x": [(1, 2)]}, None, 0.5) == [(1, 2)]
    assert tagger_data.shown_rule_spans({"id": "y"}, facts, {"x": [(1, 2)]}, None, 0.5) == [(s, e) for s, e, _ in facts]
    hidden = tagger_data.shown_rule_spans({"id": "y"}, facts, {}, random.Random(1), 0.5)
    assert hidden == tagger_data.shown_rule_spans({"id": "y"}, facts, {}, random.Random(1), 0.5)   # seeded
    assert 0 < len(hidden) < len(facts)


def test_each_tagger_reads_the_rules_up_to_its_own_component():
    text = "two lads in red hoodies on Bath Road"
    places = train_span_tagger.rule_doc(text)
    people = train_people_tagger.rule_doc(text)
    assert places.user_data.get(LOCATIONS) and PEOPLE not in places.user_data   # stopped before the location tagger
    assert people.user_data.get(PEOPLE) and people.user_data.get(LOCATIONS)      # ran through tip_people


def test_every_training_script_refuses_the_sealed_files():
    with pytest.raises(ValueError):
        train_span_tagger.load_rows([SEALED_ENGLISH])
    with pytest.raises(ValueError):
        train_people_tagger.load_rows([SEALED_ENGLISH])
    with pytest.raises(ValueError):
        train_span_tagger_es.load_rows([train_span_tagger_es.ES_DIR / Path(SEALED_SPANISH).name])
    assert train_people_tagger.TRAIN_FILES == train_span_tagger.TRAIN_FILES == tagger_data.TRAIN_FILES


def test_the_rule_spans_dump_can_keep_the_places_from_before_the_tagger(tmp_path, capsys):
    """A tagger reads the rules' own places as features, so a dump made for training keeps them as they were before
    its component (`--before tip_span_tagger`), and still prints the whole pipeline's score (the published one)."""
    from nlp.tools import dump_rule_spans
    text = "quad stolen at wick st lawrence last night"
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"id": "t-1", "text": text, "locations": ["wick st lawrence"]}) + "\n")
    out = tmp_path / "spans.json"
    common = ["--rows", str(rows), "--prefix", "t-", "--out", str(out)]
    dump_rule_spans.main([*common, "--before", "tip_span_tagger"])
    assert [text[s:e] for s, e in json.loads(out.read_text())["t-1"]] == ["wick st"]   # the rules' boundary
    printed = capsys.readouterr().out
    assert "whole pipeline: locations P 1.000 R 1.000" in printed and "tip_span_tagger): locations P 0.000" in printed
    dump_rule_spans.main(common)
    assert [text[s:e] for s, e in json.loads(out.read_text())["t-1"]] == ["wick st lawrence"]   # the tagger's fix
