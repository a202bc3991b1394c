"""Stop 37: Spanish frequencies over a long period and loose ones are times, copied whole (nlp/spanish_frequencies.py;
ANNOTATION.md "A frequency is a time"): "cada año", "todos los inviernos", "cada agosto", "todas las semanas", "casi
diario", "en las tardes". Texts invented for these tests."""
from __future__ import annotations

import pytest

from nlp import extract


@pytest.mark.parametrize("text, times", [
    ("aqui los cohetes los tiran cada año por las fiestas, no son balazos", ["cada año"]),
    ("cada verano se meten a nadar a la alberca del club de noche", ["cada verano"]),
    ("todos los inviernos la misma gente duerme bajo el puente de la 5", ["todos los inviernos"]),
    ("los de la feria hacen ruido todos los veranos hasta tarde", ["todos los veranos"]),
    ("cada diciembre le roban las luces al vecino de enfrente", ["cada diciembre"]),
    ("pasa todas las semanas un carro gris a tirar basura en el lote", ["todas las semanas"]),
    ("me manda mensajes casi diario desde un numero privado", ["casi diario"]),
    ("cada mes le rompen el vidrio al mismo carro en la cuadra", ["cada mes"]),
    ("venden droga en la esquina en las tardes, un muchacho de gorra roja", ["en las tardes"]),
    ("se juntan en las noches a hacer arrancones en la avenida", ["en las noches"]),
    ("el perro se queda solo en el patio todos los meses que ellos viajan", ["todos los meses"]),
    ("el año pasado me robaron la bici, cada agosto pasa lo mismo", ["el año pasado", "cada agosto"]),
])
def test_a_long_frequency_is_a_time(text, times):
    assert extract(text).times == times


@pytest.mark.parametrize("text", [
    "cada uno de los chavos traia una mochila negra",
    "todos los vecinos vieron al hombre de la camisa azul",
    "le dieron una semana de plazo, todas las cosas estan en la calle",
    "mi hijo tiene diez años y cada vez que sale lo molestan",
    "por aqui pasan a cada rato unos chavos en moto sin placas",   # dev leaves "a cada rato" unlabelled (6 rows vs 2)
    "compre el diario en el puesto de la esquina",
])
def test_near_misses_stay_calm(text):
    assert extract(text).times == []
