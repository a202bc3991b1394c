"""The Spanish location tagger (nlp/tagged_places_es.py, features nlp/tagger_features_es.py): the shipped weights,
the combination with the rules on Spanish texts, training, and which files the retrain command reads."""
import json

import pytest

from nlp import extract, get_pipeline
from nlp.doc_attrs import CONFIDENCE, FAST, LOCATIONS, TEXT
from nlp.extraction import CONFIDENT
from nlp.span_tagger import shipped_tagger as english_tagger
from nlp.tagged_places import spanish
from nlp.tagged_places_es import MODEL_CONFIDENCE, WEIGHTS_PATH, SpanishTagger, combine, shipped_tagger
from nlp.tagger_features_es import token_features, word_parts
from nlp.tools import train_span_tagger_es as training

LABELS = ["O", "B-LOC", "I-LOC"]


def rules_doc(text: str):
    """The Doc after every component before the taggers: what the rules alone found."""
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


def hand_tagger(begin: dict[str, float], inside: dict[str, float] = None) -> SpanishTagger:
    """A Spanish tagger with hand-set weights: the words in `begin` start a place, those in `inside` continue one."""
    weights = {"bias": [1.0, 0.0, 0.0]}
    for word, score in begin.items():
        weights[f"w={word}"] = [0.0, score, 0.0]
    for word, score in (inside or {}).items():
        weights.setdefault(f"w={word}", [0.0, 0.0, 0.0])[2] = score
    return SpanishTagger(LABELS, weights, stacked=False)


def test_the_shipped_spanish_weights_load():
    tagger = shipped_tagger()
    assert isinstance(tagger, SpanishTagger) and tagger.stacked and tagger.labels == LABELS
    assert len(tagger.weights) > 1000 and tagger is not english_tagger()
    note = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))["_note"]
    assert "--lang es" in note and "Spanish dev texts" in note
    # Spanish features: an accent is folded, "calle" is a street word, a Spanish word is not unknown
    assert word_parts("Está")[0] == "esta" and "st" in word_parts("calle")[2]
    assert "unk" in word_parts("kedzie")[2] and "unk" not in word_parts("tienda")[2]


# Hand-written Spanish texts where today's rules cut the place short and the Spanish tagger finds all of it.
@pytest.mark.parametrize("text, rules_find, found", [
    ("vivo en brighton park y cada noche hay disparos", ["brighton"], "brighton park"),
    ("me asaltaron en brixton hill saliendo del trabajo", ["brixton"], "brixton hill"),
    ("un carro sin placas abandonado en la 3400 de la calle 47 oeste", ["3400 de la calle 47"],
     "3400 de la calle 47 oeste"),
])
def test_the_spanish_tagger_fixes_places_the_rules_cut_short(text, rules_find, found):
    doc = rules_doc(text)
    assert spanish(doc)
    assert places(doc) == rules_find
    result = extract(text)
    assert result.locations == [found]
    assert result.confidence["locations"][found] == MODEL_CONFIDENCE < CONFIDENT  # a guess: not said back


def test_a_place_the_spanish_tagger_finds_alone_is_added_as_a_guess():
    doc = rules_doc("vi a dos tipos armados afuera de zorbleton, se fueron corriendo")
    assert places(doc) == []
    combine(doc, hand_tagger({"zorbleton": 5.0}))
    assert places(doc) == ["zorbleton"]
    assert doc.user_data[CONFIDENCE][LOCATIONS]["zorbleton"] == MODEL_CONFIDENCE


def test_a_spanish_tagged_span_loses_the_words_of_the_sentence_after_it():
    doc = rules_doc("hay pelea en la quimbyland y ya llegaron mas")
    combine(doc, hand_tagger({"quimbyland": 5.0}, {"y": 5.0, "ya": 5.0}))
    assert places(doc) == ["quimbyland"]   # not "quimbyland y ya"
    doc = rules_doc("vivo en farrowdale park y anoche quemaron un carro")
    combine(doc, hand_tagger({"farrowdale": 5.0}, {"park": 5.0, "y": 5.0, "anoche": 5.0, "quemaron": 5.0}))
    assert places(doc) == ["farrowdale park"]


