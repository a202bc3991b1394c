"""Stop 29 round 2 plate, partial and phone kinds (texts written for these tests): a capital stop-word group before
digits, a second state code after a named state, a quoted vanity plate, speed talk after "plates", question marks
for unread characters, fragments of other numbers, paperwork numbers that are no phone; and negatives full of
numbers that must give no plate."""
import pytest

from nlp import extract
from nlp.phones import find_phones


@pytest.mark.parametrize("text, plates", [
    # a short stop word in capitals, then digits, right after the cue: the plate's letter group
    ("NJ plate ME 52290 on a grey nissan rogue, been parked outside since monday", ["ME52290"]),
    ("tag US 7731 white ford van blocking the lane", ["US7731"]),
    # another state named before the cue: the code after it is the plate's own letters
    ("VA tag MD 8812, red dodge charger doing donuts in the lot", ["MD8812"]),
    ("maryland plate NC 44719 silver altima", ["NC44719"]),
    # the same state before and after the cue is the state, not the plate's
    ("PA tag PA 881 2290 on a tan buick", ["8812290"]),
    # a vanity plate quoted in capitals after "plate said"
    ('red mustang with a plate that read "GOTSPD" racing on main', ["GOTSPD"]),
    ("tag says 'LUV2FSH' on the back of a green jeep", ["LUV2FSH"]),
])
def test_plates(text, plates):
    assert extract(text).plates == plates


@pytest.mark.parametrize("text", [
    "cali plates goin 95 on the freeway every night, gonna kill someone",   # speed talk after plates
    "no tags doin like 110 past the school at 3",
    "bike with no plate abt 100 down the high st",
    "the plate said 'NO' lol, just a sticker",                               # a shouted word, not a vanity plate
    "the luggage tag said 'FRAGILE' and it was left at gate 12",             # another kind of tag
    "order no 4412, ref 118 2290, 3 boxes at 12 each, docket AM 41177",     # numbers everywhere, no plate cue
    "ticket 4419 2031 for 2 adults, seat 14B row 22, paid 45.50 at 19:30",
    "unit 12, 4412 old mill rd, 3 cars, 2 vans, approx 110 mph in a 30 zone",
])
def test_no_plates(text):
    assert extract(text).plates == []


@pytest.mark.parametrize("text, partials, plates", [
    # question marks glued to the plate, then "something": characters not read
    ("grey audi, back plate said 7TRX 41?? something, he threw a bottle", ["7TRX41"], []),
    # one reading taken back is no fragment
    ("plate HJK4471?? no, HJK4417, black kia soul", [], ["HJK4417"]),
])
def test_unread_marks(text, partials, plates):
    result = extract(text)
    assert result.partial_plates == partials
    assert result.plates == plates


@pytest.mark.parametrize("text", [
    "found a purse by the bins, dl ends 8812, a bus pass and £20",          # a driving licence's end
    "30 lambs gone from the top field, ear tags start UK0 551208, last night",   # a long number's start
])
def test_not_fragments(text):
    result = extract(text)
    assert result.partial_plates == []
    assert result.plates == []


@pytest.mark.parametrize("text", [
    "got a letter saying i owe on a loan, agreement no 5520194471, never signed anything",
    "a NIP 4417093321 came for a car i sold in march",
    "pcn 6671029934 for a street i've never been on",
])
def test_paperwork_numbers_are_no_phones(text):
    assert find_phones(text) == []


def test_phone_after_paperwork_word_still_found():
    assert find_phones("the loan shark rings from 07700 900456 every night") != []
