"""The cheap tests that let a place finder skip its regexes (speed work, stop 23): each must skip only texts the
regexes could find nothing in. Every case runs the finder with the gate (the text's words passed, as tip_places
does) and without it (words None: the regexes always run) and checks that both give the same places."""
import pytest

from nlp import get_pipeline
from nlp.features import find_features, generic_last_words
from nlp.intersections import find_intersections, no_corner_words
from nlp.lexicon import lexicon
from nlp.named_places import chain_named, find_named_places
from nlp.spanish_people import find_spanish_people
from nlp.spans import LETTERS_RE
from nlp.street_names import alpha_words
from nlp.streets import find_welsh_streets
from nlp.towns import find_unlisted_places
from nlp.villages import find_lower_villages, known_words


def words_of(text: str) -> frozenset[str]:
    return frozenset(LETTERS_RE.findall(text.lower()))  # as spans.lower_words reads a Doc's text


def test_every_generic_feature_phrase_is_still_found_with_the_gate():
    assert generic_last_words()  # the gate is on for the shipped phrases
    for phrase in sorted(lexicon()["generic_features"]):
        text = f"two lads on a moped going up and down {phrase}, every night"
        start = text.index(phrase)
        assert (start, start + len(phrase)) in find_features(text, words_of(text)), phrase
        assert find_features(text, words_of(text)) == find_features(text, None)


@pytest.mark.parametrize("text", [
    "there is a van parked by the old shed with the back open",  # "the" but no path word: nothing to find
    "someone walking a dog on the pathway at 3am",               # "pathway" is not "path"
    "bikes racing along the cycle paths by the school",          # "paths": the phrase must end its word
])
def test_texts_without_a_generic_feature_find_none_either_way(text):
    assert find_features(text, words_of(text)) == find_features(text, None) == []


@pytest.mark.parametrize("text, place", [
    ("a car on fire near the River Trym this morning", "River Trym"),
    ("cars dumped by the Kennet and Avon Canal again", "Kennet and Avon Canal"),
])
def test_features_are_found_with_and_without_capitals(text, place):
    start = text.index(place)
    assert (start, start + len(place)) in find_features(text, words_of(text))
    lowered = text.lower()  # no capital: the capitalised-name regexes are skipped; the lower-case rules still run
    assert (start, start + len(place)) in find_features(lowered, words_of(lowered))
    assert find_features(lowered, words_of(lowered)) == find_features(lowered, None)


@pytest.mark.parametrize("text, street", [
    ("someone breaking into cars on 12 heol y bryn", "12 heol y bryn"),
    ("lads fighting outside the chippy on Heol Trelai", "Heol Trelai"),
    ("drugs being sold at the end of l\u00f4n golff", "l\u00f4n golff"),  # not ASCII: the regex runs
])
def test_welsh_streets_are_found_with_the_words_passed(text, street):
    start = text.index(street)
    assert find_welsh_streets(text, known_words(), words_of(text)) == find_welsh_streets(text, known_words())
    assert (start, start + len(street)) in find_welsh_streets(text, known_words(), words_of(text))


def test_a_text_with_no_welsh_street_word_finds_none():
    text = "a grey van keeps parking on the long road behind the lonely houses"  # "lonely" is not "lon"
    assert find_welsh_streets(text, known_words(), words_of(text)) == find_welsh_streets(text, known_words()) == []


@pytest.mark.parametrize("text, place", [
    ("quad bikes racing round the fields near Priddy every night", "Priddy"),
    ("a man was shouting at people in Fishponds earlier", "Fishponds"),
    ("bins set on fire in fishponds and in Stokewick", "Stokewick"),  # one capital is enough for the rule to run
])
def test_an_unlisted_place_is_found_in_a_text_with_a_capital(text, place):
    doc = get_pipeline()(text)
    start = text.index(place)
    assert (start, start + len(place)) in find_unlisted_places(doc)


def test_a_text_with_no_capital_has_no_unlisted_place():
    doc = get_pipeline()("a man was shouting at people in fishponds earlier")
    assert find_unlisted_places(doc) == []


