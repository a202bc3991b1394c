"""Stop 38: a crime told as before now with the police already with the tipster is not urgent
(nlp/urgency_police_here.py); the offender still near, someone hurt, a weapon or minutes ago stay urgent. English and
Spanish. Texts invented for the test, none from the dev set."""
import pytest

import nlp

POLICE_HERE = [
    "i got mugged earlier, police are with me now taking a statement",
    "was mugged this afternoon near the station, officers are here with me now doing the report",
    "got robbed earlier today, the police are at my house now, just adding the cctv info",
    "my wallet was stolen earlier, police already here taking my statement",
    "me asaltaron hace un rato, ya esta la policia conmigo tomando la denuncia",
    "me robaron esta tarde, la policia ya vino y me tomo declaracion, solo aviso la placa",
    "i was attacked earlier but im safe now, police are with me taking details",
]
STILL_DANGER = [
    "got mugged 5 mins ago, hes still round the corner, i'm bleeding",
    "i just got mugged, police are on the way but hes still here",
    "i got mugged earlier, police are with me but the guy is still outside with a knife",
    "me asaltaron hace un rato, la policia ya llego pero el tipo sigue afuera con una pistola",
    "got attacked earlier, police here now but my friend is bleeding a lot and not breathing right",
]


@pytest.mark.parametrize("text", POLICE_HERE)
def test_crime_over_with_police_here_is_calm(text):
    assert not nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", STILL_DANGER)
def test_danger_going_on_stays_urgent(text):
    assert nlp.extract(text).urgent, text
