"""Stop 38: farm animals (or a dog) loose among traffic on US and Spanish road names, the centre line or between the
cars, with a hazard, are urgent (data urgency_stock_road.json); a report of yesterday, a dead animal or one already
collected stays calm. Texts invented for the test, none from the dev set."""
import pytest

import nlp

LOOSE_NOW = [
    "about 20 cattle all over us 287 south of the county line, dark out, a truck nearly hit one",
    "cows wandering on sr 14 near the feed store, cars coming round the bend fast",
    "a pony is trotting up the centre line of the a road by the village, no lights on that bit",
    "horse running between the cars on the bypass, nearly got hit by a van",
    "un caballo suelto corriendo entre los coches en la avenida, casi lo atropella un autobus",
    "hay novillos sueltos en la ruta 3 y casi chocan dos autos",
    "small dog loose on the dual carriageway dodging between lanes, cars swerving",
    "perro suelto en la autopista corriendo entre los carros, casi lo atropellan",
]
CALM = [
    "cows on the road again yesterday, farmer sorted it",
    "dog was hit on the main road last night, dead, can someone move it",
    "la vaca que estaba en la carretera ayer ya la recogieron",
    "the farmer walks his cows along the lane every morning, is that allowed",
]


@pytest.mark.parametrize("text", LOOSE_NOW)
def test_animals_loose_in_traffic_are_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", CALM)
def test_report_or_over_stays_calm(text):
    assert not nlp.extract(text).urgent, text
