"""Urgency kinds of stop 30 (patterns/urgency.jsonl, data/es/urgency.jsonl, urgency_misreads.py; texts written for
these tests, not taken from the dev files)."""
import pytest

from nlp import extract


def urgent(text: str) -> bool:
    return extract(text).urgent


@pytest.mark.parametrize("text", [
    # someone trapped, pinned or sinking: the situation is the danger, no cue word of violence
    "my brother is stuck in the grain bin at the farm off route 9, its up to his waist",
    "a tree came down on the path by the river and theres a jogger crushed under it",
    "hay una señora atorada abajo de su camioneta en el estacionamiento del walmart de la 5",
    "un trabajador quedo prensado entre dos maquinas en la fabrica de la calle 8",
    "hay un perro en el lago que se esta hundiendo entre el hielo, esta cerca de la orilla",
    # "still alive" is no calm: the one in danger is alive yet
    "un hombre se cayo al pozo de la obra de la avenida juarez, todavia esta vivo, se le oye",
])
def test_trapped_or_sinking(text):
    assert urgent(text)


@pytest.mark.parametrize("text", [
    "lorry stuck under the low bridge on station road, nobody hurt, just blocking the road",
    "un señor se cayo de la escalera en el super pero ya esta bien, esta vivo y hablando, ya lo atendieron",
])
def test_a_vehicle_stuck_or_a_calm_said_plainly(text):
    assert not urgent(text)
