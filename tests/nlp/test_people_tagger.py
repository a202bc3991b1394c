"""The learned people-description tagger (nlp/people_tagger.py): the shipped weights, the combination with
the rules, the fast path, training."""
import json

import pytest

from nlp import extract, get_pipeline
from nlp.doc_attrs import CONFIDENCE, FAST, LOCATIONS, PEOPLE, TEXT, read
from nlp.extraction import CONFIDENT
from nlp.people_features import looked_up_parts, token_features, word_parts
from nlp.people_tagger import (
    BLOCKING,
    LABELS,
    MODEL_CONFIDENCE,
    WEIGHTS_PATH,
    PeopleTagger,
    combine,
    shipped_tagger,
)
from nlp.sealed import SEALED_ENGLISH, SEALED_SPANISH
from nlp.tools import train_people_tagger as training


def rules_doc(text: str):
    """The Doc after every component before the people tagger: what the rules alone found."""
    pipeline = get_pipeline()
    doc = pipeline.make_doc(text)
    doc.user_data.update({TEXT: text, FAST: True})
    for name, component in pipeline.pipeline:
        if name == "tip_people_tagger":
            break
        doc = component(doc)
    return doc


def people(doc) -> list[str]:
    return [value for _, _, value in doc.user_data.get(PEOPLE) or []]


def hand_tagger(begin: dict[str, float], inside: dict[str, float] = None) -> PeopleTagger:
    """A tagger with hand-set weights: the words in `begin` start a description, those in `inside` go on."""
    weights = {"bias": [1.0, 0.0, 0.0]}
    for word, score in begin.items():
        weights[f"w={word}"] = [0.0, score, 0.0]
    for word, score in (inside or {}).items():
        weights.setdefault(f"w={word}", [0.0, 0.0, 0.0])[2] = score
    return PeopleTagger(weights)


def test_the_shipped_weights_load_and_are_small():
    tagger = shipped_tagger()
    assert tagger is not None and tagger.labels == LABELS
    assert len(tagger.weights) > 1000
    assert "r=B" in tagger.weights  # it reads the rules' descriptions (stacked)
    assert WEIGHTS_PATH.stat().st_size < 1_000_000
    data = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
    assert all(len(w) == 3 for w in data["weights"].values())


# Hand-written texts where today's rules cut a description short and the shipped tagger widens it.
@pytest.mark.parametrize("text, rules_find, fixed", [
    ("bloke with a green suede jacket nicked my bike from outside the shop", "jacket", "green suede jacket"),
    ("lad about 16 with tan cargo shorts and a red sox hat", "shorts", "tan cargo shorts"),
    ("woman in her 50s with a long grey coat and a big rucksack", "rucksack", "big rucksack"),
    ("the dealer goes by Tank, 6ft ish, always in a grey tracksuit", "6ft", "6ft ish"),
])
def test_the_tagger_widens_a_description_the_rules_cut_short(text, rules_find, fixed):
    assert rules_find in people(rules_doc(text))
    result = extract(text)
    assert fixed in result.people and rules_find not in result.people
    assert result.confidence["people"][fixed] == MODEL_CONFIDENCE < CONFIDENT
    assert fixed not in result.confident("people")


def test_the_other_rule_descriptions_keep_their_place_and_confidence():
    text = "lad about 16 in a tan cargo shorts and a red sox hat"
    result = extract(text)
    assert result.people == ["about 16", "tan cargo shorts", "red sox hat"]
    assert "about 16" in result.confident("people")


def test_the_tagger_never_cuts_a_rule_description_shorter():
    doc = rules_doc("man with a tattoo on his arm shouting at kids")
    assert people(doc) == ["tattoo on his arm"]
    combine(doc, hand_tagger({"a": 5.0}, {"tattoo": 5.0}))  # "a tattoo" would drop "on his arm"
    assert people(doc) == ["tattoo on his arm"]
    combine(doc, hand_tagger({"tattoo": 5.0}))  # inside the rule description
    assert people(doc) == ["tattoo on his arm"]


def test_a_fix_widens_and_loses_leading_and_trailing_function_words():
    doc = rules_doc("a group of teenage lads with a zorbled jacket and")
    assert people(doc) == ["teenage", "jacket"]
    combine(doc, hand_tagger({"of": 5.0, "with": 5.0},
                             {"teenage": 5.0, "a": 5.0, "zorbled": 5.0, "jacket": 5.0, "and": 5.0}))
    assert people(doc) == ["teenage", "zorbled jacket"]  # not "of teenage", "with a zorbled jacket and"
    assert doc.user_data[CONFIDENCE][PEOPLE] == {"zorbled jacket": MODEL_CONFIDENCE}


