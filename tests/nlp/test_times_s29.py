"""Stop 29 time kinds: how often a time recurs belongs to it (nlp/devset/ANNOTATION.md keeps "every")."""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, times", [
    ("unos chavos pintan las paredes del gimnasio en la calle olmo, siempre de 10 a 12 de la noche",
     ["siempre de 10 a 12 de la noche"]),
    ("el vecino del 3 deja al perro amarrado en el patio, siempre como a las 7 de la mañana",
     ["siempre como a las 7 de la mañana"]),
    ("siempre me dice cosas feas cuando paso por la tienda", []),
])
def test_spanish_siempre(text, times):
    assert extract(text).to_dict()["times"] == times


@pytest.mark.parametrize("text, times", [
    ("lads racing quads round the rec every sunday after mass, no helmets", ["every sunday after mass"]),
    ("someone keys the cars in the chapel car park most sundays during service", ["most sundays during service"]),
    ("bloke on a red moped wheelies past the school every night after his tea", ["every night after his tea"]),
    ("my tyres were let down sunday during service outside the chapel", ["sunday"]),
])
def test_habit_timed_by_an_event(text, times):
    assert extract(text).to_dict()["times"] == times


@pytest.mark.parametrize("text, times", [
    ("my nan went to the shop at 3 and hasnt come back, shes 84", ["3"]),
    ("heard a loud bang round the back of the garages about 10 but nobody came out", ["about 10"]),
    ("the van was left at 4 west street with the doors open", []),
    ("theres a little girl on her own at the bus stop, shes about 5, crying", []),
    ("a boy about 8 is sitting on the wall at the quarry edge", []),
])
def test_bare_hour_ending_its_clause(text, times):
    assert extract(text).to_dict()["times"] == times


@pytest.mark.parametrize("text, times", [
    ("me robaron la bici el 9 y el seguro pide la denuncia, que hago", ["el 9"]),
    ("la cita con el juez es el 27, puedo llevar testigos?", ["el 27"]),
    ("pasan la ruta 40 y el 12 por mi calle muy rapido", []),
    ("vivo en el piso 3 y el 4 esta vacio", []),
])
def test_spanish_bare_day_of_month(text, times):
    assert extract(text).to_dict()["times"] == times
