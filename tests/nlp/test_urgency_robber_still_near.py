"""Stop 38: someone robbed or mugged, told an hour or "earlier" ago, with the robber still near now is urgent
(data urgency_robbed_now_en.json, es/urgency_robbed_now.json: the robber still there counts as recent); a robber in
prison, living on the road or a robbery long over stays calm. English and Spanish. Texts invented for the test, none
from the dev set."""
import pytest

import nlp

STILL_NEAR = [
    "me robaron hace un rato y el tipo sigue afuera con una pistola",
    "me asaltaron hace media hora y el ladron sigue en la esquina",
    "nos robaron el celular hace 20 minutos, el tipo todavia esta en la parada",
    "el tipo que me robo hace un rato sigue afuera con un cuchillo",
    "a mi mama la asaltaron esta tarde y los tipos siguen dando vueltas por la cuadra",
    "got mugged about half an hour ago and the lad is still hanging round the shops",
    "my son was robbed earlier and the boys who did it are still outside the school",
    "got robbed at the cashpoint earlier, the guy is still stood by the bus shelter",
]
LONG_OVER = [
    "the guy who robbed me in 2019 is still in prison thank god",
    "got mugged last year, the lad is still living on my road, is that allowed",
    "me asaltaron el mes pasado y el tipo sigue en la carcel",
    "me robaron la bici hace una semana, la sigo buscando",
    "got robbed earlier, the police are at my house now, just adding the cctv info",
]


@pytest.mark.parametrize("text", STILL_NEAR)
def test_robber_still_near_is_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", LONG_OVER)
def test_robbery_over_stays_calm(text):
    assert not nlp.extract(text).urgent, text
