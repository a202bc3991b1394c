"""Spanish: a chassis number ('numero de bastidor ...') is a code and its word, no place."""
import nlp


def test_chassis_number_is_no_place():
    text = "me quitaron la moto azul, numero de bastidor VBKMX4401LM123456, estaba en la calle nueva anoche"
    places = [p.lower() for p in nlp.extract(text).to_dict()["locations"]]
    assert not any("bastidor" in p for p in places)
    assert "calle nueva" in places
