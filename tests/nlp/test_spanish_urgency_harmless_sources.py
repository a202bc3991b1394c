"""Stop 38, round 2: the harmless sources of spanish_urgency_harmless_checked.py widened (data
es/urgency_harmless_checked.json): a soap on the TV, a prank, a video for youtube or tiktok, a scarecrow or a parrot,
checked by the writer ("ya subi a tocarle", "me dijo"), are calm; the same words with "no es", someone still crying
out, bleeding or a weapon held now (es/urgency_danger_left.json) stay urgent. Texts invented for the test, none from
the dev set."""
import pytest

import nlp

URGENT = [
    "la que gritaba auxilio en el 3o no era la tele, la esta golpeando el marido ahora",
    "pense que era una broma pero mi hermano sigue gritando ayuda y no abre la puerta",
    "mi abuela dice que hay un hombre con un cuchillo en la cocina y lo estoy viendo, esta ahi",
    "la tele esta a todo volumen pero se oye a una mujer gritando socorro, no es la novela, ya subi a tocar y nadie abre",
    "pense que era una broma de tiktok pero mi hermano esta sangrando en el suelo, ya baje a ver",
    "mi hija me mando un audio gritando ayuda, dice que no es broma, la tienen encerrada en una casa",
    "creiamos que era el loro pero ahora se oye a la señora gritando auxilio, ya subi a tocarle y no abre",
    "pense que era un video de youtube pero es real, un tipo esta apuntando a la gente con una pistola en la plaza, ya fui a ver",
    "me dijo que era una broma pero tiene una navaja en el cuello de su novia ahora mismo",
]
CALM = [
    "la que gritaba auxilio en el 3o era la telenovela, la señora pone la tele altisima, ya fui a tocarle y esta bien",
    "mi hermano me mando un audio gritando ayuda pero despues me dijo que era una broma para tiktok, entonces no pasa nada verdad",
    "lo de los gritos de socorro en el patio era un video de youtube que estaban viendo los niños, ya baje a ver",
    "el hombre con la escopeta en el tejado era el de la antena de la tele con un tubo, ya le pregunte",
    "pense que eran balazos pero era la novela del vecino a todo volumen, ya le toque la puerta",
    "mi tia escucho a alguien pidiendo auxilio pero era el loro del vecino que imita a la gente, ya lo comprobe",
    "vi un hombre colgado del arbol del parque pero era un muñeco de halloween, me acerque a verlo",
    "el video del tiroteo que circula no es de aqui, es de otro pais y de hace años, es falso",
    "el audio de whatsapp del secuestrador en la escuela es un bulo, ya lo desmintio la policia",
]


@pytest.mark.parametrize("text", URGENT)
def test_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", CALM)
def test_calm(text):
    assert not nlp.extract(text).urgent, text
