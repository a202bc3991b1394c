"""The learned location tagger (nlp/span_tagger.py): the combination rule, training, the shipped weights."""
import json

import pytest

from nlp import extract, get_pipeline
from nlp.doc_attrs import CONFIDENCE, FAST, LOCATIONS, TEXT
from nlp.extraction import CONFIDENT
from nlp.sealed import SEALED_ENGLISH
from nlp.span_tagger import WEIGHTS_PATH, SpanTagger, shipped_tagger
from nlp.tagged_places import MODEL_CONFIDENCE, combine
from nlp.tagger_features import looked_up_parts, token_features, word_parts
from nlp.tools import train_span_tagger as training

LABELS = ["O", "B-LOC", "I-LOC"]


def rules_doc(text: str):
    """The Doc after every component before the tagger: what the rules alone found."""
    pipeline = get_pipeline()
    doc = pipeline.make_doc(text)
    doc.user_data.update({TEXT: text, FAST: True})
    for name, component in pipeline.pipeline:
        if name == "tip_span_tagger":
            break
        doc = component(doc)
    return doc


def places(doc) -> list[str]:
    return [value for _, _, value in doc.user_data.get(LOCATIONS) or []]


def hand_tagger(begin: dict[str, float], inside: dict[str, float] = None) -> SpanTagger:
    """A tagger with hand-set weights: the words in `begin` start a place, those in `inside` continue one."""
    weights = {"bias": [1.0, 0.0, 0.0]}
    for word, score in begin.items():
        weights[f"w={word}"] = [0.0, score, 0.0]
    for word, score in (inside or {}).items():
        weights.setdefault(f"w={word}", [0.0, 0.0, 0.0])[2] = score
    return SpanTagger(LABELS, weights, stacked=False)


# Texts where today's rules find no place (or a shorter one) and the shipped tagger finds it.
@pytest.mark.parametrize("text, rules_find, found", [
    ("dealers at 5100 Walnut all night", [], "5100 Walnut"),
    ("shooting just now at kip and cambria", [], "kip and cambria"),
    ("lads lobbing bricks off trent lock at the boats", [], "trent lock"),   # ("off trent bridge": the rules' now)
    ("lads fighting on hengrove way about 5 mins ago", [], "hengrove way"),
    # (after a comma the rules find CHEW STOKE; "AT MANOR FARM CHEW STOKE" is the rules' now: named_buildings.py)
    ("DOG LOOSE AT MANOR FARM SHOP CHEW STOKE", [], "MANOR FARM"),
])
def test_the_tagger_adds_places_the_rules_miss_as_guesses(text, rules_find, found):
    assert places(rules_doc(text)) == rules_find
    result = extract(text)
    assert found in result.locations
    assert result.confidence["locations"][found] == MODEL_CONFIDENCE < CONFIDENT
    assert found not in result.confident("locations")  # never said back to the tipster as "Got it"


def test_a_boundary_fix_replaces_the_rule_place():
    text = "quad stolen at wick st lawrence last night"
    assert places(rules_doc(text)) == ["wick st"]
    assert extract(text).locations == ["wick st lawrence"]


def test_a_boundary_fix_keeps_the_other_rule_places():
    text = "somebody was shot at the Sunoco at Rising Sun & Olney last nite"
    assert "Sun & Olney" in places(rules_doc(text))
    result = extract(text)
    assert "Rising Sun & Olney" in result.locations and "Sun & Olney" not in result.locations
    assert result.confidence["locations"]["Sunoco"] >= CONFIDENT  # the rules' own place keeps its confidence


def test_a_place_the_tagger_finds_alone_is_added():
    doc = rules_doc("went past Zorbleton at 9")
    combine(doc, hand_tagger({"zorbleton": 5.0}))
    assert places(doc) == ["Zorbleton"]
    assert doc.user_data[CONFIDENCE][LOCATIONS]["Zorbleton"] == MODEL_CONFIDENCE


def test_the_tagger_never_cuts_a_rule_place_shorter():
    doc = rules_doc("bikes stolen along the Avon to Kennet cycle path")
    assert places(doc) == ["Avon to Kennet cycle path"]
    combine(doc, hand_tagger({"avon": 5.0, "kennet": 5.0}, {"cycle": 5.0, "path": 5.0}))
    assert places(doc) == ["Avon to Kennet cycle path"]


def test_a_tagged_span_needs_a_name_and_loses_trailing_function_words():
    doc = rules_doc("lads drinking on the river bank")
    combine(doc, hand_tagger({"river": 5.0}, {"bank": 5.0}))
    assert places(doc) == []  # common words alone name no place
    doc = rules_doc("he legged it down zorbleton and away")
    combine(doc, hand_tagger({"zorbleton": 5.0}, {"and": 5.0}))
    assert places(doc) == ["zorbleton"]  # "zorbleton and" would be no place


def test_the_tagger_never_takes_a_plate_or_a_phone():
    doc = rules_doc("silver golf reg HVM2207 call 07700 900123")
    combine(doc, hand_tagger({"hvm2207": 5.0, "07700": 5.0}, {"900123": 5.0}))
    assert places(doc) == []


