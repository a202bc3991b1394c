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


@pytest.mark.parametrize("text", [
    # calm endings: the alarm explained or over
    "school went into lockdown cos someone reported a man with a rifle by the gates, it was a surveyor with a tripod, all clear",
    "mi hija me dijo que un carro la venia siguiendo, ya llego a la casa sana y salva, gracias",
    "un carro me venia siguiendo desde el centro pero ya no me sigue, se metio a una gasolinera",
    "vi a un señor con un cuchillo grande en la banqueta pero estaba pelando cocos pa vender, perdon por el mensaje",
    "los disparos que se oyen por el parque son de fogueo, es un rodaje de una pelicula",
])
def test_calm_endings(text):
    assert not urgent(text)


@pytest.mark.parametrize("text", [
    "un carro me viene siguiendo desde el centro y no me deja, estoy en la gasolinera de la 10",
    "he pulled a knife on my mate outside the chippy, its not all clear, hes still waving it",
])
def test_danger_without_the_calm(text):
    assert urgent(text)


@pytest.mark.parametrize("text", [
    # followed now: a FOLLOWED cue at the tipster and a now, not vetoed by the car's and the road's words
    "grey transit been on my bumper since the retail park, i went round the roundabout twice and its still there",
    "black audi tailgating me down the a6, i pulled over and hes right there again now, reg started with FD",
    "una camioneta blanca sigue pegada atras de mi desde la salida 12, ya di dos vueltas a la manzana",
])
def test_followed_now(text):
    assert urgent(text)


@pytest.mark.parametrize("text", [
    "a red corsa was on my bumper the whole way home from work last tuesday, can i report it",
    "some van was tailgating me on the m5 yesterday, reg WK19 ABC, can you send them a warning",
])
def test_followed_before(text):
    assert not urgent(text)


@pytest.mark.parametrize("text", [
    # a fire now with people maybe inside: the past after it says who sleeps there, not when it burned
    "the old warehouse on dock road is on fire, homeless lads sleep in there most nights, could be someone inside",
    "sale humo de la casa abandonada de la calle 5, ahi duermen unos muchachos desde hace meses, puede haber gente adentro",
])
def test_fire_with_people_inside(text):
    assert urgent(text)


@pytest.mark.parametrize("text", [
    "last night the old warehouse on dock road burned down, could be someone inside, is there any news",
])
def test_fire_in_the_past_with_people_inside(text):
    assert not urgent(text)


@pytest.mark.parametrize("text", [
    # a state lasting from a past day up to now: "desde anoche", "since friday" say how long, not when
    "hay dos niños solos en el departamento 4 desde anoche, no hay ningun adulto",
    "la señora del 3 esta tirada en el piso desde ayer y no responde, se ve por la ventana",
    "the little girl next door has been left on her own since yesterday, no food in the house",
])
def test_lasting_since_a_past_day(text):
    assert urgent(text)


@pytest.mark.parametrize("text", [
    "anoche dejaron a unos niños solos en el parque pero ya los recogio su mama",
    "yesterday someone left a toddler on her own outside the shop for 10 mins, the mum came back",
])
def test_the_past_day_without_since_stays_past(text):
    assert not urgent(text)


@pytest.mark.parametrize("text", [
    # on the way with a weapon, Spanish "trae" (brings) and coming for the children
    "mi esposo viene para aca y trae una pistola, dice que me va a matar, estoy en la calle 9",
    "my ex is coming for the kids tonight with a knife, he just left his mums",
])
def test_coming_armed(text):
    assert urgent(text)


@pytest.mark.parametrize("text", [
    # a child on a window ledge or hanging out of a window, high up
    "theres a toddler on the window ledge of the 4th floor flat above the bookies on king st, window wide open",
    "hay una niña como de 3 años en el borde de la ventana del segundo piso en la calle 12, nadie abre",
])
def test_child_at_a_window(text):
    assert urgent(text)


@pytest.mark.parametrize("text", [
    # a dangerous animal after someone, someone at the edge about to jump (Spanish "que se tira")
    "bear chasing a woman and her dog along the trail by the campground, shes running towards the cars",
    "hay una chica sentada en el borde del puente de la m-30 y dice que se tira, venid ya",
])
def test_danger_told_by_the_situation_fresh(text):
    assert urgent(text)


@pytest.mark.parametrize("text", [
    "someone floating face down off the slipway?? nah its a seal, sorry",
])
def test_the_seal(text):
    assert not urgent(text)
