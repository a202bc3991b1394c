"""A road and the town it runs past, joined by the tagger: two places."""
from spacy.tokens import Doc

from nlp.doc_attrs import LOCATIONS
from nlp.pipeline import get_pipeline
from nlp.span_splits import split_spans
from nlp.spans import store


def test_road_past_town_is_two_places():
    text = "someone dumping tyres on route 9 past milltown every week"
    doc: Doc = get_pipeline().make_doc(text)
    start = text.index("route 9")
    end = text.index(" every")
    store(doc, LOCATIONS, [(start, end, text[start:end])])
    split_spans(doc, text)
    assert [value for _, _, value in doc.user_data[LOCATIONS]] == ["route 9", "milltown"]


def test_speed_before_a_road_is_cut_off():
    text = "a bike doing 90 down route 9 with no lights"
    doc: Doc = get_pipeline().make_doc(text)
    start = text.index("90")
    end = text.index(" with")
    store(doc, LOCATIONS, [(start, end, text[start:end])])
    split_spans(doc, text)
    assert [value for _, _, value in doc.user_data[LOCATIONS]] == ["route 9"]
