"""Stop 36's speed work: each change reads the same things in fewer steps; these texts (written for the tests) check
the faster reading gives what the slower one gave."""
import re

import pytest


def test_gate_words_found_in_one_scan_are_the_ones_each_test_finds():
    from nlp.urgency_kinds import GATE_RE, GATE_WORDS
    assert GATE_RE is not None   # no gate word starts another: the one-scan reading is the one in use
    texts = ("kid holding onto a buoy, tide goin out",   # "hold" in "holding", "out"
             "they were dragging him into a van but he got away",   # "drag" in "dragging", "but"
             "escuche como 5 tronidos, lo jalaron al carro",   # "escuch", "jal"
             "all the time, every night, he is always there",   # words with spaces, overlapping "every" / "all"
             "nothing here at all", "")
    for text in texts:
        assert set(GATE_RE.findall(text)) == {word for word in GATE_WORDS if word in text}
    assert set(GATE_RE.findall("holding the rope, everyone out")) == {"hold", "every", "out"}


def test_gate_words_that_start_one_another_fall_back_to_the_word_test():
    from nlp.lexicon import trie_pattern
    words = ("hang", "hanging", "out")
    # why GATE_RE needs no gate word to start another: the one-scan reading misses the shorter word
    assert set(re.findall("(?=(" + trie_pattern(words) + "))", "hanging out")) != {"hang", "hanging", "out"}


@pytest.mark.parametrize("text", ["someone just snatched my bag 2 mins ago outside the station",
                                  "a man is lying on the pavement and cant get up, he cant breathe",
                                  "le acaban de robar la cartera hace 5 minutos en la parada"])
def test_the_gated_urgency_checks_read_the_text_lowered_once_as_they_lowered_it_each(text):
    from nlp.pipeline import get_pipeline
    from nlp.urgency_cannot_move import cannot_move
    from nlp.urgency_exposed_es import exposed_es
    from nlp.urgency_lured_es import lured_es
    from nlp.urgency_robbed_now import robbed_now
    from nlp.urgency_snatched import snatched_now
    doc = get_pipeline()(text)
    lowered = text.lower()
    for check in (snatched_now, robbed_now, cannot_move, exposed_es, lured_es):
        assert check(doc, {}, lowered) == check(doc, {})
    assert snatched_now(doc, {"TALK": []}, lowered) is None   # talk still closes the gate


def test_a_lowered_text_passed_in_is_the_one_read():
    from nlp.pipeline import get_pipeline
    from nlp.urgency_snatched import snatched_now
    doc = get_pipeline()("nothing to see here")
    assert snatched_now(doc, {}) is None
    # the passed lower-cased text is what the check reads (so a caller must pass the doc's own)
    assert snatched_now(doc, {}, "someone just snatched my bag 2 mins ago") is not None


def test_the_merged_description_regexes_are_the_caseless_ones_over_the_others():
    from nlp.people_patterns import ascii_regexes, lowered_regexes, regexes
    merged = ascii_regexes()
    assert set(merged) == set(regexes())
    for kind, pattern in merged.items():
        assert pattern is lowered_regexes().get(kind, regexes()[kind])
    assert ascii_regexes() is merged   # built once


def test_descriptions_of_an_ascii_tip_are_found_with_the_merged_regexes():
    import nlp
    people = nlp.extract("2 lads about 18, one in a black north face jacket, other wearing a grey hoodie").people
    assert any("north face jacket" in p for p in people) and any("grey hoodie" in p for p in people)

