"""Urgency read from kinds of meaning at stop 26 (nlp/urgency_kinds.py, patterns/urgency.jsonl and
data/es/urgency.jsonl; texts written for these tests, not taken from the dev files)."""
import pytest

from nlp import extract


def urgent(text: str) -> bool:
    return extract(text).urgent


@pytest.mark.parametrize("text, expected", [
    # the tipster names the noise and says it is not shots: explained, not news
    ("los cuetes que truenan por la colonia son de los quince años de la vecina, no son balazos", False),
    ("se oyen cuetes en la unidad pero no es un tiroteo, es la feria del santo", False),
    ("its not gunshots by the canal, its a starting pistol for the kids fun run", False),
    ("the bangs near the allotments werent gunshots, farmer has a bird scarer gun", False),
    # shots not denied, or denied and then heard for real: still danger
    ("estan echando balazos afuera del bar de la esquina ahorita, hay gente corriendo", True),
    ("no eran cohetes, son balazos, estan disparando ahora mismo en la cancha", True),
])
def test_shots_denied(text, expected):
    assert urgent(text) is expected, extract(text).urgent_reason


@pytest.mark.parametrize("text, expected", [
    # "pero era ..." explains what the tipster saw, like "but it was"
    ("vi a dos hombres forcejeando con un cuchillo en la azotea pero era un ensayo de la pelicula, perdon", False),
    ("oi a alguien gritar auxilio en el edificio pero eran los niños jugando a las escondidas", False),
])
def test_pero_era_explains(text, expected):
    assert urgent(text) is expected, extract(text).urgent_reason


@pytest.mark.parametrize("text, expected", [
    # a utility stolen: a bill or a meter, not a theft going on
    ("me llego el recibo del agua de $900, creo que alguien me esta robando el agua de la llave de afuera", False),
    ("the neighbours upstairs are stealing our electricity through a cable, the bill doubled", False),
    # a theft going on stays a theft
    ("me estan robando la bici ahorita afuera de la tienda, son dos chavos", True),
])
def test_utility_theft(text, expected):
    assert urgent(text) is expected, extract(text).urgent_reason


@pytest.mark.parametrize("text, expected", [
    # "still" before the tipster's own fear: a lasting feeling after a past event
    ("hace dos años me robaron con navaja en el parque y todavia tengo miedo de salir, hay grupos de apoyo?", False),
    ("me asaltaron con un cuchillo el año pasado y aun tengo pesadillas, con quien puedo hablar", False),
    # "still" about the danger itself: news
    ("el tipo de la navaja todavia esta afuera de mi puerta", True),
])
def test_lasting_feeling(text, expected):
    assert urgent(text) is expected, extract(text).urgent_reason


@pytest.mark.parametrize("text, expected", [
    # Spanish, someone missing now who cannot look after themselves
    ("mi vecino de 85 años no aparece desde la mañana, tiene alzheimer", True),
    ("el abuelo salio descalzo y sin chamarra y con esta nevada no lo hallamos", True),
    ("mi hijo de 8 años no aparece, salio a jugar y ya se esta haciendo de noche", True),
    ("mi papa es diabetico y sigue sin regresar de caminar, no contesta, y esta lloviendo fuerte", True),
    # found, or only a question
    ("mi abuelo se perdio ayer pero ya lo encontraron, ya esta bien en casa", False),
])
def test_missing_at_risk_spanish(text, expected):
    assert urgent(text) is expected, extract(text).urgent_reason


@pytest.mark.parametrize("text, expected", [
    # driving that endangers others, in Spanish (the English "swerving", "going the wrong way")
    ("el conductor de un camion de basura va haciendo eses por la carretera 15 con placas JKL 442", True),
    ("una troca roja placa TX 44K va en sentido contrario en la interestatal 10", True),
])
def test_dangerous_driving_spanish(text, expected):
    assert urgent(text) is expected, extract(text).urgent_reason


