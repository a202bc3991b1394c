"""Issue 13: the way people really text. Each kind of text the issue lists, and the negatives
that must give no fact at all."""
from __future__ import annotations

import pytest

from nlp import extract
from nlp.lexicon import local_names


@pytest.mark.parametrize("text, plates, states", [
    ("black dodge charger PA JKM4410 doing donuts", ["JKM4410"], {"JKM4410": "PA"}),
    ("tag read HVM 2207 NJ, black jeep", ["HVM2207"], {"HVM2207": "NJ"}),
    ("maryland tag 2CX4471 circling", ["2CX4471"], {"2CX4471": "MD"}),
    ("reg K1 NGS on a green defender", ["K1NGS"], {}),
    ("northern irish reg AXZ 1234 on a van", ["AXZ1234"], {}),
    ("private plate JDR 7 on a white bentley", ["JDR7"], {}),
])
def test_plate_formats_and_the_state_kept_apart(text, plates, states):
    found = extract(text)
    assert found.plates == plates
    assert found.plate_states == states


def test_two_readings_are_both_kept_and_marked_uncertain():
    found = extract("i think the reg was HVR 3321 or maybe HVR 3312")
    assert found.plates == ["HVR3321", "HVR3312"]
    assert found.confidence["plates"] == {"HVR3321": 0.5, "HVR3312": 0.5}
    assert found.confident("plates") == []
    assert extract("reg WF68 XRT").confident("plates") == ["WF68XRT"]


@pytest.mark.parametrize("text, partial", [
    ("reg partially seen as WU6 on a silver ford", ["WU6"]),
    ("first letters were BD on the grey bmw", ["BD"]),
    ("the reg has LX in it i think", ["LX"]),
])
def test_partial_plates_only_where_the_text_says_so(text, partial):
    assert extract(text).partial_plates == partial


@pytest.mark.parametrize("text", [
    "order number 48213 never arrived, courier says delivered",
    "flight BA2490 was delayed, someone was smoking in the toilets",
    "flight UA 1234, man on board was drunk",
    "case number 20231187 - nobody called me back",
    "my tv is a LG OLED55C1 and it got stolen",
    "model number GX-2390 kettle caught fire at 10:45, cost £49.99, call 07700 900456",
    "he was partially hidden behind the wall",
    "my bag, claim tag 0044 812 917, still aint showed up",        # a luggage tag, not a US plate tag
    "sheep with an ear tag UK 123456 loose again",
    "they want 395 cash, company reg 09921744, is that legal",      # a company's registration
    "my step dad has a shotgun licence 4418 but keeps it under the bed",
    "council licence no 9J44 on the taxi door",
    "credit file shows loans i never took, refs LN4412, LN4419, LN5501",
    "dropped my keys on the bus, fob tag no 38817 and a blue lanyard",  # a key fob's tag (stop 32, heldout15)
    "coat went missing from the club, cloakroom tag no 7713",
    "the evidence tag no 5529 was on the bag they gave back",
])
def test_numbers_that_are_not_plates_or_places(text):
    found = extract(text)
    assert found.plates == [] and found.partial_plates == [] and found.locations == []


@pytest.mark.parametrize("text, location", [
    ("drug house at 1520 N Hope St", "1520 N Hope St"),
    ("kids breaking into cars on the 4100 block of n 9th last night", "4100 block of n 9th"),
    ("shots fired 600 blk of w cambria", "600 blk of w cambria"),
    ("people dealing from flat 2b, 17 Ashley Road", "flat 2b, 17 Ashley Road"),
    ("lads dealing outside 88 Broadmead every night", "88 Broadmead"),
    ("someone dumping rubbish down the Horsefair", "the Horsefair"),
    ("guy with a gun at 31st & Dickinson", "31st & Dickinson"),
    ("boy racers on the seafront at Burnham on Sea", "Burnham on Sea"),
    ("poachers on the River Brue at night", "River Brue"),
    ("bloke exposing himself on the cycle path", "the cycle path"),
    ("sheep worrying near Litton yesterday", "Litton"),
    ("deer poaching around East Harptree 2 nights ago", "East Harptree"),
    ("dealers at K&A all day", "K&A"),
])
def test_places_as_people_write_them(text, location):
    assert location in extract(text).locations


def test_a_capitalised_unknown_name_after_a_cue_is_a_place_but_not_a_sure_one():
    found = extract("someone lamping foxes near Priddlecombe every night")
    assert found.locations == ["Priddlecombe"]
    assert found.confident("locations") == []


def test_local_names_are_read_from_every_force_file():
    assert "K&A" in local_names() and "the Bearpit" in local_names()


def test_people_descriptions():
    found = extract("lads dealing outside the shop, one in a red hoodie about 25, tall, they call him Dee")
    assert found.people == ["red hoodie", "about 25", "tall", "Dee"]
    assert extract("3 lads on bikes, about 6ft, stocky, shaved head, grey trackies").people == [
        "3 lads", "about 6ft", "stocky", "shaved head", "grey trackies"]