def test_a_description_touching_no_rule_one_is_only_added_when_asked():
    doc = rules_doc("some guy zorbled quiffle ran off")
    assert people(doc) == []
    tagger = hand_tagger({"zorbled": 20.0}, {"quiffle": 20.0})
    combine(doc, tagger)  # the shipped rule (ADD_MARGIN infinite): boundary fixes only
    assert people(doc) == []
    combine(doc, tagger, add_margin=0.0)
    assert people(doc) == ["zorbled quiffle"]
    assert doc.user_data[CONFIDENCE][PEOPLE]["zorbled quiffle"] == MODEL_CONFIDENCE


def test_the_tagger_never_takes_a_time_plate_or_place():
    doc = rules_doc("red hoodie outside 14 church row at 10pm reg HVM2207")
    assert read(doc, LOCATIONS)
    before = people(doc)
    tagger = hand_tagger({"hoodie": 5.0}, {"outside": 5.0, "14": 5.0, "church": 5.0, "row": 5.0, "at": 5.0,
                                           "10pm": 5.0, "reg": 5.0, "hvm2207": 5.0})
    combine(doc, tagger, add_margin=0.0)
    assert people(doc) == before


def test_spanish_texts_are_left_to_the_rules():
    doc = rules_doc("un hombre con una sudadera roja en la calle ahora")
    before = people(doc)
    combine(doc, hand_tagger({"hombre": 20.0, "sudadera": 20.0}, {"roja": 20.0}), add_margin=0.0)
    assert people(doc) == before


def test_the_fast_path_tags_as_the_feature_path_does():
    tagger = shipped_tagger()
    for text in ("bloke in a green wax jacket nicked my bike", "3 LADS IN BALACLAVAS, ONE 6FT", "x",
                 "guy about 30, called Dee, shaved head, black north face", "she's 15yo with a 5'4 friend",
                 "no people here at all just a car on fire"):
        doc = rules_doc(text)
        rules = read(doc, PEOPLE)
        blocked = [(s, e) for name in BLOCKING for s, e, _ in read(doc, name)]
        margins = []
        assert tagger.tags(doc, rules, blocked, margins) == tagger.predict(*token_features(doc, rules, blocked))
        assert len(margins) == len(doc) and all(m >= 0 for m in margins)


def test_a_number_gets_the_word_parts_the_list_look_ups_give():
    # numbers skip the word lists' look-ups (speed): the parts must be the ones the look-ups give ("911" is in one)
    for word in ("7", "25", "911", "999", "1520", "07700900123", "٣"):
        assert word_parts(word) == looked_up_parts(word)
    assert "nn" in word_parts("911")[2] and word_parts("6ft") == looked_up_parts("6ft")


def test_training_learns_descriptions_from_labels():
    garments = ["gilet", "poncho", "cagoule", "tabard", "kaftan", "smock"]
    colours = ["mauve", "teal", "ochre", "lilac"]
    rows = []
    for i, garment in enumerate(garments * 3):
        colour = colours[i % len(colours)]
        rows.append({"id": f"p{i}", "text": f"a man in a {colour} {garment} ran off", "people": [f"{colour} {garment}"]})
        rows.append({"id": f"n{i}", "text": f"a man in a hurry ran off with {i} quid", "people": []})
    examples, missing = training.make_examples(rows)
    assert missing == 0
    untrained = PeopleTagger({})
    tagger = training.train(examples, iterations=5)
    doc = rules_doc("a man in a teal gilet ran off")
    assert untrained.spans(doc, []) == []
    text = doc.text
    assert [text[s:e] for s, e in tagger.spans(doc, [])] == ["teal gilet"]
    doc = rules_doc("a man in a hurry ran off with 7 quid")
    assert tagger.spans(doc, []) == []


def test_training_is_deterministic():
    rows = [{"id": f"r{i}", "text": f"lad in a red hoodie {i} times, tall", "people": ["red hoodie", "tall"]}
            for i in range(6)]
    first = training.train(training.make_examples(rows, dropout=0.3)[0], iterations=3)
    second = training.train(training.make_examples(rows, dropout=0.3)[0], iterations=3)
    assert first.weights == second.weights and first.weights


def test_training_reads_only_dev_rows_with_people_and_never_the_sealed_files():
    assert SEALED_ENGLISH not in training.TRAIN_FILES
    with pytest.raises(ValueError):
        training.load_rows([SEALED_ENGLISH])
    with pytest.raises(ValueError):
        training.load_rows([SEALED_SPANISH])
    rows = training.load_rows(["dev_s20a.jsonl"])
    assert rows and all("people" in row and row.get("split", "dev") == "dev" for row in rows)


def test_the_unseen_rule_spans_cover_the_files_scored_before_tuning():
    spans = training.unseen_rule_spans()
    for prefix in ("ho-", "d19-", "h2-", "h3-", "d20a-", "d20b-"):
        assert any(key.startswith(prefix) for key in spans)
    assert not any(key.startswith("h4-") for key in spans)
