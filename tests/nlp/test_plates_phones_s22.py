"""Plates and phones: kinds fixed at stop 22 (issue 13), with texts written for this test and negatives that
must stay unchanged."""
import pytest

from nlp import extract


def test_a_plate_taken_back_at_once_is_dropped():
    assert extract("silver astra KP17 ZXC? no sorry it was KP71 ZXC, went through the red").plates == ["KP71ZXC"]
    assert extract("blue van, XYZ 123 i mean XZY 132, dumped rubbish on the lane").plates == ["XZY132"]


def test_two_plates_without_a_correction_both_stay():
    assert sorted(extract("a silver astra KP17 ZXC and a red corsa KP71 ZXC racing on the bypass").plates) == \
        ["KP17ZXC", "KP71ZXC"]


def test_a_plate_shape_inside_a_longer_code_is_no_plate():
    assert extract("my e-bike frame number is HBK 4471 Q2209 and its on gumtree now").plates == []
    assert extract("the generator serial reads MXT 2290 B7751, nicked from the site").plates == []


def test_a_plate_followed_by_ordinary_words_stays():
    assert extract("grey transit AB12 CDE 2 lads in it, outside the school").plates == ["AB12CDE"]


@pytest.mark.parametrize("text", [
    "parking fine 00917 442 8813 came for a car i sold in march",
    "paypal says transaction id 4418823301 went through but nothing arrived",
    "the parcel tracking is fine but booking ref 7733 912 0045 was cancelled",
    "luggage tag 0021 557 8830 lost at the airport, no bag since tuesday",
])
def test_ids_fines_and_tags_are_no_phones(text):
    assert extract(text).phones == []


def test_a_phone_number_still_reads():
    assert extract("text me back on 07700 900456 if you need more, it was last night").phones == ["07700 900456"]


def test_a_prefix_plate_with_a_space_after_its_year_letter():
    assert extract("R 418 KTV, a silver rover 25, left on the verge with its windows out").plates == ["R418KTV"]
    assert extract("X 55 BNL parked across my drive again").plates == ["X55BNL"]


@pytest.mark.parametrize("text", [
    "took the A 38 OUT of town and it was FAST",
    "PLEASE HELP R 418 KTV IS THE NUMBER OF MY FLAT DOOR",
    "flat b 12 abc road has loud music",
])
def test_a_spaced_prefix_shape_needs_capitals_and_no_word(text):
    assert extract(text).plates == []


@pytest.mark.parametrize("text, phone", [
    ("he rang me from +33 6 12 34 56 78 last night", "+33 6 12 34 56 78"),        # English text, French number
    ("me llamo del +52 55 4812 7709 ayer", "+52 55 4812 7709"),
])
def test_a_number_with_another_countrys_code_is_a_phone_in_any_language(text, phone):
    """The + code shape is nlp/phones.py's, for every text, not a Spanish special case."""
    assert extract(text).phones == [phone]


def test_a_plus_code_after_another_kind_of_number_word_is_no_phone():
    assert extract("transaction id +33 6 12 34 56 78 failed").phones == []
