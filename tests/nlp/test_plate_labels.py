"""Cued plates: a label naming another number (a birth date, an expiry) and a lower-case word glued before a plate."""
import nlp


def plates(text):
    return nlp.extract(text).to_dict()["plates"]


def test_date_of_birth_after_licence_is_not_a_plate():
    assert plates("picked up a purse outside the chemist, licence says DOB 12 03 1990, who do i give it to") == []


def test_label_does_not_stop_a_real_plate():
    assert plates("grey corsa reg MN21 PLT parked on the verge") == ["MN21PLT"]


def test_lower_case_word_before_capitals_plate_is_not_glued_on():
    assert all(not p.startswith(("ISNT", "WASNT")) for p in plates("the reg wasnt PR66 LWT, it was PR66 LWX"))
    assert all(not p.startswith("ISNT") for p in plates("number plate isnt BK70 RTO i checked"))


def test_a_year_after_a_plate_word_is_no_plate():
    assert plates("white transit, tag 2019 sticker on the back window, parked up all week") == []
    assert plates("the reg was 2015 i think, blue astra with a dented wing") == []


def test_a_short_number_that_is_no_year_is_still_read():
    assert plates("old pickup with delaware tag 448812 on it") == ["448812"]


def test_a_number_led_by_two_zeros_after_tag_is_a_ticket_not_a_plate():
    assert plates("car got towed, the slip says lot 9 tag 0081234, paid 180 to get it back") == []
    assert plates("el recibo de la grua dice lote 14 tag 0052291, pague 200") == []


def test_a_code_named_in_spanish_before_a_plate_shape_is_no_plate():
    assert plates("me escribieron que gane un viaje, codigo XRT-5521, que mande 30 dolares") == []
    assert plates("use el código de descuento MPL-2291 en la tienda y no funciono") == []
    assert plates("placa XRT-5521, un sentra gris") == ["XRT5521"]
