"""Stop 31 fixes for plates and partial plates. Texts invented for these tests (none copied from dev)."""
import pytest

from nlp import extract


# the second piece of a partial, hedged as the tipster texts it: "somethin like", "was maybe"
@pytest.mark.parametrize("text, partials", [
    ("plate began with HT and ended in somethin like 4KW, grey corsa by the chippy", ["HT", "4KW"]),
    ("reg started LX an ended summat like RD, blue van on the estate", ["LX", "RD"]),
    ("tag ended 7PN and the first bit was maybe GV, black jeep at the gas station", ["7PN", "GV"]),
    ("the last bit of the reg was probably YKE, white caddy", ["YKE"]),
])
def test_hedged_second_piece(text, partials):
    assert sorted(extract(text).partial_plates) == sorted(partials)


# "with a 6 somewhere in it": the plate's, as "in it" says
@pytest.mark.parametrize("text, partials", [
    ("the reg had a 4 somewhere in it, red astra speeding past the school", ["4"]),
    ("plate started with MK and had a W somewhere in it, silver golf", ["MK", "W"]),
])
def test_somewhere_in_it(text, partials):
    assert sorted(extract(text).partial_plates) == sorted(partials)


# negatives: the hedge or "somewhere" about something else is no piece of a plate
@pytest.mark.parametrize("text", [
    "the fight ended in somethin like 5 minutes, the plate i didnt see",
    "he had a knife somewhere on him, drove off in a white van, no plate seen",
    "my order number ended in maybe 4471, the parcel never came",
])
def test_no_piece(text):
    assert extract(text).partial_plates == []


# Spanish: a second part joined by "y" and named by its group; letters then one digit before "y algo mas"
@pytest.mark.parametrize("text, partials", [
    ("la placa tenia un 58 y las letras QW, un carro tinto", ["58", "QW"]),
    ("la matricula tenia las letras KJ y los numeros 44, un seat leon", ["KJ", "44"]),
    ("la placa empezaba con KT 4 y no vi mas, un civic gris", ["KT4"]),
    ("la tablilla empezaba con HR 9 y algo mas, una guagua blanca", ["HR9"]),
])
def test_spanish_second_part(text, partials):
    assert sorted(extract(text).partial_plates) == sorted(partials)


@pytest.mark.parametrize("text, partials", [
    ("la placa tenia un 58 y un 4x4 blanco lo seguia", ["58"]),      # "un 4x4" is a model, no part
    ("la placa empezaba con KT 4 calles antes de la tienda", ["KT"]),  # "4 calles" counts streets
])
def test_spanish_second_part_negatives(text, partials):
    assert sorted(extract(text).partial_plates) == sorted(partials)


# a plate in quotes a few words after the plate word: letters and digits both, not a word and a number
@pytest.mark.parametrize("text, plates", [
    ('the reg on the horsebox was painted on "HT 7712", looked homemade', ["HT7712"]),
    ('tag on the back of the camper was written in marker "7KD 448"', ["7KD448"]),
    ("tag reads \"LUV 2FSH\" on a red mustang", ["LUV2FSH"]),
])
def test_quoted_plate_after_other_words(text, plates):
    assert extract(text).plates == plates


@pytest.mark.parametrize("text", [
    'the tag on his bag said "GATE 22"',
    'the plate on the van had a sticker saying "A1"',
    'no plate but the side of the van said "CALL 0800"',
])
def test_quoted_no_plate(text):
    assert extract(text).plates == []


# two plates in one text, each after its own vehicle or cue
def test_two_plates_in_one_text():
    text = "a silver golf KX19 ABC and a van behind it, plate LD68 XYZ, both parked on the verge"
    assert sorted(extract(text).plates) == ["KX19ABC", "LD68XYZ"]


# negatives full of codes that are no plate
@pytest.mark.parametrize("text", [
    "flight BA2490 landed late, crime ref 24/88123, my order 4471KX never came",
    "the model was a KX250, postcode LS6 2QT, nobody hurt",
    "ref number CR/2231/24 about the break in, can someone call me back",
])
def test_codes_are_no_plates(text):
    extraction = extract(text)
    assert extraction.plates == [] and extraction.partial_plates == []


# A lower-case Spanish word after a model number is no plate group ("por un s24 que": not the UK plate S24 QUE);
# written in capitals after a plate word it still is
@pytest.mark.parametrize("text, plates", [
    ("me cobraron de mas por un s24 que en la caja decia otro precio", []),
    ("vendo un a52 por 200, esta como nuevo", []),
    ("reg S24 QUE on a black astra outside the bookies", ["S24QUE"]),
])
def test_spanish_word_after_a_model(text, plates):
    assert extract(text).plates == plates
