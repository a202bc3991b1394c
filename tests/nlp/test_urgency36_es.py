"""Stop 36 round 2 Spanish urgency kinds from es-h18's misses: gunfire told by its sound ("pum pum pum", "rafagas"),
someone bleeding now told in the present ("sangra de la cabeza", "le sangra la boca") and someone down who does not
get up ("el chaval no se levanta", an unvetoed reading: plate and car words told with a hit-and-run weigh against it),
each with calm twins (past, explained, dealt with, a habit). Texts invented for the test, none from the dev set."""
import pytest

import nlp


@pytest.mark.parametrize("text", [
    "pum pum pum en la calle pino, estamos agachados en la cocina",
    "otra vez pam pam pam por la colonia obrera, ahorita",
    "se oyen rafagas por el lado del mercado, la gente corre",
    "ráfagas de cuerno de chivo en la calle morelos, nos tiramos al piso",
    "un señor atropellado en la av hidalgo, sangra de la cabeza y esta tirado",
    "le pegaron con un tubo a un muchacho en la parada, le sangra la boca",
    "se cayo un albañil del andamio en la obra de la calle luna y sangra mucho por la pierna",
    "una furgoneta blanca matricula 4471 KPT ha arrollado a un ciclista en la rotonda y se ha ido, el chico no se levanta",
    "mi abuelo se cayo en el patio y no se ha levantado, no contesta",
])
def test_shots_bleeding_and_down_now_are_urgent(text):
    assert nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    "los pum pum de anoche eran cuetes de la boda, ya paso todo",
    "hubo rafagas de tiros ayer en la noche por la colonia, hoy todo tranquilo",
    "se corto con un cuchillo cocinando y sangra un poco pero ya le puse una curita, estamos bien",
    "ayer se cayo mi abuela y no se levanta sola, ya la vio el medico y esta bien",
    "mi hijo adolescente no se levanta temprano nunca, llega tarde a la escuela",
    "el chavo que atropellaron el martes no se levantaba pero ya esta en el hospital bien",
])
def test_the_calm_twins_stay_calm(text):
    assert not nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    "en el 4 de la calle tulipan hay un perro atado en la terraza sin agua desde ayer, ya esta tirado y jadeando",
    "los del 3 dejaron al gato encerrado en el piso sin agua y se fueron de vacaciones, ya casi no maulla",
    "un caballo amarrado al sol en el terreno de la salida a tepic, ya casi no se levanta",
])
def test_a_neglected_animal_giving_out_is_urgent(text):
    assert nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    "el vecino tiene 2 perros amarrados en el balcon sin agua ni comida, ladran todo el dia",  # the neglect alone
    "un perro atado al sol en la azotea sin agua desde ayer, ya le dimos agua los vecinos y esta bien",
    "el perro del vecino lleva amarrado sin agua toda la semana y ya casi no ladra, pero ya lo rescataron los de la "
    "protectora",
])
def test_a_neglected_animal_report_or_dealt_with_stays_calm(text):
    assert not nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    "oigo gritos de auxilio en el 3b pero creo que es la tele, ya toque y el señor dijo que todo bien",
    "mi niña grito socorro por la ventana porque no la dejamos salir, es un berrinche, perdon",
    "mi hijo grito que lo matan en el patio jugando con su primo, si alguien llamo perdon, estamos todos bien",
    "se oyen gritos de ayuda en el piso de abajo pero era la television a todo volumen",
])
def test_a_cry_explained_stays_calm(text):
    assert not nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    "estaba viendo la tele y oi gritos de auxilio en el piso de al lado, ahora golpes",  # watching tv is no calm
])
def test_a_cry_not_explained_stays_urgent(text):
    assert nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    "un chavo le arrebato el celular a una señora en la parada hace como 2 min, corrio hacia el mercado",
    "le han dado el tiron a mi abuela hace apenas 3 minutos en la plaza, un chaval en bici",
])
def test_a_snatch_about_minutes_ago_is_urgent(text):
    assert nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    "le arrebataron el celular a mi hermana hace como 2 horas en el centro, ya puso la denuncia",
    "me arrebataron la bolsa hace como 2 semanas en la parada, solo quiero saber si la encontraron",
])
def test_a_snatch_about_hours_ago_stays_calm(text):
    assert not nlp.extract(text).urgent
