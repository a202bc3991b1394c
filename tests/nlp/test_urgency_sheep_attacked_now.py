"""Stop 39: dogs attacking or worrying sheep or livestock now: "ripping into a ewe", "dogs still in the field",
"2 ewes dead already" (nlp/urgency_animal_distress.py, data en/urgency_animal_distress.json).
Texts invented for the test (about ten variants of the kind and its near misses), none from the dev set."""
import pytest

import nlp

DANGER_NOW = [
    "two dogs chasing the sheep in the top field at glenbuck right now, one ewe already down",
    "a big alsatian is savaging a lamb in the field behind the school on mill lane, no owner about",
    "sheep worrying going on now at carrick farm, husky off its lead",
    "theres a dog in with the ewes at hollins farm biting them, 3 on the ground, owner nowhere",
    "couple of lurchers loose among the cattle off the b4391, calves running everywhere, theyre biting at them",
    "my sheep are being chased by a pack of dogs up on the fell above keld, lambs screaming",
    "collie worrying ewes on the common at nethy bridge, 2 dead already n its still at it",
    "german shepherd attacking the sheep by the road at pentre, the farmer isnt answering",
    "dogs in the field killing my lambs rn, black lab and a staffy, 22 brook lane",
    "a spaniel has got one of the ewes by the throat in the paddock at ystrad, cant get it off",
]
CALM = [
    "sheep worrying at hill farm last tuesday, 4 ewes lost, the dog was a grey lurcher",
    "can you report sheep worrying after the fact? a dog killed 2 of my lambs in april",
    "dogs chased the sheep yesterday in the field by the church, farmer has them back in now",
    "loose dog was worrying the sheep earlier but the owner got it back on the lead, all fine",
    "farmers put up signs about dogs and sheep on the footpath at bwlch, keep dogs on leads",
]


@pytest.mark.parametrize("text", DANGER_NOW)
def test_livestock_attacked_now_is_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", CALM)
def test_after_the_fact_or_talk_stays_calm(text):
    assert not nlp.extract(text).urgent, text
