"""Stop 38, round 2: spanish_urgency_missing_found.py: a Spanish missing person already found, or located by the writer
(an app, a message, a friend's word) who asks whether to report, is calm (ANNOTATION.md: dealt with; a question); the
same words with the place unknown, a stranger, a motel, a hurt or the person still not found stay urgent or are never
read as found. Texts invented for the test, none from the dev set."""
import pytest

import nlp
from nlp.spanish_urgency_missing_found import missing_found

URGENT = [
    "mi hija de 16 no contesta desde las 11 y en la app sale en un motel en la carretera que no conozco",
    "mi hijo de 8 no ha llegado de la escuela y no se donde esta, no contesta nadie",
    "mi hija de 15 no contesta y su amiga dice que se fue con un señor mayor en un carro gris",
    "mi papa con alzheimer se salio de la casa hace una hora en pijama y no lo encontramos, hace mucho frio",
    "mi niño de 6 se perdio en la feria hace 20 minutos y no lo encontramos",
    "mi hijo se perdio y ya lo encontramos pero esta muy golpeado y no responde",
    "mi hija de 15 no contesta y en la app la veo en casa de un tipo que conocio por internet, la reporto?",
    "ya aparecio la niña pero el que se la llevo sigue afuera con un cuchillo",
    "mi abuelo con demencia se salio de la residencia y no lo encontramos, ya llegaron los municipales pero nada",
]
CALM = [
    "mi hijo de 15 no contesta desde las 10 pero en la app lo veo en casa de su primo, lo reporto o espero?",
    "mi hija de 17 no ha vuelto y no contesta, su amiga dice que esta con ella en el cine, es normal o la reporto?",
    "mi niño de 8 se perdio en el super como 10 minutos pero ya lo encontramos, esta bien, solo queria avisar",
    "mi hijo de 16 no llego a cenar pero me mando mensaje que esta en casa de su novia, se puede reportar igual?",
    "mi sobrina de 14 no contesta el cel pero su ubicacion sale en la escuela de danza, creo que se le acabo la bateria, espero?",
    "mi papa con alzheimer se salio de la casa pero ya aparecio, lo trajo un vecino, gracias",
    "mi hija de 16 no contesta desde la tarde y en la app sale en casa de su abuela, seguro se quedo dormida, la reporto?",
    "mi hijo de 15 se fue con sus amigos y no contesta, dice su hermano que estan en el partido, lo reporto o es muy pronto?",
    "la niña de mi vecina se perdio en la feria pero ya la hallo la policia municipal, ya esta con su mama",
    "mi chamaco de 13 no ha llegado pero lo vi en el life360 en la casa de su amigo, nomas pregunto si debo reportarlo",
]
NOT_FOUND = URGENT + [
    "ya la encontramos pero esta inconsciente en el parque, se perdio hace 2 horas",
    "mi hijo se perdio y ya lo encontramos pero esta muy golpeado y no responde",
    "mi hija de 15 no contesta y en la app la veo en casa de un tipo que conocio por internet, la reporto?",
    "dice su amiga que esta en una fiesta pero que estaba muy borracha y no contesta, la reporto?",
    "ya aparecio la niña pero el que se la llevo sigue afuera con un cuchillo",
    "ya llego la policia pero mi hija de 6 sigue sin aparecer, se perdio en el mercado",
    "mi abuelo con demencia se salio de la residencia y no lo encontramos, ya llegaron los municipales pero nada",
]  # some the rules miss (a danger read by no cue); never a calm of this module


@pytest.mark.parametrize("text", URGENT)
def test_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", CALM)
def test_calm(text):
    assert not nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", NOT_FOUND)
def test_not_found(text):
    assert not missing_found(text.lower()), text


def test_the_police_arriving_is_no_find():
    assert not missing_found("ya llego la policia, mi hijo de 6 se perdio en el mercado hace una hora")
