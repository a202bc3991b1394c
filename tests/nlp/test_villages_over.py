"""A village no list knows after "over": what is seen or heard over it ("the smoke over thrushcombe")."""
import pytest

import nlp


@pytest.mark.parametrize("text, village", [
    ("the black smoke over thrushcombe is just the farmer burnin tyres again", "thrushcombe"),
    ("loud bangs over lower snodbury last night about 11, sounded like shots", "lower snodbury"),
])
def test_village_after_over(text, village):
    assert village in [value.lower() for value in nlp.extract(text).locations]


@pytest.mark.parametrize("text", [
    "the lad went over the handlebars and hit his head",
    "he handed it over yesterday and never got paid",
])
def test_over_before_words_is_no_village(text):
    assert nlp.extract(text).locations == []
