"""Stop 37 round 2 Spanish urgency kinds from the misses of es-h19 and es-d37, each with calm twins. Texts invented for
the test (the variants written before each rule), none from the dev set.

- someone bleeding now while the attacker has gone (urgency_hurt_now_es.py: "se fue" no longer calms "hay un chavo
  sangrando"), and a person hurt now in a lawful hunt stays urgent while a gun seen in one is calm (WEAPON_TALK "lawful use":
  "temporada de caza", "chaleco naranja", "coto de caza", "club de tiro");
- a beating or a cry for help in Galician, Catalan or Portuguese words ("esta batendo", "esta pegant", "axuda", "socors");
- a young child who did not come back from school ("no llego de la escuela"; the age after "sobrino", "nieta", "my son");
- a child who does not answer but whose whereabouts the tipster knows ("sale que esta en", "me mando mensaje"), or who is
  here ("ya esta aqui", "lo tengo aqui", "esta en su cuarto");
- a fire or crash over with "no one hurt" in other words ("ningun herido", "no hubo lesionados", "ya se apago")."""
import pytest

import nlp


@pytest.mark.parametrize("text", [
    'es temporada de caza y le dio un tiro a su compa, esta sangrando',
    'estabamos cazando legal con permiso y a mi tio se le disparo la escopeta, tiene la pierna sangrando mucho, camino de la dehesa',
    'hay un chavo sangrando en la banqueta de la calle 5 de mayo, el que lo apuñalo ya se fue corriendo',
    'el tipo se escapo en una moto pero mi amigo esta sangrando de la panza, estamos en el parque lincoln',
    'lo balacearon y se fueron en una camioneta blanca, sigue sangrando, esquina de hidalgo y morelos',
    'ya se largaron los que le pegaron, pero el señor esta tirado sangrando de la cabeza en la calle alcala 40',
    'le pegaron un navajazo y se fue el wey, hay mucha sangre, mi compa no se mueve, 7th and main',
    'hace un minuto apuñalaron a una mujer en el portal, el agresor se fue, ella esta sangrando mucho',
    'en la obra un compañero se corto con la radial, esta perdiendo mucha sangre, estamos en la calle toledo 12',
    'estabamos practicando tiro en el campo y a mi hermano le dio un rebote, esta sangrando del ojo',
    'se cayo del andamio trabajando y esta sangrando por la oreja, no responde',
])
def test_bleeding_now_with_the_attacker_gone_is_urgent(text):
    assert nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    'es temporada de caza y hay un hombre con escopeta en el monte, lleva chaleco naranja, solo aviso',
    'el mes pasado le dio un tiro a su compa cazando, ya se recupero, queria saber si eso es delito',
    'hace dos dias apuñalaron a un chico en la plaza, ya esta bien, el que lo hizo se fue, tengo informacion',
    'mi perro estaba sangrando de la pata ayer pero ya lo curo el veterinario',
])
def test_bleeding_twins_stay_calm(text):
    assert not nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    'es temporada de caza y le dio un tiro a su compa, esta sangrando',
    'estabamos de monteria y a un cazador le dieron un tiro en la pierna, esta sangrando mucho, coto de caza los robles',
    'en el club de tiro un señor esta apuntando con un rifle a los demas y grita que los va a matar',
    'es temporada de caza pero hay un hombre con escopeta apuntando a unos niños en el parque de la sierra',
    'un cazador borracho esta disparando hacia las casas del pueblo, chaleco naranja, calle real',
    'es temporada de caza y un cazador se cayo por un barranco, esta sangrando de la cabeza y no se mueve',
])
def test_hurt_or_aimed_in_a_hunt_is_urgent(text):
    assert nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    'es temporada de caza y hay un hombre con escopeta en el monte, lleva chaleco naranja, solo aviso',
    'vi a dos cazadores con rifles cerca del arroyo de la sierra, supongo que es normal en temporada de caza',
    'en el coto de caza de al lado se oyen escopetas desde las 7, es normal o llamo?',
    'pasaron unos señores con chalecos naranjas y escopetas por el camino de la ermita, creo que van de monteria',
    'hay un tipo con un rifle en el campo de tiro de la carretera 12, pero es un club de tiro, no se si esta permitido',
    'un señor con escopeta junto al cortijo, seguro es cazador, ya es temporada de venado',
])
def test_a_gun_in_a_lawful_hunt_is_calm(text):
    assert not nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    'ajuda! el meu vei esta pegant a la seva dona, carrer de sants 40, 3r 2a',
    'socors, un home està pegant a una noia a la plaça del sol ara mateix',
    'un home lle esta a bater a unha rapaza na praza de españa, axuda',
    'axuda por favor, o meu veciño esta batendo na súa muller, rua nova 12',
    'estan pegant a un noi al metro de diagonal, son tres',
    'un tio esta batendo num rapaz na paragem do autocarro da avenida, socorro',
    'venid ya al carrer major 8, 2n pis, el de dalt esta moliendo a palos a su pareja',
    'esta pegando a su novia en el portal, ella chilla que la mata, carrer de verdi 20',
    'axuda, hai lume na cociña do baixo e hai unha velliña dentro, rua do sol 3',
    'ajuda si us plau, estan apallissant un home a la rambla',
])
def test_beating_or_cry_in_galician_or_catalan_is_urgent(text):
    assert nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    'estan batendo palmas na festa da rua, moita xente, e normal?',
    "l'associacio ajuda a la gent gran del barri, volia informacio dels horaris",
    'alguen esta batendo na porta do veciño toda a tarde, pero e o carteiro que non o atopa',
    'la fundacio ajuda les families, no es cap urgencia',
    'ahir el meu vei va pegar a la seva dona, ara ja no viuen junts, volia denunciar-ho',
])
def test_galician_catalan_twins_stay_calm(text):
    assert not nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    'mi hija de 7 no volvio del colegio y son las 6, la profe dice que salio a las 4',
    'mi niño no ha vuelto de la escuela, ya deberia estar aqui hace 2 horas, tiene 8 años',
    'mi hijo de 10 no regreso de la escuela hoy, el camion lo dejo en la parada y nadie lo ha visto',
    'my son de 6 no vino de la escuela, ya son las 5 y nadie sabe de el',
    'la niña de mi vecina de 9 años no ha regresado del cole y ya es de noche',
    'mi hijo de 12 no llego de la secu y ya son las 8, trae uniforme azul',
    'mi hija de 11 no llegó del colegio, su mochila es rosa, ya la buscamos en el parque',
    'mi hermanito de 8 no volvio de clases, mi mama esta desesperada',
    'mi sobrino de 10 no ha venido del instituto y son las 9 de la noche',
    'mi hijo de 9 no llego de la escuela y ya son las 7 de la noche, lleva tenis azules, sus amigos no saben nada',
])
def test_child_not_back_from_school_is_urgent(text):
    assert nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    'mi hija no volvio del colegio a la hora pero ya llego, estaba con su abuela',
    'ayer mi hijo de 9 no llego de la escuela a tiempo pero estaba en casa de un amigo, ya esta bien',
    'la profe no vino a la escuela hoy y los niños de 8 años se quedaron sin clase, queria quejarme',
    'mi hijo de 15 no llego de la escuela todavia pero me mando mensaje que esta en el futbol',
])
def test_school_twins_stay_calm(text):
    assert not nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    'mi hija de 14 no contesta desde hace 2 horas y en life360 sale apagado, no sabemos nada de ella',
    'mi hijo de 12 no ha llegado y no me manda mensaje, su telefono esta apagado',
    'mi niño de 10 no responde y la ultima ubicacion que sale es el parque de la presa, ya es de noche',
])
def test_child_not_answering_and_not_found_is_urgent(text):
    assert nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    'mi hija de 14 no contesta desde hace 2 horas pero en life360 sale que esta en casa de su prima en la colonia del valle',
    'mi hijo de 12 no ha llegado pero me mando mensaje que esta en el entrenamiento de futbol',
    'my daughter de 11 no contesta pero ya me contesto su amiga, dice que esta en casa de ella',
])
def test_child_located_by_the_tipster_is_calm(text):
    assert not nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    'choque en la glorieta de insurgentes hace media hora, ya se llevaron los carros, ningún herido',
    'se quemo un coche en el parking del mercadona esta mañana, ya esta apagado, no hubo heridos',
    'el incendio del monte de anoche ya esta controlado, no hay ningun herido ni casas afectadas',
    'el accidente de la a-4 ya esta despejado, los dos conductores salieron ilesos',
    'hubo un choque en la 8th street pero ya paso, ninguno salio herido, todos bien',
    'se cayo una rama en el parque pero no hubo lesionados, ya la quitaron',
    'ya se apago el fuego de la cocina del bar, no hay lesionados, solo humo',
])
def test_fire_or_crash_over_with_no_one_hurt_is_calm(text):
    assert not nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    'hay fuego en el bloque 4 de la calle sol, hay heridos y gente atrapada arriba',
    'choque en la glorieta ahorita, un herido que no se mueve y sale humo del carro',
    'se esta quemando la casa de al lado y hay un herido en el jardin, venid',
])
def test_someone_hurt_at_a_fire_or_crash_now_is_urgent(text):
    assert nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    'mi sobrino de 7 dijo que se escapo de la casa pero era broma, esta aqui conmigo viendo la tele',
    'mi nieta de 6 no aparecia pero estaba escondida en el ropero, ya esta aqui',
    'mi hijo de 9 no llego de la escuela a su hora pero ya esta aqui, se vino caminando con un amigo',
    'mi hermanito de 5 se perdio en el super pero ya lo tengo aqui, gracias',
    'mi hija de 10 no contestaba y me asuste pero esta en su cuarto dormida',
])
def test_child_here_with_the_tipster_is_calm(text):
    assert not nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    'mi sobrino de 7 se escapo de la casa hace una hora y no aparece, ya es de noche',
    'mi nieta de 6 no aparece, la buscamos en el parque y nada',
    'mi hijo de 9 no llego de la escuela y el tipo que lo molestaba esta aqui afuera',
])
def test_child_still_missing_is_urgent(text):
    assert nlp.extract(text).urgent
