"""Stop 38: spanish_urgency_armed_message.py: a weapon or a harm coming now or tonight, told through a message, is urgent;
a later day, the past, a lawful or plain errand stays calm. Texts invented for the test, none from the dev set."""
import pytest

import nlp

URGENT = [
    'mi ex me mando un whatsapp que viene esta noche con la pistola a matarme, vivo en la calle olmo 12',
    'el papa de mi hija me escribio que trae un cuchillo y que ya viene para aca, estoy en el 300 de la main st',
    'mi cuñado le mando un audio a mi hermana diciendo que hoy se la carga, que tiene la escopeta lista, ella vive en la calle real 5',
    'me texteo mi ex que anda armado y que va a venir ahorita a arreglar cuentas',
    'recibi un mensaje de un numero desconocido que dice que esta noche vienen por mi con fierros, ya vi el carro pasar',
    'el novio de mi prima puso en su story que va a ir hoy en la noche a la fiesta de la calle 8 con un cuete',
    'me llego un sms de mi ex: hoy te mato, ya voy con la fusca. vivo en el 45 de la calle pino',
    'mi expareja me ha escrito que viene de camino con una navaja a por mi, estoy en casa en la calle mayor 3',
    'mi suegro me mando mensaje que ya salio del trabajo con el arma y que hoy arregla las cosas con mi esposo',
    'me dijo por telefono mi ex que trae la 45 y que llega en 20 minutos a la casa',
    'mi ex me mando audio que hoy en la noche viene a la casa con la fusca a buscarme',
    'mi hermano recibio un mensaje del novio de su ex que ahorita va para alla con un machete',
    'el padrastro de mi sobrina me escribio por face que hoy se las va a pagar mi hermana y que tiene un arma',
]
CALM = [
    'mi ex me mando un mensaje hace un mes que vendria con una pistola pero nunca vino, quiero una orden de alejamiento',
    'mi primo me escribio que mañana va a llevar la escopeta al campo de tiro',
    'me mando un whatsapp mi vecino que esta noche viene a arreglar la lavadora',
    'mi ex me texteo que viene hoy en la noche a recoger a los niños',
    'el año pasado mi ex me mandaba mensajes que venia con un cuchillo, ya esta en la carcel',
    'mi ex me mando mensaje hace dos semanas que vendria con un cuchillo',
    'mi tio me escribio que hoy viene a la casa a dejar la escopeta de caza para que la guarde',
]


@pytest.mark.parametrize("text", URGENT)
def test_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", CALM)
def test_calm(text):
    assert not nlp.extract(text).urgent, text
