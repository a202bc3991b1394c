"""Stop 38, round 2: spanish_urgency_weapon_handed_in.py: a Spanish weapon found or left by someone who died, which the
writer wants to hand in or asks what to do with, is calm (ANNOTATION.md: a question about the law, no weapon out); the
same words with someone holding, aiming or threatening with it, a child playing with it, a threat to kill, a blast or
blood near it stay urgent or are never read as handed in. Texts invented for the test, none from the dev set."""
import pytest

import nlp
from nlp.spanish_urgency_weapon_handed_in import weapon_handed_in

URGENT = [
    "encontre una pistola en el parque y unos chavos la estan agarrando y apuntando a la gente",
    "encontramos una escopeta en la casa del abuelo y mi hermano borracho la tiene y esta amenazando a mi mama",
    "mi hijo encontro una pistola cargada y esta jugando con ella ahorita con sus amigos",
    "un tipo dice que va a entregar la pistola pero ahorita la tiene en la mano y esta apuntando al guardia",
    "alguien dejo una pistola en la puerta de mi casa con una nota que dice que me va a matar, que hago con ella?",
    "encontre un cuchillo ensangrentado junto a un hombre tirado en el callejon, lo quiero entregar",
]
CALM = [
    "encontre un revolver viejo en el desvan de la casa de mi abuela, no lo he tocado, como lo entrego?",
    "mi padre murio y dejo una escopeta de caza en el armario, la quiero entregar a la guardia civil",
    "hallamos una pistola oxidada enterrada en el jardin haciendo obras, vienen a recogerla o la llevamos al cuartel?",
    "que hago con un rifle que era de mi tio que fallecio? no tengo licencia y lo quiero entregar",
    "encontre unas balas y una pistola vieja en una caja en el garage, donde las puedo entregar?",
    "mi abuelo tenia una escopeta sin papeles, ahora que murio la queremos llevar a la comisaria para entregarla",
    "limpiando el trastero de mi suegro aparecio un revolver con municion, como me deshago de el legalmente?",
    "encontre una navaja grande tirada en el parque infantil, la recogi, la llevo yo a la policia?",
    "mi hijo encontro una pistola en el monte, ya la tengo guardada, la venis a buscar o la llevo al puesto?",
    "en la casa que compramos habia un rifle escondido en el techo, queremos entregarlo, a quien llamo?",
]
NOT_HANDED_IN = URGENT + [
    "alguien dejo una pistola en la puerta de mi casa con una nota que dice que me va a matar, que hago con ella?",
    "encontre una granada vieja en el campo y echa humo, la llevo al cuartel?",
    "encontre un cuchillo ensangrentado junto a un hombre tirado en el callejon, lo quiero entregar",
]  # one the rules miss (a grenade smoking); never a calm of this module


@pytest.mark.parametrize("text", URGENT)
def test_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", CALM)
def test_calm(text):
    assert not nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", CALM)
def test_handed_in_reads_it(text):
    assert weapon_handed_in(text.lower()), text


@pytest.mark.parametrize("text", NOT_HANDED_IN)
def test_not_handed_in(text):
    assert not weapon_handed_in(text.lower()), text
