"""The spaCy pipeline itself: one cue pass, inspection spans, lean lexemes, bounded vocab."""
import threading

from nlp import extract, get_pipeline, pipeline


def test_one_cue_matcher_and_inspection_spans():
    nlp = get_pipeline()
    assert "tip_cues" in nlp.pipe_names and not any("ruler" in name for name in nlp.pipe_names)
    doc = nlp("black Ford Focus tag HVM2207 at 49th and Woodland in Reading, shots fired")
    assert [s.text for s in doc.spans["vehicles"]] == ["black Ford Focus"]
    assert [s.text for s in doc.spans["plates"]] == ["HVM2207"]
    assert "49th and Woodland" in [s.text for s in doc.spans["locations"]]
    assert {s.label_ for s in doc.spans["vehicle_parts"]} == {"COLOUR", "MAKE", "MODEL"}
    assert doc.user_data["urgent_reason"] == "shots fired"


def test_new_words_get_only_the_attributes_the_rules_read():
    doc = get_pipeline().make_doc("Zqxvbn7 ran")
    token = doc[0]
    assert (token.lower_, token.is_alpha, token.is_title) == ("zqxvbn7", False, True)
    assert token.shape_ == ""  # not computed: it would add strings for every new word


def test_vocab_is_rebuilt_in_the_background_past_the_limit(monkeypatch):
    before = get_pipeline()
    monkeypatch.setattr(pipeline, "MAX_STRINGS", len(before.vocab.strings))
    extract("brand new words: Qwzzy Plonkett tag ZZ99ZZZ")
    for thread in threading.enumerate():
        if thread.name == "nlp-vocab-rebuild":
            thread.join(timeout=30)
    monkeypatch.undo()  # or the next call would start another rebuild
    after = get_pipeline()
    assert after is not before
    assert extract("grey Jeep Wrangler Jersey tags R82KLT doing laps at 49th and Woodland").plates == ["R82KLT"]
