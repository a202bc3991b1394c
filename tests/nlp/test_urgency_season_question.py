"""Stop 38: shots put down to a hunting season and asked about ("es normal?") are not urgent
(nlp/urgency_season_question.py); shots at people, someone hurt or a weapon aimed stay urgent. English and Spanish.
Texts invented for the test, none from the dev set."""
import pytest

import nlp

SEASON_ASKED = [
    "es temporada de caza y se escuchan disparos en el cerro desde la mañana, eso es normal?",
    "se oyen tiros por el monte, supongo que son cazadores porque es temporada, es normal?",
    "escuche balazos en la sierra toda la mañana, es temporada de caza verdad? es legal?",
    "hay cazadores en el campo de al lado disparando desde temprano, es normal eso en temporada?",
    "its hunting season and ive been hearing shots in the woods since dawn, is that normal?",
    "lots of gunfire on the hills this morning, guess its pheasant season, is that allowed?",
    "hearing rifle shots from the forest since early, hunting season started, just checking its normal",
    "is it normal to hear shooting in the fields this early? its deer season i think",
]
SEASON_DANGER = [
    "es temporada de caza pero un cazador le disparo a mi hermano y esta sangrando",
    "hunting season but a guy is pointing his rifle at us right now",
    "temporada de caza y hay un hombre apuntandonos con la escopeta ahora mismo",
    "hunters shooting towards the houses on our lane right now, bullets hitting the roof, is that legal?",
    "its deer season but someones been shot in the woods and hes bleeding, is that normal?",
    "se oyen disparos de cazadores muy cerca de las casas y una bala pego en la ventana, es normal?",
]


@pytest.mark.parametrize("text", SEASON_ASKED)
def test_season_shots_asked_about_is_calm(text):
    assert not nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", SEASON_DANGER)
def test_person_in_the_line_of_fire_stays_urgent(text):
    assert nlp.extract(text).urgent, text
