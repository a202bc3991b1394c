"""Stop 38: more facilities named after their town keep their kind word (lexicon.json facilities_after_town):
"everett landing", "dartington shops", "maltby miners welfare"; and a town's own high street, main street or front
street is one span with it ("murton front st", ANNOTATION.md: the town first names the street). Variants invented
for stop 38 (places of our own choosing, UK and US, lower case), with near misses where the word has no town."""
import pytest

from nlp.pipeline import extract


def places(text):
    return sorted(value.lower() for value in extract(text).locations)


@pytest.mark.parametrize("text, expected", [
    ("truck slid off the boat ramp at harpers landing into the river", ["harpers landing"]),
    ("quad bikes tearing round shepherdswell allotments again tonight", ["shepherdswell allotments"]),
    ("fight kicked off at easington miners welfare, bottles thrown", ["easington miners welfare"]),
    ("guy with a gun in the lot of the ellsworth sale barn right now", ["ellsworth sale barn"]),
    ("kids on the roof of the leigh leisure hall again", ["leigh leisure hall"]),
    ("sheep loose on the lane by ashwell farm, cars swerving round them", ["ashwell farm"]),
    ("lads burning tyres behind the bramford mill last night", ["bramford mill"]),
    ("fight outside tadcaster academy at home time, one lad with a knife", ["tadcaster academy"]),
    ("someone broke into the sports hall at selby college overnight", ["selby college"]),
    ("drunk driver weaving through hastings old town right now, blue fiesta", ["hastings old town"]),
])
def test_the_facility_word_after_a_town_is_kept(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("big fight in murton front st sat night, 2 lads rolling about", ["murton front st"]),
    ("someone smashed the bookies window on horden front street last night", ["horden front street"]),
    ("weve checked ahoghill main street and the chapel, no sign of her", ["ahoghill main street"]),
    ("lads on scramblers up and down keynsham high street every night", ["keynsham high street"]),
    ("jewellers in olney high st got done with hammers, theyre still there", ["olney high st"]),
    ("a man with a knife walking down tow law front st right now", ["tow law front st"]),
    ("drunk driver mounted the kerb on crook high st, woman hurt", ["crook high st"]),
    ("fight outside the chippy on ballymena main st, bottles flying", ["ballymena main st"]),
    ("the shops on shotton front street all got their windows put in", ["shotton front street"]),
    ("car on fire halfway up thirsk main street", ["thirsk main street"]),
])
def test_a_towns_own_high_street_is_one_span(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("fight on the high st outside the spar in wells", ["high st", "spar", "wells"]),
    ("guy with a bat on main street in crumlin", ["crumlin", "main street"]),
    ("someone on the high street is shouting at kids", ["high street"]),
    ("kids messing about at the rec in hove again", ["hove"]),
    ("lads fishing off the landing stage at whitby", ["whitby"]),
    ("fight at the market in thirsk, 2 blokes", ["thirsk"]),
    ("van parked on bolton mill lane for a week", ["bolton mill lane"]),
    ("she goes to the college in selby, never came home", ["selby"]),
    ("the shops in kenwyn are all shut", ["kenwyn"]),
    ("went into the barn at ashwell, found the quad gone", ["ashwell"]),
    ("the landing light was on all night and the door was open", []),
    ("someone left the allotments gate open, sheep everywhere", []),
])
def test_a_facility_word_without_a_town_before_it_stays_apart(text, expected):
    assert places(text) == expected
