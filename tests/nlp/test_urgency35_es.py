"""Stop 35 round 2 Spanish urgency kinds: someone robbed or mugged moments ago (nlp/urgency_robbed_now.py), each with
calm twins (told long after, dealt with, no time at all). Texts invented for the test, none from the dev set."""
import pytest

import nlp


@pytest.mark.parametrize("text", [
    "me acaban de robar el bolso en la plaza mayor, un chaval con gorra negra",
    "a mi tia la asaltaron hace 5 minutos en la parada del bus de la av juarez",
    "han atracado el estanco de la esquina hace 10 minutos, dos con casco",
    "acaban de asaltar la tiendita de don pepe, se fueron en una moto azul",
    "oye le bajaron el celular a mi primo hace como 3 min en la salida del metro",
    "nos acaban de atracar en el portal, uno llevaba pasamontañas",
])
def test_robbed_minutes_ago_is_urgent(text):
    out = nlp.extract(text)
    assert out.urgent


@pytest.mark.parametrize("text", [
    "me asaltaron hace media hora en la calle mayor, un tipo con gorra",
    "hace 2 semanas me robaron el movil en el metro, ya puse la denuncia",
    "me robaron la bici del patio, una trek azul",
    "me asaltaron hace 10 minutos en la calle mayor pero ya llego la policia y estoy bien",
    "le robaron la cartera a mi abuelo hace 5 min, no es urgente, solo para que conste",
    "me robaron el cel, lo tengo en el rastreo y sale en la calle zuni ahorita",  # where the phone is now
    "me baje del camion hace 5 minutos y vi un perro sin collar",  # getting off is no robbery
])
def test_a_robbery_told_late_or_dealt_with_stays_calm(text):
    assert not nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    "hay un señor tirado junto a la fuente de la plaza, lleva rato ahi, no se ha movido y tiene los labios morados",
    "se cayo un albañil del tejado en la calle olmo y los otros no lo pueden levantar, grita mucho",
    "una burra tirada en el camino de la ermita con la pata torcida, no puede levantarse",
    "un ciclista en el arcen de la n-340 sigue sin levantarse despues del golpe",
])
def test_someone_down_who_cannot_get_up_is_urgent(text):
    assert nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    "el señor que se cayo en la plaza ya se levanto y esta bien, gracias",
    "hay una furgoneta blanca en la calle olmo que lleva tres semanas sin moverse",
    "el ciclista que se cayo en la n-340 ya se levanto solo, no hace falta nada",
])
def test_someone_who_got_up_or_a_vehicle_that_stays_put_stays_calm(text):
    assert not nlp.extract(text).urgent


def test_someone_down_told_with_a_plate_and_a_car_stays_urgent():
    # the plate and car words weigh against an emergency in the learned model; the state words are specific enough
    out = nlp.extract("un seat ibiza rojo, matricula 4410 KLM, ha atropellado a una chica en el paso de peatones de la "
                      "calle mayor y se ha ido, la chica sigue sin levantarse")
    assert out.urgent


@pytest.mark.parametrize("text", [
    "una niña de 3 años anda sola por el arcen de la carretera de la playa, descalza",
    "un abuelito con andador esta cruzando la autopista por el medio, los coches pitando",
    "hay un nene solito jugando junto a la piscina del hotel y no veo a ningun adulto",
])
def test_someone_vulnerable_alone_at_a_hazard_is_urgent(text):
    assert nlp.extract(text).urgent_reason == "someone vulnerable in danger"


@pytest.mark.parametrize("text", [
    "el verano pasado un niño solo se metio en la acequia y casi se ahoga, pedimos una valla",  # the past
    "habia un niño solo en la orilla del rio pero ya llego su madre, esta bien",  # someone has the child now
    "los niños del barrio juegan en las vias del tren todos los dias, pongan una valla",  # a habit
    "una abuelita andaba perdida por el arcen de la carretera, la tenemos con nosotros en la gasolinera",
])
def test_someone_vulnerable_in_the_past_or_looked_after_stays_calm(text):
    assert not nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    "un tipo en una van blanca le esta diciendo a un niño que se suba, el niño va solo a la parada",
    "una señora esta jalando a una niña a rastras hacia un carro gris y la niña llora que no es su mama",
])
def test_a_child_lured_or_dragged_off_now_is_urgent(text):
    assert nlp.extract(text).urgent_reason == "child in danger: lured or dragged off"


@pytest.mark.parametrize("text", [
    "un señor en un carro rojo le dijo a mi hijo que se subiera y el corrio a la casa, ya esta conmigo, fue ayer",
    "un papa lleva a su hijo a rastras al colegio todas las mañanas, pobre niño",  # a parent, no cry for help
])
def test_a_child_safe_or_with_a_parent_stays_calm(text):
    assert not nlp.extract(text).urgent
