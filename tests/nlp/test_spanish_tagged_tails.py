"""The Spanish tagger never runs a rule place on into the sentence's verb, and no Spanish place ends on a glued third
person plural or auxiliary (nlp/spanish_tagged_tails.py): "la avenida de la bahia| pasan", "el parque de la
constitucion| vi a"; a name's own last word shaped like a verb ("cerro del moro", "colonia la mira") stays."""
import pytest

from nlp import extract
from nlp.spanish_tagged_tails import verb_tail_start, without_verb_tails


def places(text):
    return [p.lower() for p in extract(text).to_dict()["locations"]]


# invented variants (Spain, Mexico; lower case), written before the rule: 5 of 11 right before, 10 after (left: "en el
# barrio del carmen han quemado" gives "carmen")
@pytest.mark.parametrize("text, want", [
    ("en la avenida del puerto pasan coches a toda velocidad", "avenida del puerto"),
    ("por la calle de alcala corren dos tipos con cuchillos", "calle de alcala"),
    ("en el parque del oeste vi a un señor tirado", "parque del oeste"),
    ("en la plaza mayor venden droga a los chavales", "plaza mayor"),
    ("la colonia del valle tiene balaceras cada noche", "colonia del valle"),
    ("por la avenida insurgentes sur manejan borrachos a toda hora", "avenida insurgentes sur"),
    ("en la calle de toledo gritan desde anoche", "calle de toledo"),
    ("en el paseo de la castellana estan peleando unos chavales", "paseo de la castellana"),
    ("en la glorieta de bilbao atropellaron a una señora", "glorieta de bilbao"),
    ("en la avenida de america y roban bolsos", "avenida de america"),
])
def test_place_without_the_verb_after_it(text, want):
    assert want in places(text)


@pytest.mark.parametrize("text, want", [
    ("se oyen disparos por el cerro del moro, varios seguidos", ["cerro del moro"]),
    ("se prendio una casita en la colonia la mira, los vecinos echan agua", ["colonia la mira"]),
    ("acaba de explotar algo en un bajo de la calle san fernando y sale humo", ["calle san fernando"]),
    ("estoy en la casa y un tipo esta tocando la puerta", []),
    ("en el trabajo vi a un tipo raro", []),
    ("san juan y santa maria me dijeron que no hay nadie", []),
])
def test_names_that_look_like_verbs_stay(text, want):
    assert places(text) == want


@pytest.mark.parametrize("text, want", [
    ("en la calle de alcala corren dos", "calle de alcala"),
    ("en el barrio de la viña han robado", "barrio de la viña"),
    ("en el cerro del moro hay", "cerro del moro"),
])
def test_verb_tail_start(text, want):
    start = text.index(want)
    end = start + len(want) + len(text[start + len(want):].split()[0]) + 1
    assert text[start:verb_tail_start(text, start, end)] == want


def test_tagger_run_on_cut_back_to_the_rule_end():
    text = "por la avenida de baleares y roban desde el coche"
    rule = [(7, 26, "avenida de baleares")]
    assert without_verb_tails(text, [(7, 34, "avenida de baleares y roban")], rule) == [(7, 26, "avenida de baleares")]
