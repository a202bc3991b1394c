"""A regional word for a kind of place ("the lough", "the byre", "up the brae", "the ghyll") before "at"/"near" a town
is no river or landmark name: the town alone is labelled (nlp/regional_features.py). One-word river names stay."""
import pytest

import nlp


@pytest.mark.parametrize("text, town", [
    ("two lads fishing wi a net in the burn at kirkmichael, no permits", "kirkmichael"),
    ("cows got out of the byre at dalry and are on the road", "dalry"),
    ("a kid fell in the beck near sedbergh, hes out now but freezing", "sedbergh"),
    ("quad bikes tearing up the machair at balranald every night", "balranald"),
    ("car in the lough near enniskillen, roof just showing", "enniskillen"),
    ("walker fell down the ghyll above grasmere, leg broken", "grasmere"),
    ("someone dumping tyres in the carr at wroot", "wroot"),
    ("fire on the moss near carnwath spreading fast", "carnwath"),
    ("boy swept off the staithe at blyth, his mate is screaming", "blyth"),
    ("lads drinking in the bothy at glenlivet smashing bottles", "glenlivet"),
    ("woman stuck on the skerry near lerwick with the tide coming in", "lerwick"),
    ("smoke coming off the tarn at coniston, some kind of fire", "coniston"),
])
def test_regional_feature_word_is_no_name(text, town):
    assert [value.lower() for value in nlp.extract(text).locations] == [town]


@pytest.mark.parametrize("text", [
    "gunshots every night from up the brae, dinnae ken who",
    "the weans are playin in the burn again",
])
def test_a_regional_feature_alone_is_no_place(text):
    assert nlp.extract(text).locations == []


@pytest.mark.parametrize("text, river", [
    ("body in the wyre at thornton", "the wyre"),
    ("kid in the arun at pulborough", "the arun"),
    ("canoe flipped on the teifi at cenarth", "the teifi"),
    ("lads jumping off the bridge into the ure at masham", "the ure"),
])
def test_one_word_rivers_stay(text, river):
    assert river in [value.lower() for value in nlp.extract(text).locations]