@pytest.mark.parametrize("text, corner", [
    ("lads fighting on the corner of jasper and tioga", "jasper and tioga"),  # "corner of": no street word needed
    ("car crashed at 8th n poplar an hour ago", "8th n poplar"),               # an ordinal
    ("dealing at lake st & cicero every night", "lake st & cicero"),
    ("someone hurt on cermak / kedzie", "cermak / kedzie"),                    # a symbol, whatever the words
])
def test_lower_case_corners_are_found_with_the_words_passed(text, corner):
    start = text.index(corner)
    assert (start, start + len(corner)) in find_intersections(text, words_of(text))
    assert find_intersections(text, words_of(text)) == find_intersections(text, None)


@pytest.mark.parametrize("text", [
    "two lads drinking and fighting at the park",   # connectors, but no street word, ordinal, capital or symbol
    "shouting n screaming at the neighbours all night",
])
def test_lower_case_texts_with_no_corner_word_find_no_corner(text):
    assert no_corner_words(text, words_of(text))
    assert find_intersections(text, words_of(text)) == find_intersections(text, None) == []


def test_a_capital_or_a_street_word_turns_the_gate_off():
    assert not no_corner_words("drinking and fighting at Kensington", words_of("drinking and fighting at Kensington"))
    assert not no_corner_words("drinking at mill rd", words_of("drinking at mill rd"))


@pytest.mark.parametrize("text, village", [
    ("lights on in the barn at godney every weekend", "godney"),             # a word no list knows
    ("quad bikes up and down near lower langford", "lower langford"),        # a prefix, then a listed name
])
def test_lower_case_villages_are_still_found(text, village):
    doc = get_pipeline()(text)
    start = text.index(village)
    assert (start, start + len(village)) in find_lower_villages(doc)


@pytest.mark.parametrize("text", [
    "kids on bikes outside the shops zzz",         # the unknown word is too short to be a village
    "lads with balaclavas hanging round the garages",  # every word is known
])
def test_texts_with_no_unknown_word_have_no_lower_case_village(text):
    assert find_lower_villages(get_pipeline()(text)) == []


@pytest.mark.parametrize("text, chain", [
    ("two lads shoplifting at the White Castle right now", "White Castle"),
    ("car broken into outside in-n-out on the main road", "in-n-out"),
    ("fight kicking off at B&Q car park", "B&Q"),
    ("drunk man shouting outside the co-op", "co-op"),
])
def test_chain_stores_after_a_place_cue_are_still_found(text, chain):
    start = text.index(chain)
    assert (start, start + len(chain)) in find_named_places(text, [], words_of(text))
    assert find_named_places(text, [], words_of(text)) == find_named_places(text, [], None)


@pytest.mark.parametrize("text", [
    "a white van parked in the lane with one man in it",   # "white", "in", "one" start chain names: none is whole
    "he was home alone, big bloke, red coat",
])
def test_first_words_of_chain_names_alone_name_no_chain(text):
    assert not chain_named(words_of(text))
    assert find_named_places(text, [], words_of(text)) == find_named_places(text, [], None) == []


@pytest.mark.parametrize("text", [
    "un chavo como de 15 con sudadera negra y gorra roja",        # ASCII: the words passed are its folded words
    "dos hombres altos, uno le dicen el Flaco",
    "un señor de unos 50 años, pelo canoso y chamarra café",      # accents and ñ: folded from the text itself
    "lad in a black hoodie and jeans about 17",                   # English: no Spanish trigger word
])
def test_spanish_descriptions_are_the_same_with_the_words_passed(text):
    assert find_spanish_people(text, words_of(text)) == find_spanish_people(text)


def test_spanish_descriptions_are_found_with_the_words_passed():
    text = "un chavo como de 15 con sudadera negra y gorra roja"
    assert "sudadera negra" in [phrase for _, _, _, phrase in find_spanish_people(text, words_of(text))]


@pytest.mark.parametrize("text", [
    "car parked on Mill Road outside the park, next to the Road Runner pub",   # the same word twice, both cases
    "broadroad 5road road5 road_ x-road road",                                  # inside longer words: not whole words
    "ROAD BLOCKED AT HIGH ST NEAR THE SCHOOL",
    "fight at the Caf\u00e9 on Station Road",                                    # not ASCII: the regex reads it
])
def test_street_and_place_words_are_found_where_the_regex_finds_them(text):
    assert alpha_words(text, words_of(text)) == alpha_words(text)


def test_street_words_are_found_in_text_order():
    text = "from the school on mill lane to the park"
    assert [word for _, _, word in alpha_words(text, words_of(text))] == ["school", "lane", "park"]
