"""A plate taken back at once (nlp/plate_corrections.py), one mechanism for every language: the correction that
follows is kept, the plate taken back is dropped. Texts written for this test."""
import json

import pytest

from nlp import extract
from nlp.lexicon import DATA_DIR
from nlp.plate_corrections import FILENAME, take_back


@pytest.mark.parametrize("text, plates", [
    # English correction form (new): the correction is read even where no English plate rule reads it alone
    ("plate 4KRT 41? no sorry, 4KRT 47, a grey malibu parked on the kerb", ["4KRT47"]),
    ("reg YK19 4FR no sorry YK19 4FT, a white van doing drugs runs", ["YK194FT"]),
    # English retraction form (as before): another plate follows the take-back words
    ("tag ABC 1234? no sorry, ABC 1284 lol", ["ABC1284"]),
    ("the tag was 7TRW 229 wait its 7TRW 228, silver camry", ["7TRW228"]),
])
def test_english_take_back(text, plates):
    assert extract(text).plates == plates


@pytest.mark.parametrize("text, plates", [
    # Spanish retraction form (new): another plate, not a second reading of the first, follows the take-back words
    ("placa TRK 4410, perdon, era la placa JKM 2291 la del otro carro", ["JKM2291"]),
    ("matricula 4471 KLM, perdón, la matricula es 9920 BCD, un seat ibiza", ["9920BCD"]),
    # Spanish correction form (as before)
    ("ohio 3KRT 41? no perdon, 3KRT 47, un malibu gris", ["3KRT47"]),
])
def test_spanish_take_back(text, plates):
    assert extract(text).plates == plates


@pytest.mark.parametrize("text, plates", [
    ("placa TRK 4410, perdon por escribir tan tarde", ["TRK4410"]),                   # no plate after "perdon"
    ("tag ABC 1234, sorry for the late text, it was a blue ford", ["ABC1234"]),     # no plate after "sorry"
    ("a silver astra KP17 ZXC and a red corsa KP71 ZXC racing on the bypass", ["KP17ZXC", "KP71ZXC"]),  # no take-back
])
def test_nothing_taken_back_without_a_plate_after_the_words(text, plates):
    assert sorted(extract(text).plates) == plates


def test_a_mixed_text_takes_back_with_either_languages_words():
    assert extract("plate 5GHT 218, perdon, 5GHT 219, a blue sienna").plates == ["5GHT219"]


def test_a_correction_inside_a_phone_or_time_is_not_read():
    text = "plate 4KRT 41, sorry 4KRT 47"
    plate, at = (6, 13, "4KRT41"), text.index("4KRT 47")
    assert take_back(text, [plate]) == [(at, at + 7, "4KRT47")]
    assert take_back(text, [plate], blocked=[(at, at + 7)]) == [plate]   # nothing read inside a phone or time


def test_a_correction_in_lower_case_or_too_different_is_no_correction():
    assert take_back("plate 4KRT 41, sorry abc def", [(6, 13, "4KRT41")]) == [(6, 13, "4KRT41")]
    assert take_back("plate 4KRT 41, sorry ZZ99 ZZZ", [(6, 13, "4KRT41")]) == [(6, 13, "4KRT41")]


LANGUAGE_FILES = sorted(DATA_DIR.glob(f"*/{FILENAME}"))


@pytest.mark.parametrize("path", LANGUAGE_FILES, ids=[p.parent.name for p in LANGUAGE_FILES])
def test_every_word_of_every_language_file_takes_a_plate_back(path):
    words = json.loads(path.read_text(encoding="utf-8"))
    assert words["cues"] and words["no"] and words["before_correction"]
    for cue in words["cues"]:
        text = f"XK51 TTR? {words['no'][0]} {cue}, {words['before_correction'][0]} XK51 TTB"
        plate = (0, 8, "XK51TTR")
        assert take_back(text, [plate]) == [(len(text) - 8, len(text), "XK51TTB")], cue


# Take-back words in a row ("perdon me equivoque"), Spanish "espera" (wait), English "hold on", "my bad".
@pytest.mark.parametrize("text, plates", [
    ("la placa era KRT 4410, perdon me equivoque, es KTR 4410, un sentra gris", ["KTR4410"]),
    ("placa FL BXW-5521, no espera, BXW-5512, una van blanca", ["BXW5512"]),
    ("reg KT19 WXP, no hold on, KT19 WXB, silver van", ["KT19WXB"]),
    ("plate ABC 1234 sorry my bad, ABC 1243 on a red truck", ["ABC1243"]),
    ("placa KRT 4410, espera que te mando foto", ["KRT4410"]),  # no plate follows: it stays
])
def test_more_take_back_words(text, plates):
    assert extract(text).plates == plates


# A state code in lower case after a plate written in capitals is the state ("tag 2PX441 wv"); a plate written all
# in lower case keeps it (nothing tells the two apart).
def test_a_lower_case_state_after_a_capital_plate_is_not_glued_on():
    assert extract("black suv tag 7MKT220 wv heading north").plates == ["7MKT220"]


@pytest.mark.parametrize("text, plates", [
    # slang "no" before the take-back words ("naw sorry", "nah my mistake")
    ("NI reg KTZ 5512, naw sorry KTZ 5521, blue transit tippin rubble on the lane", ["KTZ5521"]),
    ("reg PF18 WNE nah my mistake PF18 WNF, a green fiesta", ["PF18WNF"]),
    ("tag 6RTL 993, i misread it, 6RTL 939 on a black camry", ["6RTL939"]),
    # Spanish: "ah no perdon", a bare "no" then "eran", "lo lei mal, era"
    ("placa KRT-552-B, ah no perdon KRT-525-B, una camioneta blanca", ["KRT525B"]),
    ("placas MZT-71-20? no, eran MZT-17-20, un taxi rojo", ["MZT1720"]),
    ("tag temporal 7715T40... no, lo lei mal, era 7751T40, un sedan gris", ["7751T40"]),
])
def test_corrections_worded_as_people_write_them(text, plates):
    assert extract(text).plates == plates


@pytest.mark.parametrize("text, plates", [
    ("placa GHT-441-A, ah no se si era de aqui, un carro negro", ["GHT441A"]),     # no plate follows: kept
    ("reg KP17 ZXC nah he was speeding, and another car KP71 ZXC", ["KP17ZXC", "KP71ZXC"]),  # no take-back word
])
def test_slang_no_alone_takes_nothing_back(text, plates):
    assert extract(text).plates == plates