@pytest.mark.parametrize("text, expected", [
    # someone in the water who has not come back up, or carried off
    ("a dinghy capsized near the pier and two kids are clinging to it", True),
    ("un señor se metio al mar y se lo lleva la corriente, ya casi no se ve", True),
    ("una señora se cayo en la banqueta y no se puede levantar, esta sangrando de la cabeza", True),
    # a boat that capsized long ago
    ("our dinghy capsized off the harbour wall last summer and we lost an oar, can i report it lost", False),
])
def test_in_the_water(text, expected):
    assert urgent(text) is expected, extract(text).urgent_reason


@pytest.mark.parametrize("text, expected", [
    # someone sticking to the tipster, in Spanish (the English "on my tail")
    ("una moto negra va pegada a mi desde que sali del banco, ya di dos vueltas y sigue ahi", True),
    # a threat of arson with the one who made it on the way now
    ("hes on his way over now and says hes gonna burn the house down", True),
    # the same threat told as the past
    ("last year my ex said he was gonna burn my car, nothing happened, can i still report that", False),
])
def test_followed_and_threat_on_the_way(text, expected):
    assert urgent(text) is expected, extract(text).urgent_reason


@pytest.mark.parametrize("text, expected", [
    # a farewell message or a handful of pills: someone at risk of suicide
    ("my brother sent me a text saying ill miss you all, he lives at 4 mill lane", True),
    # a moment ago in Spanish
    ("pasaron disparando desde una camioneta gris por la calle 5 hace un ratito, hay vidrios rotos", True),
])
def test_suicide_and_moments_ago(text, expected):
    assert urgent(text) is expected, extract(text).urgent_reason


@pytest.mark.parametrize("text, expected", [
    # danger told in the past progressive: what went on, not what goes on
    ("a white transit was swerving across both lanes of the bypass, looked like the driver was on his phone", False),
    # the present, or the past progressive with a NOW after it
    ("a white transit is swerving across both lanes of the bypass right now", True),
    ("the driver was swerving all over the road and hes still going now towards the roundabout", True),
])
def test_past_progressive(text, expected):
    assert urgent(text) is expected, extract(text).urgent_reason


@pytest.mark.parametrize("text, expected", [
    # "but" + a present copula naming what it really is: explained
    ("a man is shouting hes going to kill the ref at the rugby club but its the coach doing his pep talk, all fine", False),
    ("theres blood on the pavement outside the butchers but its from the delivery van, nobody is hurt", False),
    ("someone is banging on my door but its my son, he forgot his key", False),
    # "but" naming the danger itself
    ("sorry to text but its an emergency, a man has been stabbed outside the chemist", True),
    ("i thought the bangs were fireworks but its a real gun, hes firing at cars now", True),
])
def test_but_it_is(text, expected):
    assert urgent(text) is expected, extract(text).urgent_reason


@pytest.mark.parametrize("text, expected", [
    # a hot temperature read off a thermometer, with an animal shut in a car
    ("my neighbours dog is shut in a red ford focus in the sainsburys car park, the car thermometer says 92", True),
    # driving that weaves across lanes
    ("a lorry is weaving across all three lanes of the m6 near junction 14, nearly took a van out", True),
    # a threat from someone on his way now
    ("my mates ex is on his way up the motorway tonight saying hes going to shoot her, hes already set off", True),
    # Spanish: a gas smell for the last hour (desde hace: up to now), a knife wound that bleeds, someone who cannot breathe
    ("huele a gas en la escalera del edificio desde hace una hora y los vecinos del 3 no abren", True),
    ("hace 10 minutos un tipo le dio un navajazo a un chavo en la plaza y se fue, el chavo sangra mucho", True),
])
def test_fresh_batch_kinds(text, expected):
    assert urgent(text) is expected, extract(text).urgent_reason


def test_text_speak_now_is_no_past_time():
    # "rn" (right now) and "atm" are now, not a time in the past; "this afternoon" (holding "rn") still is one
    from nlp.pipeline import get_pipeline
    from nlp.urgency import past_time
    pipeline = get_pipeline()
    assert not past_time(pipeline("the lad with the court order is outside her work rn"))
    assert past_time(pipeline("the lad with the court order was outside her work this afternoon"))
