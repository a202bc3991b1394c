"""Speed work of stop 25 (structural, outputs unchanged): what each change relies on, checked directly."""
import gc
import itertools

from spacy.tokens import Doc

from nlp import extract, get_pipeline
from nlp.doc_attrs import LOCATIONS
from nlp.perceptron import tags_to_tokens
from nlp.span_tagger import shipped_tagger
from nlp.tagger_features import token_features


def docs_alive() -> int:
    return sum(1 for obj in gc.get_objects() if isinstance(obj, Doc))


def test_extract_leaves_no_doc_for_the_cyclic_gc():
    # Cue Spans in user_data point back at their Doc; extract empties user_data, so each Doc is freed by its
    # reference count as extract returns, not piled up for the cyclic GC (a pause on one text in ~26).
    get_pipeline()
    texts = ["a white van with 2 lads in it outside the co-op last night about 11pm, one had a knife",
             "silver ford focus reg AB12 CDE parked on mill lane since tuesday"]
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        before = docs_alive()
        for text in texts * 5:
            assert extract(text).vehicles
        assert docs_alive() == before
    finally:
        if was_enabled:
            gc.enable()


def reference_tags_to_tokens(tags, label="LOC"):
    """perceptron.tags_to_tokens as it was before stop 25 (an f-string per token, a sentinel O at the end)."""
    found, start = [], None
    for i, tag in enumerate([*tags, "O"]):
        if start is not None and tag != f"I-{label}":
            found.append((start, i))
            start = None
        if tag == f"B-{label}":
            start = i
    return found


def test_tags_to_tokens_reads_runs_as_before():
    labels = ("O", "B-LOC", "I-LOC", "B-PER", "I-PER")
    for n in range(6):   # every sequence of up to five tags: runs at the end, I- with no B-, B- after B-
        for tags in itertools.product(labels, repeat=n):
            for label in ("LOC", "PER"):
                assert tags_to_tokens(list(tags), label) == reference_tags_to_tokens(list(tags), label), (tags, label)


def test_the_tagger_scores_every_token_within_the_window_of_a_candidate():
    # span_tagger.tags marks the tokens to score with one slice per candidate: a capital at either end of the
    # text and in the middle still gives the places the feature path (the reference) gives.
    tagger = shipped_tagger()
    pipe = get_pipeline()
    for text in ("Lakeford is where i saw him", "i saw him near the old mill in Lakeford",
                 "a van went past the shop then down towards Brimley Road and back again later on"):
        doc = pipe(text)
        rules = doc.user_data.get(LOCATIONS) or []
        assert tagger.tags(doc, rules) == tagger.predict_features(token_features(doc, rules))
