"""A capitalised venue name run by the location tagger over "at" into a place written in lower case is two
places, the venue and its place (stop 31, round 2, from heldout14's mis-cut pubs; nlp/tagged_at_splits.py). A
corner written in one case stays one span. Every text is written for the test (none is in a dev file).
"""
from nlp.tagged_at_splits import split_at


def always(start, end):
    return True


def test_a_venue_at_a_village_is_cut():
    text = "lads fighting in the car park of the Fox And Hounds at barrow gurney"
    start = text.index("Fox")
    assert [text[s:e] for s, e in split_at(text, [(start, len(text))], always)] == ["Fox And Hounds", "barrow gurney"]


def test_a_corner_in_one_case_stays_whole():
    for text in ("shots fired at bellfort at mlk", "crash at Main St at Oak Ave"):
        start = text.index(" at ") + 4
        assert split_at(text, [(start, len(text))], always) == [(start, len(text))]


def test_an_unnamed_part_before_at_is_dropped():
    text = "fights at the Rough Corner at hexley"
    start = text.index("Rough")
    assert [text[s:e] for s, e in split_at(text, [(start, len(text))], lambda s, e: False)] == ["hexley"]
