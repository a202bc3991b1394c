"""nlp/warm.py: the lazily read lists and patterns are filled when the pipeline is built, not by a live text."""
from nlp.warm import warm_caches


def test_warm_caches_fills_the_lists_no_warm_up_text_reaches():
    from nlp import spanish_plates
    from nlp.named_places import colour_words
    spanish_plates._state_beside_res.cache_clear()
    colour_words.cache_clear()
    assert warm_caches() > 50
    assert spanish_plates._state_beside_res.cache_info().currsize == 1
    assert colour_words.cache_info().currsize == 1


def test_the_built_pipeline_is_warm():
    from nlp import spanish_plates
    from nlp.pipeline import build_pipeline
    spanish_plates._state_before_re.cache_clear()
    build_pipeline()
    assert spanish_plates._state_before_re.cache_info().currsize == 1