def test_common_spanish_words_alone_are_no_place():
    doc = rules_doc("estaban vendiendo en la tienda de la esquina")
    before = places(doc)
    combine(doc, hand_tagger({"tienda": 5.0}, {"de": 5.0, "la": 5.0, "esquina": 5.0}))
    assert places(doc) == before


def test_the_spanish_tagger_never_takes_a_plate_or_a_phone():
    doc = rules_doc("una troca gris placa JKM4410, llamen al 267 555 0142 por favor")
    combine(doc, hand_tagger({"jkm4410": 5.0, "267": 5.0}, {"555": 5.0, "0142": 5.0}))
    assert places(doc) == []


def test_english_texts_never_reach_the_spanish_tagger():
    text = "dealers at 5100 Walnut all night"
    assert not spanish(rules_doc(text))
    assert extract(text).locations == ["5100 Walnut"]   # the English tagger's place, as before


def test_training_learns_places_after_spanish_cues():
    names = ["zorbleton", "quimby", "farrowdale", "wexcombe", "tillbury", "marchwood"]
    things = ["martes", "dinero", "comida", "problemas", "escuela"]
    rows = []
    for i, name in enumerate(names * 3):
        rows.append({"id": f"p{i}", "text": f"unos chavos peleando afuera de {name} otra vez", "locations": [name]})
        thing = things[i % len(things)]
        rows.append({"id": f"n{i}", "text": f"unos chavos peleando por {thing} otra vez", "locations": []})
    examples, missing = training.make_examples(rows, stacked=False)
    assert missing == 0
    trained = training.train(examples, iterations=5)
    tagger = SpanishTagger(trained.labels, trained.weights, trained.stacked)
    for text, expected in (("unos chavos peleando afuera de pennworth otra vez", ["pennworth"]),
                           ("unos chavos peleando por trabajo otra vez", [])):
        doc = rules_doc(text)
        assert [text[s:e] for s, e in tagger.spans(doc)] == expected


def test_spanish_training_is_deterministic():
    rows = [{"id": f"r{i}", "text": f"problemas cerca de zorbleton {i} veces, no en la casa", "locations": ["zorbleton"]}
            for i in range(6)]
    first, _ = training.train_spanish(rows, iterations=3)
    second, _ = training.train_spanish(rows, iterations=3)
    assert first.weights == second.weights and first.weights


def test_the_features_read_spanish_cues_and_the_rules_places():
    doc = rules_doc("un hombre armado en la esquina de kedzie y cermak")
    spans = doc.user_data.get(LOCATIONS)
    feats = token_features(doc, spans)
    kedzie = [t.text for t in doc].index("kedzie")
    assert "cue=en la esquina de" in feats[kedzie] and "r=B" in feats[kedzie]
    assert "r=O" in token_features(doc, [])[kedzie]


def test_the_retrain_command_reads_every_spanish_dev_file_and_no_held_out_file(tmp_path):
    for name in ("dev.jsonl", "test.jsonl", "dev_s22.jsonl", "heldout3.jsonl", "heldout9.jsonl"):
        (tmp_path / name).write_text(json.dumps({"id": name, "text": "x", "locations": [], "split": "dev"}) + "\n")
    files = training.spanish_files(tmp_path)
    assert [path.name for path in files] == ["dev.jsonl", "test.jsonl", "dev_s22.jsonl"]
    assert [row["id"] for row in training.load_rows(files)] == ["dev.jsonl", "test.jsonl", "dev_s22.jsonl"]
    with pytest.raises(ValueError):
        training.load_rows([tmp_path / "heldout3.jsonl"])


def test_the_fast_path_tags_as_the_feature_path_does():
    tagger = shipped_tagger()
    for text in ("un hombre armado en la esquina de kedzie y cermak", "vivo en brighton park y cada noche hay disparos",
                 "x", "ESTAN DISPARANDO EN LA 5TA AVENIDA Y LA 44!!", "troca placa JKM4410 por la calle Somerset"):
        doc = rules_doc(text)
        spans = doc.user_data.get(LOCATIONS) or []
        assert tagger.tags(doc, spans) == tagger.predict_features(token_features(doc, spans))
