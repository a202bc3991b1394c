"""Real outputs of nlp.extract for the general rules added after the stop 21 fresh English batches
(nlp/devset/dev_s21a.jsonl, dev_s21b.jsonl). Every text here is written for the test (none is in a dev file);
each rule has a negative case that must stay as it was.
"""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, place", [
    ("a man keeps sleeping in the doorway of 1410 carlisle blvd se every night", "1410 carlisle blvd se"),
    ("graffiti all over the underpass by 77 tramway rd nw since monday", "77 tramway rd nw"),
])
def test_a_us_quadrant_after_the_street_word_stays_in_the_street(text, place):
    assert place in extract(text).locations


@pytest.mark.parametrize("text, place", [
    ("someone keeps dumping mattresses on Elm Street near the shop", "Elm Street"),   # no quadrant: unchanged
    ("car parked across the drive at 9 Mill Lane, ne of town", "9 Mill Lane"),        # a comma ends the street
])
def test_a_street_without_a_quadrant_is_unchanged(text, place):
    assert place in extract(text).locations


@pytest.mark.parametrize("text, place", [
    ("two lads shoplifting outside the poundstretcher most afternoons", "poundstretcher"),
    ("someone selling fags out the back of the scotmid in the evenings", "scotmid"),
    ("car broken into at the rally's drive thru last night", "rally's"),
    ("man asleep in his car at the mccolls all day", "mccolls"),
])
def test_chains_after_the_and_a_place_cue_are_places(text, place):
    assert place in extract(text).locations


def test_a_chain_word_used_as_a_verb_is_no_place():
    assert extract("me and my mates rallys round to help her out").locations == []


@pytest.mark.parametrize("text, places", [
    ("kids racing on king st between rose ave and tulip ln every night", ["rose ave", "tulip ln"]),
    ("broken glass all along between Hill Road and Church Lane", ["Hill Road", "Church Lane"]),
])
def test_the_two_ends_after_between_are_two_places(text, places):
    found = extract(text).locations
    assert all(place in found for place in places)
    assert not any(" and " in place for place in found)


@pytest.mark.parametrize("text, place", [
    ("dealing on Oak St between 4th and 5th", "4th and 5th"),       # two bare ordinals: the block, one span
    ("fight at 5th and Main last night", "5th and Main"),           # a corner with no "between" stays a corner
])
def test_corners_and_ordinal_blocks_stay_one_span(text, place):
    assert place in extract(text).locations


@pytest.mark.parametrize("text, places", [
    ("bikes nicked from the sheds at 31 lime grove eastwickham overnight", ["31 lime grove", "eastwickham"]),
    ("kids lighting fires in clifton park bristol every night", ["clifton park", "bristol"]),
])
def test_a_town_after_a_street_or_park_with_no_comma_is_its_own_place(text, places):
    found = extract(text).locations
    assert all(place in found for place in places)


@pytest.mark.parametrize("text, place", [
    ("van parked at 12 park road allotments for days", "12 park road"),      # a dictionary word is no town
    ("someone dealing out of 5 elm road tonight", "5 elm road"),
])
def test_a_dictionary_word_after_a_street_is_no_town(text, place):
    assert extract(text).locations == [place]


def test_a_tagged_place_loses_a_trailing_lot():
    assert extract("two men fighting in the kroger lot on elm ave dayton right now").locations == \
        ["kroger", "elm ave", "dayton"]


def test_a_street_named_with_an_ending_word_keeps_it():
    assert extract("car abandoned on Lot Lane for a week").locations == ["Lot Lane"]


def test_a_numbered_street_at_an_unknown_name_is_a_corner():
    assert "22nd at vandermolen" in extract("dealing at 22nd at vandermolen most nights").locations


@pytest.mark.parametrize("text, absent", [
    ("bloke with a bat on holt lane at chewstoke", "holt lane at chewstoke"),   # a lane in a village: no corner
    ("meet on 4th st at walmart", "4th st at walmart"),                         # a shop on a street: no corner
    ("dealing on 5th at night", "5th at night"),
])
def test_at_after_a_street_is_no_corner_without_a_numbered_street_and_a_name(text, absent):
    assert absent not in extract(text).locations


@pytest.mark.parametrize("text, place", [
    ("lads jumping off across the pendower bridge into the water all afternoon", "pendower bridge"),
    ("someone broke into the beach huts at the trevaunance bay car park", "trevaunance bay"),
    ("bloke flashing walkers below carnbrea falls most mornings", "carnbrea falls"),
    ("dogs off leads worrying sheep on the glyndwrs way path", "glyndwrs way path"),
])
def test_a_lower_case_name_no_list_knows_before_a_bridge_bay_falls_or_path_is_a_place(text, place):
    assert place in extract(text).locations


@pytest.mark.parametrize("text", [
    "kids on the coastal path throwing stones at dogs",    # dictionary words: a kind of path, no name
    "someone sleeping under the railway bridge",
])
def test_a_described_bridge_or_path_is_no_place(text):
    assert extract(text).locations == []


@pytest.mark.parametrize("text, places", [
    ("someones trying my back door right now, 31 larch ct mesa", ["31 larch ct", "mesa"]),
    ("please send someone, 409 e birch ave savannah.", ["409 e birch ave", "savannah"]),
])
def test_a_common_town_name_ending_the_text_after_an_address_is_the_town(text, places):
    assert extract(text).locations == places


def test_a_common_word_after_a_street_inside_a_sentence_is_no_town():
    assert extract("the same van parks on larch ct bend over the kerb every night").locations == ["larch ct"]


@pytest.mark.parametrize("text, place", [
    ("lads kicking off outside 17 heol y felin most weekends", "17 heol y felin"),
    ("bins set on fire on lon crwys last night", "lon crwys"),
    ("my car got keyed at flat 3, 8 Ffordd yr Afon", "flat 3, 8 Ffordd yr Afon"),
])
def test_a_welsh_street_word_comes_before_the_name(text, place):
    assert place in extract(text).locations


@pytest.mark.parametrize("text", [
    "my mate lon drove off in his van",          # a man called Lon
    "lon said he saw the whole thing",
])
def test_lon_before_an_english_word_is_no_street(text):
    assert extract(text).locations == []


@pytest.mark.parametrize("text", [
    "lad who sells it goes by Big Taunton, drives a red corsa",
    "some guy named Bristol keeps messaging my daughter, says hes 16",
    "she goes out with a lad called Sherborne who deals, comes round on fridays",
])
def test_a_name_after_named_called_or_goes_by_is_a_person_not_a_place(text):
    assert extract(text).locations == []


def test_a_place_called_a_name_is_still_a_place():
    assert "Yeovil" in extract("she moved to a place called Yeovil and he followed her").locations


def test_an_area_after_a_street_and_up_in_is_a_place():
    assert extract("drugs run out of 310 s elm st up in brackleybrook, cars all day").locations == \
        ["310 s elm st", "brackleybrook"]


def test_a_lower_case_bridge_named_for_a_listed_place_is_found_by_the_rules():
    result = extract("lads lobbing bricks off trent bridge at the boats")
    assert result.locations == ["trent bridge"]