def test_a_span_beside_a_rule_place_leaves_the_rules_reading():
    doc = rules_doc("car break ins all over Port Richmond last night")
    before = places(doc)
    combine(doc, hand_tagger({"port": 5.0}))
    assert places(doc) == before


def test_spanish_texts_are_left_to_the_spanish_rules():
    doc = rules_doc("un hombre con una pistola en la calle Zorbleton ahora")
    before = places(doc)
    combine(doc, hand_tagger({"zorbleton": 5.0, "hombre": 5.0}))
    assert places(doc) == before


def test_the_fast_path_tags_as_the_feature_path_does():
    tagger = shipped_tagger()
    for text in ("dealers at 5100 Walnut all night", "someone on 52nd and Market st. with a gun!",
                 "RED CAR OUTSIDE 14 CHURCH ROW", "x", "near the Plough in Ston Easton"):
        doc = rules_doc(text)
        spans = doc.user_data.get(LOCATIONS) or []
        assert tagger.tags(doc, spans) == tagger.predict_features(token_features(doc, spans))


def test_a_number_gets_the_word_parts_the_list_look_ups_give():
    # numbers skip the word lists' look-ups (speed): the parts must be the ones the look-ups give
    for word in ("7", "42", "911", "1520", "19140", "07700900123", "2", "٣"):
        assert word_parts(word) == looked_up_parts(word)
    assert word_parts("19140")[2] == ("num5",) and word_parts("9th") == looked_up_parts("9th")


def test_training_learns_to_separate_places_from_other_words():
    names = ["Zorbleton", "Quimby", "Farrowdale", "Wexcombe", "Tillbury", "Marchwood"]
    things = ["tuesday", "money", "dinner", "trouble", "school"]
    rows = []
    for i, name in enumerate(names * 3):
        rows.append({"id": f"p{i}", "text": f"lads fighting outside {name} again", "locations": [name]})
        thing = things[i % len(things)]
        rows.append({"id": f"n{i}", "text": f"lads fighting about {thing} again", "locations": []})
    examples, missing = training.make_examples(rows, stacked=False)
    assert missing == 0
    tagger = training.train(examples, iterations=5)
    for text, expected in (("lads fighting outside Pennworth again", ["Pennworth"]),
                           ("lads fighting about homework again", [])):
        doc = rules_doc(text)
        assert [text[s:e] for s, e in tagger.spans(doc)] == expected


def test_training_is_deterministic():
    rows = [{"id": f"r{i}", "text": f"trouble near Zorbleton {i} times, not at home", "locations": ["Zorbleton"]}
            for i in range(6)]
    first = training.train(training.make_examples(rows, stacked=True, dropout=0.3)[0], iterations=3, stacked=True)
    second = training.train(training.make_examples(rows, stacked=True, dropout=0.3)[0], iterations=3, stacked=True)
    assert first.weights == second.weights and first.weights


def test_gold_tags_mark_every_labelled_place():
    doc = rules_doc("from Bath Road to bath road and Keynsham")
    tags, missing = training.gold_tags(doc, ["Bath Road", "Keynsham", "Nowhere"])
    assert tags == ["O", "B-LOC", "I-LOC", "O", "B-LOC", "I-LOC", "O", "B-LOC"]
    assert missing == 1


def test_the_shipped_weights_load_and_are_small():
    tagger = shipped_tagger()
    assert tagger is not None and tagger.stacked and tagger.labels == LABELS
    assert len(tagger.weights) > 1000
    assert WEIGHTS_PATH.stat().st_size < 1_000_000
    data = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
    assert all(len(w) == 3 for w in data["weights"].values())


def test_training_never_reads_the_sealed_files():
    assert SEALED_ENGLISH not in training.TRAIN_FILES
    with pytest.raises(ValueError):
        training.load_rows([SEALED_ENGLISH])


def test_a_misspelt_function_word_or_a_storey_is_no_name_for_the_tagger():
    """Retrained on stop 21's rows the tagger guessed "thier" and "3rd floor" as places: a function word typed
    with its letters swapped is not a name no list knows, and a storey is not a street."""
    from nlp.tagged_places import FLOOR_RE, misspelt_function_word
    assert misspelt_function_word("thier") and misspelt_function_word("wiht")
    assert not misspelt_function_word("wyle") and not misspelt_function_word("harlescott")
    assert FLOOR_RE.fullmatch("3rd floor") and not FLOOR_RE.fullmatch("3rd st")


def test_a_description_word_is_no_name_for_the_tagger():
    """"the old bridge", "the local pub": "old" is missing from the common-word list (it leaves out words that
    are place names somewhere) but is a description (named_places.NOT_LANDMARK_NAMES), not a name."""
    from nlp.tagged_places import named
    text = "kids under the old bridge again"
    doc = rules_doc(text)
    assert not named(doc, text.index("old"), text.index("old") + len("old bridge"))
    assert "old bridge" not in extract(text).locations
