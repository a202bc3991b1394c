"""Stop 38 round 2: Scots "the noo" (now) is a time that says now, as "the now" and "rn" are (nlp/urgency.py
NOW_TIME_TOKENS): a danger told "the noo" is urgent; a past, a question or a danger dealt with told with "the noo"
stays calm. Texts invented for the test, none from the dev set."""
import pytest

import nlp

DANGER_THE_NOO = [
    'boy wi a knife chasin folk roon the precinct in kirkcaldy the noo',
    "the noo theres a fella wi a machete at the chippy door on high street, everyone's hidin",
    'two lads battering a wee guy ootside the co-op in shotts the noo, hes on the deck',
    'man wavin a gun aboot at the bus station in ayr the noo',
    "hoose on fire on bank street the noo, the auld wifie's still in",
    'some radge wi a bottle glassin folk in the beer garden at the crown richt noo',
    'guy wi a blade at ma door the noo tryin tae get in, 14 mill wynd',
    'wee boy in the burn the noo, hes goin under, cannae reach him',
    'ma ex is ootside wi a hammer smashin the windaes the noo',
]
CALM_THE_NOO = [
    'there wis a fight ootside the crown last week, am fine the noo, jist wantin tae report it',
    'the fire at the old mill was oot by the time a got there, naebody hurt, aw quiet the noo',
    'no an emergency but can ye tell me whit the noise complaint number is the noo',
    'is it illegal tae carry a pen knife in scotland, askin the noo for ma nephew',
    "a guy pulled a knife on me in 2019, he's oot the jail the noo and lives up the road, can i get a warning",
]


@pytest.mark.parametrize("text", DANGER_THE_NOO)
def test_danger_the_noo_is_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", CALM_THE_NOO)
def test_past_question_or_dealt_with_the_noo_stays_calm(text):
    assert not nlp.extract(text).urgent, text