@pytest.mark.parametrize("text", [
    "paid about 50 quid for it",
    "i waited a short while at number 42",
    "i called the police at 9pm",
])
def test_no_people_from_ordinary_numbers_and_words(text):
    assert extract(text).people == []


@pytest.mark.parametrize("text, location", [
    ("lads hanging round Montpelier station late", "Montpelier station"),
    ("drive off from the Esso garage with no plates", "Esso garage"),
    ("dealing near the Bearpit most days", "the Bearpit"),
    ("a fight outside the Old Duke", "Old Duke"),   # ANNOTATION.md: no "the" before two words
    ("two lads on bikes behind the Lamb and Flag", "Lamb and Flag"),
    ("he legged it along Harbourside with the bag", "Harbourside"),
    ("they drove off through Easton in a hurry", "Easton"),
    ("someone selling outside the Tesco Express", "Tesco Express"),
    ("knife fight at Stokes Croft", "Stokes Croft"),
])
def test_landmarks_the_names_and_places_after_a_movement(text, location):
    assert location in extract(text).locations


@pytest.mark.parametrize("text", [
    "we told the Police and the Council about it",
    "he was in the Mercedes again",
    "I read it in the Sun",
    "saw it on the Bus this morning",
    "he went to Mum's after",
    "I went to School with him",
])
def test_organisations_vehicles_and_people_after_the_are_not_places(text):
    assert extract(text).locations == []


@pytest.mark.parametrize("text", [
    "stolen bike, chassis number KRT 771 B2290, specialized",  # a code after 'X number', all its groups
    "the drill was a makita DHP482 and a bosch GSB18",  # a brand before a model number
    "ssn 321 54 9876 was used to open a loan",  # the letter group is the kind of number
    "imei 3581 2299 0044 771 on the stolen phone",
    "bought 3 x ninja blenders BL480UK that never came",  # letters-digits-letters that is no UK shape
    "lorry shed its load on the B3130 near the A38",  # roads
])
def test_codes_serials_models_and_roads_are_no_plates(text):
    assert extract(text).plates == []


@pytest.mark.parametrize("text, plates, partial", [
    ("reg was KT19 or maybe KT18 didnt see the rest", [], ["KT19", "KT18"]),  # the front half of a UK plate
    ("tag LMW R17? maybe, or LMW R71", ["LMWR17", "LMWR71"], []),  # two readings after a question mark
    ("silver astra reg GH18 PLK, 3 lads in it", ["GH18PLK"], []),  # a comma ends the plate
    ("the plate began TR on a blue van", [], ["TR"]),
    ("plate partially KWD on the bike", [], ["KWD"]),
    ("the last 2 letters of the plate, ZB, grey golf", [], ["ZB"]),
    ("the reg had WX and 21 in it", [], ["WX", "21"]),
    ("reg had a 64 in it", [], ["64"]),
    ("reg on the back said BN12 something", [], ["BN12"]),
])
def test_plate_readings_fronts_and_fragments(text, plates, partial):
    found = extract(text)
    assert found.plates == plates
    assert found.partial_plates == partial


@pytest.mark.parametrize("text, people", [
    ("about 12 lads on bikes with their hoods up", ["about 12 lads", "hoods up"]),
    ("fella in a brown fleece maybe 45 going through bins", ["brown fleece", "maybe 45"]),
    ("my nephew (13) was chased", ["13"]),
    ("the dealer is called Tommo, looks about 30, gold teeth", ["Tommo", "about 30", "gold teeth"]),
    ("the tall one is Rhys and he had a scar on his chin", ["Rhys", "scar on his chin", "tall"]),
    ("landlord Mrs Khan lets them in", ["Mrs Khan"]),
    ("he goes by Tiny, big lad, about 22 stone", ["Tiny", "about 22 stone", "big lad"]),
    ("woman in a blue nurse uniform and a flat cap", ["blue nurse uniform", "flat cap"]),
])
def test_people_ages_counts_names_and_marks(text, people):
    assert sorted(extract(text).people) == sorted(people)


@pytest.mark.parametrize("text", [
    "3 of them ran off",  # how many, with no description, is not labelled
    "someone grabbed my bag outside the shop",
    "ladder on top of the van",
    "waited about 20 minutes for the bus",
])
def test_no_people_from_plain_counts_or_objects(text):
    assert extract(text).people == []


@pytest.mark.parametrize("text, locations", [
    ("the microchip ends 90210 and the dog was taken", []),       # a number after 'ends' is no ZIP
    ("i was billed for the 12th, 13th and 14th", []),             # days of a month, not a corner
    ("bikes on the Kennet and Avon Canal towpath at night", ["Kennet and Avon Canal"]),
    ("someone fell in the river Avon by the weir", ["river Avon"]),
    ("ordered a tv from currys online and it never came", []),     # the shop as a seller
    ("vans parked on Mill Road Keynsham all day", ["Mill Road", "Keynsham"]),
    ("dumped rubbish between Priddy and Wells", ["Priddy", "Wells"]),
    ("a stag do running round the village", []),  # a gazetteer "The Village" only in capitals
])
def test_place_kinds_and_numbers_that_are_no_places(text, locations):
    assert sorted(extract(text).locations) == sorted(locations)
