"""Stop 30 fixes for English plates. Texts invented for these tests (none copied from dev)."""
import pytest

from nlp import extract
from nlp.plate_corrections import same_plate
from nlp.plate_shapes import normalise


# a UK front half taken back and corrected by the whole plate: the whole plate, not its front half
@pytest.mark.parametrize("text, plates", [
    ("reg is KN 65 sorry KN 66 ULR, white transit outside the bookies", ["KN66ULR"]),
    ("the reg was LB 18 no sorry LB 19 XKT on a silver focus", ["LB19XKT"]),
    ("reg FD 17 sorry i mean FD 17 OXR, a black golf", ["FD17OXR"]),
])
def test_a_front_half_corrected_by_a_whole_plate(text, plates):
    assert extract(text).plates == plates


@pytest.mark.parametrize("raw, value, same", [
    ("KN 66 ULR", "KN65", True),    # the front half read again, whole
    ("AB 19 XYZ", "KN65", False),   # another plate's front
    ("kn 66 ulr", "KN65", False),   # a correction is written in capitals
])
def test_a_whole_plate_corrects_only_its_own_front_half(raw, value, same):
    assert same_plate(raw, normalise(raw), value) is same


# a current UK plate in three groups, in capitals, with no plate word: whole, not its last two groups
@pytest.mark.parametrize("text, plates", [
    ("black audi YD 16 KLO doing 80 down the bypass", ["YD16KLO"]),
    ("silver van, WR 68 UFX, parked on the zigzags every morning", ["WR68UFX"]),
])
def test_a_current_plate_in_three_groups(text, plates):
    assert extract(text).plates == plates


@pytest.mark.parametrize("text", [
    "he is MY 19 YRS old son",          # an age and its unit
    "see you ON 20 MAY at the bus stop",  # a date
    "we meet AT 12 THE latest",          # no area code shape, and a word
])
def test_capitals_in_three_groups_that_are_no_plate(text):
    assert extract(text).plates == []


# a piece the plate had "somewhere", with no "in it": only when the plate is what had it
@pytest.mark.parametrize("text, parts", [
    ("tag number started with 7 and had a W somewhere, black charger", ["7", "W"]),
    ("the plate had a 9 somewhere and it was a white van", ["9"]),
    ("reg had 44 somewhere, silver car by the chippy", ["44"]),
])
def test_a_piece_the_plate_had_somewhere(text, parts):
    assert extract(text).partial_plates == parts


@pytest.mark.parametrize("text", [
    "no plates on the car, he had a 9mm somewhere in his coat",
    "the tag was missing and he had 2 somewhere to be",
    "reg KX19 ABC, driver had a B somewhere on his cap",
])
def test_what_someone_had_somewhere_is_no_piece(text):
    assert extract(text).partial_plates == []


# a front half taken back for the whole plate is no partial plate either
@pytest.mark.parametrize("text, plates, parts", [
    ("reg is KN65 sorry KN66 ULR, white transit", ["KN66ULR"], []),
    ("reg KN65 something, sorry cant remember more", [], ["KN65"]),     # no plate replaces it
    ("reg KN65 sorry AB19 XYZ was the other car", ["AB19XYZ"], ["KN65"]),   # another plate's front: not a correction
])
def test_a_front_half_taken_back_is_dropped(text, plates, parts):
    extraction = extract(text)
    assert (extraction.plates, extraction.partial_plates) == (plates, parts)
