"""Models the vehicle lists lacked (patterns/vehicles.jsonl: "hiace", "f350", "disco", "e class", "monte carlo",
...; a model that is also a word counts only beside a colour or make), and Spanish: two colours joined by "con" stay
whole (ANNOTATION.md, stop 38), "rosa" is a colour, "furgon", "monovolumen", "combi", "camion de volteo" are vehicle
types (nlp/spanish_vehicles.py, data/es/lexicon.json). Variants written for stop 39, not copied from dev."""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, expected", [
    ("a white hiace dumpin rubbish on the lane", ["white hiace"]),
    ("owner drives a black disco reg YB62 something", ["black disco"]),
    ("2 fellas in a green hiace selling diesel", ["green hiace"]),
    ("he drives a white f350 with a plow", ["white f350"]),
    ("a red nova reg 7712 DX revving outside", ["red nova"]),
    ("drove off in a grey landie towards the farm", ["grey landie"]),
    ("it was a cream bedford dormobile parked up", ["cream bedford dormobile"]),
    ("a brown capri parked on the yellows", ["brown capri"]),
    ("black e class followed my wife home", ["black e class"]),
    ("silver crown vic with tints sat outside the school", ["silver crown vic"]),
    ("a maroon monte carlo doing donuts in the lot", ["maroon monte carlo"]),
    ("blue morris minor stolen from the barn", ["blue morris minor"]),
    ("a white toyota hiace van was dumping tyres", ["white toyota hiace van"]),
    ("matte black g wagon outside the gym every night", ["matte black g wagon"]),
    ("my nan lives in bedford and her car was keyed", []),
    ("we went to monte carlo on holiday and got robbed", []),
    ("the disco at the club got raided", []),
    ("hes in a class of his own that lad", []),
    ("my mate sunny got jumped outside the shop", []),
    ("a pointer dog was running loose on the road", []),
])
def test_english_models(text, expected):
    assert [x.lower() for x in extract(text).vehicles] == expected


@pytest.mark.parametrize("text, expected", [
    ("el taxi rosa con blanco se llevo mi maleta", ["taxi rosa con blanco"]),
    ("era un tsuru blanco con azul el que me choco", ["tsuru blanco con azul"]),
    ("una camioneta negra con gris se paro enfrente", ["camioneta negra con gris"]),
    ("un carro rojo con negro sin placas anda rondando", ["carro rojo con negro"]),
    ("vi un furgon gris con matricula que acababa en 92", ["furgon gris"]),
    ("hay un monovolumen blanco aparcado con un ni\u00f1o dentro", ["monovolumen blanco"]),
    ("un pointer rojo me cerro el paso en la avenida", ["pointer rojo"]),
    ("una combi blanca con vidrios polarizados ronda la escuela", ["combi blanca"]),
    ("un camion de volteo amarillo tira escombro cada domingo", ["camion de volteo amarillo"]),
    ("la moto de reparto roja atropello a un se\u00f1or", ["moto de reparto roja"]),
    ("un coche blanco con dos tipos dentro", ["coche blanco"]),
    ("en la calle santa rosa hay una pelea", []),
    ("la se\u00f1ora rosa vio todo desde su ventana", []),
])
def test_spanish_colours_and_types(text, expected):
    assert [x.lower() for x in extract(text).vehicles] == expected
