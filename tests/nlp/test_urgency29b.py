"""Urgency kinds of stop 29, round 2 (patterns/urgency.jsonl, data/es/urgency.jsonl; texts written for these tests,
not taken from the dev files)."""
import pytest

from nlp import extract


def urgent(text: str) -> bool:
    return extract(text).urgent


@pytest.mark.parametrize("text", [
    # danger told by the situation
    "small yacht in difficulty off the headland at st ives, sail torn, a man waving at the shore and the tide turning",
    "4 teenagers on an inflatable out past the buoys at the lake, no life jackets and the wind is picking up",
    "my daughter is 3 and swallowed a magnet from the fridge, shes being sick",
    "a white van followed my daughter from the bus stop all the way home, its parked across the road now",
    "lorry driver slumped over the wheel in the layby on the a30, engine running, he wont wake up",
    "3 dogs worrying the sheep in the top field at hollins farm, one ewe is down",
    "bloke got kicked out of the pub and said he'll be back with a knife, im the only one on the bar",
    "a tractor is stuck on the level crossing at brook lane, driver cant get it going",
    "kid on a bike on the tracks at the station road crossing and the barriers are coming down",
])
def test_danger_told_by_the_situation(text):
    assert urgent(text)


@pytest.mark.parametrize("text", [
    "last summer a boat capsized off the pier and 2 people drowned, is there a memorial planned",
    "my ex followed me home from work back in march, can i get a restraining order",
])
def test_the_same_words_in_the_past_stay_calm(text):
    assert not urgent(text)


@pytest.mark.parametrize("text", [
    # false alarms told by the end of the story
    "taxi driver locked the doors on my sister and wouldnt let her out, she got out at the lights on king st, about 5 min ago",
    "2 lads smashed the window of the bookies with a hammer and grabbed the till, they left",
    "old man fell off his bike on the canal path, i stayed with him until the ambulance arrived, all sorted",
    "is there a reward for info on the armed robbery at the post office last month",
])
def test_the_end_of_the_story_calms(text):
    assert not urgent(text)


@pytest.mark.parametrize("text", [
    "they left him bleeding on the floor of the underpass by the station, hes not moving",
    "guy pulled a knife on me in the park 5 mins ago, i got away but hes still there",
])
def test_leaving_someone_or_a_danger_still_there_stays_urgent(text):
    assert urgent(text)


@pytest.mark.parametrize("text", [
    # Spanish: danger told by the situation
    "mi abuela en la cocina no mueve el brazo izquierdo y tiene la boca torcida, creo que le esta dando un derrame",
    "tienen secuestrada a mi hermana en un rancho cerca de la carretera 54, piden rescate",
    "una moto se me ha pegado detrás desde la gasolinera y no me la quito de encima",
    "hay un niño flotando boca abajo en la alberca del hotel, nadie lo ve",
    "una señora se subió al otro lado del barandal del puente de la calle 8 y no quiere bajar",
    "hay una bebé solita dentro de una camioneta en el estacionamiento del walmart con este calor",
    "un señor desorientado caminando entre los carriles de la 10 y casi lo atropellan",
    "el taxista no va a donde le dije y puso los seguros, no me deja bajar",
])
def test_spanish_danger_told_by_the_situation(text):
    assert urgent(text)


@pytest.mark.parametrize("text", [
    "encontre un cuchillo tirado en la banqueta de mi casa, lo puedo levantar o tengo que llamar?",
    "los truenos que se oyen en la colonia son cohetes de la feria, ya pregunte, todo bien",
])
def test_spanish_calm_questions_and_fireworks(text):
    assert not urgent(text)


@pytest.mark.parametrize("text", [
    "hay un señor tirado en el agua del canal, no se si esta vivo, no se mueve",
    "estan tronando cohetes pero no son cohetes, son balazos, todos al piso en la calle 5",
])
def test_a_calm_doubted_or_denied_is_no_calm(text):
    assert urgent(text)


def test_a_stranger_holding_a_child_who_fights_him():
    assert urgent("man in a grey hoodie dragging a small boy by the wrist through the market, the boy keeps screamin, "
                  "he doesnt look like his dad")


def test_not_the_parent_in_a_custody_story_stays_calm():
    assert not urgent("my ex took our son for the weekend, he is not his dad so i dont know why hes allowed")
