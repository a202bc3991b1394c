"""Stop 29 plate kinds (texts written for these tests): a UK plate whose last group is a word in capitals, private
(dateless) plates with word letters and two readings, and negatives full of numbers that must give no plate."""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, plates", [
    # a UK front half then capitals that are a stop word: still the plate's last group
    ("grey transit reg KM21 ALL parked on the verge by the garages", ["KM21ALL"]),
    ("reg PK68 OFF on a black golf, he sped off down the lane", ["PK68OFF"]),
    # a named private plate, after a comma, its letters a word, and two readings
    ("he had a private plate, 3 OMG or 3 ONG, black range rover", ["3OMG", "3ONG"]),
    ("personal plate 8 LOL on a red fiesta outside the chippy", ["8LOL"]),
])
def test_word_groups_on_purpose(text, plates):
    assert extract(text).plates == plates


@pytest.mark.parametrize("text", [
    "the reg DY70 AND the make i didnt get, silver hatchback",   # a clause word after a front half is prose
    "private plate, 2 lads in the front, black bmw",              # a count after the comma is no plate
])
def test_word_groups_not_plates(text):
    result = extract(text)
    assert not result.plates
    assert "DY70AND" not in result.partial_plates


@pytest.mark.parametrize("text", [
    "order 448 921 arrived late, the courier left it at the wrong house",
    "ref 2209 4471 for the complaint, please call back",
    "my card ending 4417 was used at the petrol station on mill road",
    "sort code 40 22 18 and account 31926819, he asked for them on the phone",
    "flight BA 2490 landed at 6, the man in the grey hoodie was on it",
    "model number KX 4410 B on the boiler, the gas man never came",
    "invoice INV 22871 from the builder, he took the money and left",
    "crime ref 44/18822/24 from last week, the same lads again",
    "bus 448 to the depot, then the 21 at 9 45",
    "parcel tracking JD 0014 4921 7736 never turned up",
])
def test_numbers_that_are_no_plates(text):
    assert extract(text).plates == []


@pytest.mark.parametrize("text, plates", [
    ("that black chevy tahoe again, NJ 512 774, parked at the end of our road every night", ["512774"]),
    ("white ford van TX 44-8921 outside the bank", ["448921"]),
])
def test_state_code_then_digit_groups(text, plates):
    assert extract(text).plates == plates


@pytest.mark.parametrize("text", [
    "silver camry, NY 555 1234 is the number he gave",          # a phone's shape
    "blue van parked, PA 19103 is the zip on the letter",        # a zip, joined
    "grey honda, OK 448 921 is what the receipt said",           # a code that is a word in capitals
    "NJ 512 774 was on the parcel slip",                          # no vehicle named
])
def test_state_code_digits_not_plates(text):
    assert extract(text).plates == []


@pytest.mark.parametrize("text, partials", [
    ("reg started with hotel papa, dark blue corsa, lad on the phone said so", ["HP"]),
    ("tag ended in nine oh four, white f150 outside the bar", ["904"]),
    ("the plate began with sierra kilo and ended with three three, grey prius", ["SK", "33"]),
    ("first two letters of the reg were lima delta, red van", ["LD"]),
])
def test_spelled_fragments(text, partials):
    assert extract(text).partial_plates == partials


@pytest.mark.parametrize("text", [
    "the reg ends in one of the bays by the hotel",                  # one word is prose
    "couldnt see the plate, the film on his phone ends with one two three",   # the cue is about no plate
])
def test_spelled_fragments_not_read(text):
    result = extract(text)
    assert result.partial_plates == []
