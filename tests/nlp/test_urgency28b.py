"""Urgency kinds of stop 28, round 2 (nlp/urgency_misreads.py, nlp/urgency_situations.py, nlp/cues.py,
patterns/urgency.jsonl; texts written for these tests, not taken from the dev files)."""
import pytest

from nlp import extract


def urgent(text: str) -> bool:
    return extract(text).urgent


@pytest.mark.parametrize("text", [
    "a pickup just went off the bridge on mill road, we can see it sinking",
    "a van has gone into the canal by the lock gates, the driver is still in it",
    "theres a woman in the reservoir by the dam and two lads are diving in after her",
    "my son jumped in the quarry pond with his mates and he didnt come up, its been 2 mins",
    "lads were bombing off the pier and one never came up",
])
def test_someone_gone_into_the_water(text):
    assert urgent(text)


@pytest.mark.parametrize("text", [
    "a white van is running us off the road on the bypass, he wont back off",
    "me and my mum are bein chased by a man on a motorbike down the high street",
    "some guy in a grey bmw is boxing us in on the slip road and wont let us out",
])
def test_someone_followed_or_run_off_the_road(text):
    assert urgent(text)


def test_the_paper_shop_is_no_talk_of_the_news():
    assert urgent("a lad is waving a machete at people outside the paper shop on the corner rn, everyone is running")
    assert not urgent("saw in the paper a lad was waving a machete in town last week, scary stuff")


@pytest.mark.parametrize("text", [
    "someone threw a brick at my cat on elm grove, she is at the vets now with a broken leg",
    "my grandad collapsed in the garden, paramedics took him an hour ago, can someone check his back gate is shut",
    "the man on the multi storey ledge came down, police talked him down, thanks",
])
def test_dealt_with_the_vet_the_paramedics_talked_down(text):
    assert not urgent(text)


def test_a_past_day_after_the_leaving_is_a_report():
    assert not urgent("my neighbour left her puppy chained in the yard in the snow last night, it was out there all night")
    assert urgent("my neighbour has left her puppy chained in the yard and its snowing, its been crying for an hour")


@pytest.mark.parametrize("text", [
    "esta saliendo muchisimo humo del taller de al lado, el dueño trabaja de noche",
    "un crio de 4 años va por el arcen de la autovia sin nadie, los coches pasan rapidisimo",
    "un muchacho esta en la azotea del almacen abandonado y se esta resbalando",
])
def test_spanish_smoke_a_child_by_the_road_someone_slipping(text):
    assert urgent(text)


@pytest.mark.parametrize("text", [
    "mi abuela con alzheimer se perdio esta mañana pero la trajo un vecino, que podemos hacer para que no pase mas",
    "unos chavales quemaron una papelera en el parque anoche, los bomberos la apagaron en 5 minutos",
    "quiero saber si puedo llevar la escopeta de caza en el maletero para ir al coto",
    "limpiando el patio salio una pistola vieja enterrada, esta oxidada, a quien llamo para que se la lleven",
    "a mi hijo de 8 le escribe un adulto por roblox pidiendo su direccion, el niño esta bien en casa",
])
def test_spanish_dealt_with_lawful_or_found_weapons_and_games(text):
    assert not urgent(text)


@pytest.mark.parametrize("text", [
    "theres a bull loose in the lane by the school, its charging at people walking past",
    "a bear is in the back garden of the care home on hill st, the residents have tea out there at 3",
    "wildfire jumped route 9 near the dairy, the wind is pushing it east",
    "my brother went fishing up at the loch this afternoon, said hed ring at 6, still nothing and its dark, hes diabetic",
])
def test_animals_at_people_a_fire_on_the_move_no_word_from_someone_at_risk(text):
    assert urgent(text)


def test_the_owner_locked_out_is_no_break_in():
    assert not urgent("someones going in the upstairs window at no 4, oh wait its the owner, locked himself out again")


@pytest.mark.parametrize("text", [
    "loads of smoke over the ridge by harlow farm, its only stubble burning, no need to send anyone",
    "old shed burning in the field off mill lane, owner said he set it himself to clear it",
])
def test_a_fire_set_on_purpose_by_the_owner(text):
    assert not urgent(text)


def test_a_fire_not_set_by_the_owner_stays_urgent():
    assert urgent("the barn next to the stubble field is burning and the farmer is still inside")
