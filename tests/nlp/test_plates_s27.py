"""Stop 27 fixes for plates, partial plates and phones. Texts invented for these tests (none copied from dev)."""
import pytest

from nlp import extract


# A plate written right after a denial is the wrong reading when the text gives another reading of it.
@pytest.mark.parametrize("text, plates", [
    ("my last text was wrong, its not KTR 442 its KTL 442, red dodge ram by the laundromat", ["KTL442"]),
    ("reg is YP21 MVX not YP21 MVK, i misread it, silver astra on church lane", ["YP21MVX"]),
    ("the tag wasnt 5HGT 219 it was 5HGT 218, gray sienna", ["5HGT218"]),
])
def test_a_denied_reading_is_dropped(text, plates):
    assert extract(text).plates == plates


@pytest.mark.parametrize("text, plates", [
    # no other reading of the same plate: nothing replaces the plate, so it stays
    ("reg FD19 KLM, not sure of the colour, it parks by the shop", ["FD19KLM"]),
    # two different vehicles, one "not" between them: neither is a reading of the other
    ("the blue van was KP66 RTY not the one with AB12 CDE", ["AB12CDE", "KP66RTY"]),
])
def test_a_denial_needs_another_reading(text, plates):
    assert sorted(extract(text).plates) == plates


# "the last 4 numbers on the tag were ...": the tipster says it is a piece of the plate
@pytest.mark.parametrize("text, partial", [
    ("the last 4 numbers on the tag were 6618, white chevy tahoe, dumps trash at the creek", ["6618"]),
    ("first 3 letters on the reg were KLV, grey transit", ["KLV"]),
])
def test_a_named_piece_before_the_plate_word_is_partial(text, partial):
    found = extract(text)
    assert found.plates == [] and found.partial_plates == partial


@pytest.mark.parametrize("text", [
    "got a citation 00K7713 for parking on the grass, can i appeal it",
    "the court sent a summons KR4471 about the fine, is it real",
])
def test_a_citation_or_summons_number_is_no_plate(text):
    assert extract(text).plates == []


@pytest.mark.parametrize("text, partial", [
    # a self-cued piece makes the text one about a plate: "ended 09" is read too
    ("first letters were DK and it ended 62, black seat leon, lad selling weed by the chippy", ["DK", "62"]),
    # "the last 2 were": the noun was named before
    ("first 2 letters were HT and the last 2 were PW, a silver qashqai", ["HT", "PW"]),
    # a lower-case word after capitals, and a word after "of", are prose, not more of the piece
    ("reg ends in 7RX o algo asi, coche azul", ["7RX"]),
    ("reg ends in 4FN, parks every night at the end of tosk lane", ["4FN"]),
    # a country mark with more after it is some other tag's number; alone it can be a piece
    ("reg started with BK and finished with UK or UX, sorry, grey c3", ["BK", "UK", "UX"]),
])
def test_partial_pieces(text, partial):
    assert extract(text).partial_plates == partial


@pytest.mark.parametrize("text", [
    "the cattle tag numbers start UK 7 400912, three went missing from the top field",
    "my card is still in my wallet but the last digits 5521 were used online, bank says report it",
])
def test_no_partial_from_other_numbers(text):
    assert extract(text).partial_plates == []


@pytest.mark.parametrize("text", [
    "paid for a bike on ebay, item 3318820451, seller vanished",
    "the listing 2209913374 is still up on facebook",
    "the ad number was 5512209817 and the seller blocked me",
    "my lost luggage tag says 0125 903 448, who do i ask",
    "phone stolen, imei 35 771 204 998 1123",
    "a notice number 0771 2290 113 came in the post about a fine",
    "letter ref KRP 0041992217 says i owe 300",
])
def test_reference_numbers_are_no_phones(text):
    assert extract(text).phones == []


@pytest.mark.parametrize("text, phones", [
    ("a man rang saying he was from the bank, caller id says 1-800-555-0199", ["1-800-555-0199"]),
    ("he said to ring him back on 0034 622 118 904 about the parcel", ["0034 622 118 904"]),
    ("call me on 07700 900456", ["07700 900456"]),
])
def test_phones_still_found(text, phones):
    assert extract(text).phones == phones


@pytest.mark.parametrize("text", [
    "someone nicked my ifor williams hb403 trailer off the drive overnight",
    "my sons gamertag is KXD 4471 and a kid keeps threatening him online",
])
def test_two_letters_and_digits_or_a_username_are_no_plate_without_a_cue(text):
    assert extract(text).plates == []


@pytest.mark.parametrize("text, plates", [
    ("tag GK4410 on a blue van parked up by the school", ["GK4410"]),          # with a cue, as before
    ("the tinker lad, 4418 TK on a white ford transit, took the mower", ["4418TK"]),   # a plate, then its vehicle
])
def test_plates_still_read(text, plates):
    assert extract(text).plates == plates


@pytest.mark.parametrize("text", [
    "le mande dinero por western union y el control es 551 208 7713, nunca llego",
    "el numero de transaccion es 8812004471 y el banco no me devuelve nada",
    "pague la fianza al iban ES91 2100 0418 4502 0051 3321 y el piso no existe",
    "la referencia 0049-1182-77-2003456612 sale en el recibo dos veces",
])
def test_spanish_reference_numbers_are_no_phones(text):
    assert extract(text).phones == []


def test_a_spanish_phone_is_still_found():
    assert extract("me llamo un tal desde el 612 448 903 diciendo que era del banco").phones == ["612 448 903"]


def test_a_number_on_the_vehicle_is_not_read_as_its_plate():
    # "on the lorry" says where a code is written (a trailer or fleet number), not which vehicle a plate belongs to
    assert extract("the trailer number 5520 HT on the lorry was scratched off").plates == []
