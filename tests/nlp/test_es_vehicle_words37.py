"""Stop 37: Spanish vehicles the lists lacked: models sold in Mexico and Spain, a vehicle with a colour after them
("una urvan blanca", "un versa gris", "un vocho verde", "una c15 blanca"; nlp/data/es/vehicle_models.json), and
colour words ("granate", "champagne", "turquesa", "bronce") and shades ("verde botella", "gris metalizado";
nlp/data/es/lexicon.json). Texts invented for these tests."""
from __future__ import annotations

import pytest

from nlp import extract


@pytest.mark.parametrize("text, vehicles", [
    ('una urvan blanca se llevo al chavo de la esquina', ['urvan blanca']),
    ('un versa gris que se metio en sentido contrario', ['versa gris']),
    ('un vocho verde se paro frente a la tienda', ['vocho verde']),
    ('una sym gris me tiro del bolso en la calle mayor', ['sym gris']),
    ('un tiida plata esta estacionado en la banqueta', ['tiida plata']),
    ('una c15 blanca vendiendo fruta sin permiso', ['c15 blanca']),
    ('un cavalier rojo sin placas dando vueltas', ['cavalier rojo']),
    ('una kymco negra sin placa arrebatando celulares', ['kymco negra']),
    ('un march azul se paso el alto y atropello a un señor', ['march azul']),
    ('la urvan gris de la ruta 5 va borracho el chofer', ['urvan gris']),
])
def test_a_mexican_or_spanish_model_with_its_colour(text, vehicles):
    assert extract(text).vehicles == vehicles


@pytest.mark.parametrize("text, vehicles", [
    ('un seat toledo granate lleva aparcado 2 meses en la plaza', ['seat toledo granate']),
    ('un citroen berlingo granate vende marihuana en la puerta del instituto', ['citroen berlingo granate']),
    ('un ford transit verde botella tirando escombros en el descampado', ['ford transit verde botella']),
    ('hay un coche gris metalizado haciendo trompos en el poligono', ['coche gris metalizado']),
    ('un toyota camry champagne me cobro de mas', ['toyota camry champagne']),
    ('una camioneta turquesa con vidrios polarizados ronda la escuela', ['camioneta turquesa']),
    ('un nissan bronce sin placas se llevo al perro', ['nissan bronce']),
    ('una moto granate sin matricula dando vueltas', ['moto granate']),
    ('un renault clio azul metalizado aparcado en doble fila', ['renault clio azul metalizado']),
    ('una furgoneta blanca y un coche granate se dieron a la fuga', ['furgoneta blanca', 'coche granate']),
])
def test_a_colour_or_shade_the_lists_lacked(text, vehicles):
    assert extract(text).vehicles == vehicles


@pytest.mark.parametrize("text", [
    'el tema versa sobre la seguridad del barrio',
    'la marcha de march fue tranquila',
    'el sym del grupo es un simbolo raro',
    'el vestido granate de mi hermana se lo robaron del tendedero',
    'brindamos con champagne en la boda y luego hubo pelea',
    'el agua turquesa de la playa estaba llena de basura',
])
def test_words_stay_words(text):
    assert extract(text).vehicles == []
