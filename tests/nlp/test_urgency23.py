"""Urgency kinds fixed at stop 23 (texts written for these tests, not taken from the dev files)."""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, urgent", [
    # Spanish "está" / "están" / "hay" say only that something is (a weak now, like English "theres"): they no
    # longer outweigh a past time or a past event
    ("anoche apuñalaron a un muchacho afuera del bar de mi calle, ya está en el hospital", False),
    ("ayer hubo una balacera en el parque de la 5, la policía está investigando", False),
    ("el sábado me asaltaron con un cuchillo en la parada, ya estoy en mi casa y mi hermano está conmigo", False),
    # unchanged: a real "now" (ahora, todavía) still outweighs the past, and a present danger with no past stands
    ("ayer me amenazó y ahora está afuera de mi casa con un cuchillo", True),
    ("hay un hombre con una pistola en la tienda de la esquina", True),
])
def test_spanish_esta_and_hay_are_a_weak_now(text, urgent):
    assert extract(text).urgent is urgent, extract(text).urgent_reason
