"""Named rocks, ridges, islands, trailheads, boat ramps and battlegrounds in lower case (stop 30, round 2:
"fell at smith rock", "on the misery ridge side", "past loyston boat ramp"). Every text is written for the test
(none is in a dev file); the negatives are the same words as common nouns, which must stay no place.
"""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, place", [
    ("my mate slipped at pilot rock and cant climb down, his ankle is gone", "pilot rock"),
    ("2 hikers stuck on cougar ridge since dark, phone nearly dead", "cougar ridge"),
    ("someone dumping tyres every week on hatteras island by the marsh", "hatteras island"),
    ("my truck got broken into at the bear creek trailhead on saturday", "bear creek trailhead"),
    ("a guy is lying face down in the water near cedar point boat ramp", "cedar point boat ramp"),
    ("metal detectors digging holes at marston battleground again last night", "marston battleground"),
])
def test_a_named_landform_after_a_place_cue_is_a_place(text, place):
    assert place in extract(text).locations


@pytest.mark.parametrize("text", [
    "kids keep throwing a big rock at my window every night",
    "he hit me over the head with a rock and ran off",
    "she was sat on the traffic island crying her eyes out",
    "we walked along the steep ridge above the farm last week",
    "the van was parked by the public boat ramp all night",
])
def test_the_same_words_as_common_nouns_are_no_place(text):
    assert not extract(text).locations


@pytest.mark.parametrize("text, place", [
    ("theres a man waving a knife in the car park of the harbourside hotel", "harbourside hotel"),
    ("2 lads fighting outside the Crown Point hotel in keswick right now", "Crown Point hotel"),
])
def test_a_named_hotel_is_a_place(text, place):
    assert place in extract(text).locations


@pytest.mark.parametrize("text", [
    "he stayed in some cheap hotel last week and never paid",
    "en el tercer piso del hotel hay una pelea ahora mismo",
])
def test_a_hotel_with_no_name_is_no_place(text):
    assert not [value for value in extract(text).locations if "hotel" in value.lower()]


@pytest.mark.parametrize("text, place", [
    ("someone is cooking meth in the trailer at lot 9 of pine hollow mhp, it stinks", "pine hollow mhp"),
    ("shots fired at green acres mobile home park off route 9 just now", "green acres mobile home park"),
    ("a man is walking round happy trails rv park with a machete", "happy trails rv park"),
])
def test_a_named_mobile_home_park_is_a_place(text, place):
    assert place in extract(text).locations


def test_the_trailer_park_with_no_name_is_no_place():
    assert "trailer park" not in " ".join(extract("kids lighting fires behind the trailer park again").locations)


@pytest.mark.parametrize("text, place", [
    ("suspicious bag left at ballykeel cricket club, nobody about", "ballykeel cricket club"),
    ("lads doing doughnuts on the greens at westerhope golf club again", "westerhope golf club"),
])
def test_a_named_club_is_a_place(text, place):
    assert place in extract(text).locations


@pytest.mark.parametrize("text", [
    "he hit the burglar with a golf club and now he is scared he is in trouble",
    "the rugby club bonfire is on saturday, all licensed",
])
def test_a_club_with_no_name_is_no_place(text):
    assert not extract(text).locations


def test_a_listed_town_named_like_a_feature_keeps_the_town_rules_confidence():
    """"canvey island" is a town: the town rules find it and are sure of it; the landmark guess must not claim it."""
    facts = extract("lads on scramblers tearing round the seafront at canvey island again tonight")
    assert "canvey island" in facts.locations
    assert facts.to_dict()["confidence"]["locations"]["canvey island"] >= 0.75
