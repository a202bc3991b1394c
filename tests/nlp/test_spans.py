"""Facts on the Doc shared by the components (nlp/spans.py): a tagger's facts joining the rules'."""
from nlp.doc_attrs import CONFIDENCE, LOCATIONS
from nlp.pipeline import get_pipeline
from nlp.spans import replace_with_tagged


def doc_with(text: str, facts, scores):
    doc = get_pipeline().make_doc(text)
    doc.user_data[LOCATIONS] = facts
    doc.user_data[CONFIDENCE] = {LOCATIONS: scores}
    return doc


def test_tagged_facts_replace_the_rule_facts_they_overlap_and_the_others_stay():
    text = "by Bath Rd and then Keynsham"
    rules = [(3, 7, "Bath"), (20, 28, "Keynsham")]
    doc = doc_with(text, rules, {"Bath": 0.9, "Keynsham": 0.8})
    replace_with_tagged(doc, LOCATIONS, rules, [(3, 10, "Bath Rd")], 0.6)
    assert doc.user_data[LOCATIONS] == [(3, 10, "Bath Rd"), (20, 28, "Keynsham")]
    assert doc.user_data[CONFIDENCE][LOCATIONS] == {"Keynsham": 0.8, "Bath Rd": 0.6}   # the replaced one's score goes


def test_keeping_old_scores_keeps_every_score_and_scores_no_value_a_kept_fact_holds():
    text = "red top and red top again"
    rules = [(0, 7, "red top")]
    doc = doc_with(text, rules, {"red top": 0.9, "gone": 0.7})
    replace_with_tagged(doc, LOCATIONS, rules, [(12, 19, "red top")], 0.6, keep_old_scores=True)
    assert doc.user_data[LOCATIONS] == [(0, 7, "red top"), (12, 19, "red top")]
    assert doc.user_data[CONFIDENCE][LOCATIONS] == {"red top": 0.9, "gone": 0.7}
