"""A route number names no place: the town in a bus's name ("the 59 bolton bus") and a delivery round ("dpd driver on
route 14"); a bus station, a town the bus goes "to" and a road's route number stay places."""
import pytest

import nlp
from nlp.route_numbers import delivery_routes, named_routes


def places(text):
    return sorted(place.lower() for place in nlp.extract(text).locations)


@pytest.mark.parametrize("text", [
    "driver of the 59 bolton bus was drinking from a can",
    "on the 8 york bus a man was filming under girls skirts",
    "someone on the X43 manchester bus was smoking weed",
    "got on the 7 wakefield bus at 6 and a lad pulled a knife",
    "the 36 Harrogate bus was late and a lad punched me",
    "the number 36 harrogate bus driver was on his phone the whole way",
    "the X5 oxford bus nearly ran me over",
    "got the 22 leeds bus and a lad was sparking up in the back",
    "dpd driver on route 14 threw my parcel over the gate and smashed it",
    "parcel marked route 7C never arrived",
    "royal mail route 22 van left running with keys in",
    "courier on delivery route 3 keeps speeding down our street",
    "courier route 4B van keeps parking across my drive",
    "I was on flight EZY 6231 and a man was filming kids",
    "me and the fellas wi the dogs seen a van with no plates",
])
def test_route_numbers_are_no_place(text):
    assert places(text) == []


@pytest.mark.parametrize("text, expected", [
    ("the 42 to halifax bus driver shouted at my mum", ["halifax"]),
    ("bus 49 to leeds, man with a knife upstairs", ["leeds"]),
    ("fight at the 229 at batley bus station", ["batley bus station"]),
    ("waiting at the leeds bus station, man with a knife", ["leeds bus station"]),
    ("white van on route 9 near hopewell doing 90", ["hopewell", "route 9"]),
    ("the mail truck was run off the road on route 2 by glen burnie", ["glen burnie", "route 2"]),
    ("my amazon parcel was nicked off my step at 12 elm road", ["12 elm road"]),
    ("he were wi his mates outside the chippy on bank st", ["bank st"]),
    ("she went wi him in the car to wigan", ["wigan"]),
])
def test_places_near_routes_stay(text, expected):
    assert places(text) == expected


def test_spans_found():
    text = "the 59 bolton bus then dpd driver on route 14"
    assert [text[s:e] for s, e in named_routes(text)] == ["59 bolton"]
    assert [text[s:e] for s, e in delivery_routes(text)] == ["route 14"]
    assert named_routes("parked on 14 mill lane bus stop blocked") == []
    assert named_routes("the 5 to the bus") == []
