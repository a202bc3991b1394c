"""Speed work of stop 25 (structural, outputs unchanged): what each change relies on, checked directly."""
import gc

from spacy.tokens import Doc

from nlp import extract, get_pipeline


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
