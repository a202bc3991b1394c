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
