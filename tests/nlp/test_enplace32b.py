"""Stop 32, round 2: English places (towns after numbered addresses, ...). Texts invented for the tests."""
import nlp
from nlp.address_towns import towns_after_addresses


def locations(text):
    return [value.lower() for value in nlp.extract(text).locations]


def test_unknown_town_after_a_numbered_address_whatever_follows():
    found = locations("someone smashed the shed window at 77 Larkin Ave pellingworth sometime friday")
    assert "77 larkin ave" in found and "pellingworth" in found


def test_town_after_an_address_and_a_comma_before_the_tip_goes_on():
    found = locations("loud bangs from the garage at 12 mill road, draxenby since teatime")
    assert "12 mill road" in found and "draxenby" in found


def test_town_with_an_area_word_after_an_address():
    assert "fenwold cross" in locations("car on fire outside 4 church lane, fenwold cross, hurry")


def test_no_town_after_a_street_with_no_house_number():
    text = "lads on larkin ave pellingworth"
    assert towns_after_addresses(text, [(8, 18)]) == []


def test_no_town_after_a_saint_or_a_known_word():
    text = "at 8 priory road st wendrons now"
    assert towns_after_addresses(text, [(3, 19)]) == []
    text = "at 8 priory road yesterday"
    assert towns_after_addresses(text, [(3, 16)]) == []


def test_no_town_in_a_spanish_text():
    text = "en el 4619 s wood st colgandose del barandal"
    assert towns_after_addresses(text, [(6, 20)]) == []


def counted_cut(text, value):
    from nlp.counted_tails import cut_counted_tails
    from nlp.doc_attrs import LOCATIONS, read
    from nlp.pipeline import base_pipeline
    from nlp.spans import store
    doc = base_pipeline().make_doc(text)
    start = text.index(value)
    store(doc, LOCATIONS, [(start, start + len(value), value)])
    cut_counted_tails(doc, text)
    return [v for _, _, v in read(doc, LOCATIONS)]


def test_count_after_a_village_is_cut_from_a_place():
    assert counted_cut("fight at pellow green 4 lads with bottles", "pellow green 4") == ["pellow green"]
    assert counted_cut("smoke from the flat at trewen 3rd floor", "trewen 3rd") == ["trewen"]


def test_road_numbers_and_corners_keep_their_number():
    assert counted_cut("3 cars piled up on route 9 2 lanes shut", "route 9") == ["route 9"]
    assert counted_cut("bottle thrown at glisan and 23rd this morning", "glisan and 23rd") == ["glisan and 23rd"]
    assert counted_cut("at pellow 4 this morning", "pellow 4") == ["pellow 4"]


def at_corner(text, values):
    from nlp.at_corners import join_at_corners
    from nlp.doc_attrs import LOCATIONS, read
    from nlp.pipeline import base_pipeline
    from nlp.spans import store
    doc = base_pipeline().make_doc(text)
    store(doc, LOCATIONS, [(text.index(v), text.index(v) + len(v), v) for v in values])
    join_at_corners(doc, text)
    return [v for _, _, v in read(doc, LOCATIONS)]


def test_corner_written_with_at_is_one_span():
    assert at_corner("crash at quarry rd at old mill rd just now", ["quarry rd", "old mill rd"]) == \
        ["quarry rd at old mill rd"]
    assert at_corner("fight at birchwood at 14th tonight", ["birchwood", "14th"]) == ["birchwood at 14th"]


def test_shop_or_drive_at_a_street_stays_two_places():
    assert at_corner("theft at the Morrisons at Kelvin Road", ["Morrisons", "Kelvin Road"]) == ["Morrisons", "Kelvin Road"]
    assert at_corner("parked across my drive at 4 ash crescent", ["my drive", "4 ash crescent"]) == \
        ["my drive", "4 ash crescent"]
