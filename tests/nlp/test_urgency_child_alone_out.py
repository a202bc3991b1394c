"""Stop 39: a small child alone by a road, or out alone in the dark or the cold, now (nlp/urgency_child_alone_out.py).
Texts invented for the test (about ten variants of the kind and its near misses), none from the dev set."""
import pytest

import nlp

DANGER_NOW = [
    "small boy about 3 walking along the side of the a38 on his own, no adult, cars flying past",
    "toddler in a nappy wandering in the road on elm street alone, nobody around",
    "little girl maybe 5 on her own by the dual carriageway at the roundabout, lorries going past",
    "wee one aboot 4 wanderin doon the middle o the road at the brae, nae parent",
    "a kid about 2 just toddled out onto the main road by the co-op, no one with him, im pulling over",
    "tiny lad in pyjamas walking along the verge of the a9 near dalwhinnie, no grown up anywhere",
    "child of about 4 alone on the hard shoulder of the m6 by junction 14, cars honking",
    "saw a toddler by himself on the side of highway 12, maybe 3 years old, trucks going by",
    "little fella in wellies on his own beside the bypass, must be 3, no mam in sight",
    "preschooler wandering along route 9 by the gas station alone, no adult",
]
CALM = [
    "small boy walking along the road on his own earlier, his mum was just behind him, all fine",
    "kids playing out on the road in the cul de sac again, theyre always out there",
    "my 15 yr old walks to school along the a38, is there a footpath planned",
    "the lollipop lady wasnt there this morning and kids had to cross the main road alone",
]


@pytest.mark.parametrize("text", DANGER_NOW)
def test_small_child_alone_by_a_road_is_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", CALM)
def test_child_with_someone_or_past_stays_calm(text):
    assert not nlp.extract(text).urgent, text
