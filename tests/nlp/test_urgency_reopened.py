"""Probe tests of the rule of order between a calm and a later danger (nlp/urgency_reopened.py): each calm phrase
paired with the emergency it could hide, both ways (the calm still clears when nothing follows it; the danger still
flags when it follows the calm with "but"/"still"/"now"/"pero"/"sigue"). Texts invented for the test, none from the
dev set."""
import pytest

import nlp

EN_CALMS = [
    "the police were gone by the time he came back",
    "my son got out ok",
    "school says all clear",
    "turns out it was fireworks",
    "everyone got out",
    "the bin fire is out now",
    "the fire is out",
    "the fight is over",
    "the guy is gone now",
    "the kids are safe and sound",
    "she got away",
    "the gun i found is with the police now",  # stop 32: a found thing handed over
    "the knife is with security now",
    "on tiktok theyre saying theres a shooter at the mall",  # stop 32: hearsay from social media, not the tipster's news
    "someone hacked my instagram, please help me get it back",  # stop 32 r2: help asked with a hacked account
    "how long do you get for carrying a blade",  # stop 33: a question about the law
    "could i get done for keeping a bat in the car",
    "my son is home now safe",  # stop 33: the one in danger safe now
    "the rider swam out and is ok",
    "my wife got followed home and she got inside",
    "the kayaker swam ashore",
    "men in camo with rifles, probably hunters, season is open",  # stop 33: hunters, told as lawful
    "its deer season and he has the farmers permission",
    "its hunters",
    "the bangs on our road were a car backfiring",  # stop 34 r2: a noise explained as a backfire
    "it was just a van backfirin",
    "paramedics are already with the lady who fell",  # stop 34 r2: the hurt one already in responders' hands
    "the ambulance came n took the driver",
    "the men with rifles are shooting hogs with the landowner, no need to send anyone",  # stop 35 r2: hunters, a burn, a thing
    "its opening day of deer season so the bangs are hunters",
    "the smoke is the controlled burn the fire district told us about",
    "my sons phone went missing at school",  # a thing missing, not a person
    "the bangs are the civil war re-enactment on the green",  # stop 36: a re-enactment's weapons and shots are a show
    "the wrong way driver got pulled over by police",  # stop 36: a driver the police have stopped
]
EN_DANGERS = [
    "and now hes kicking the door in",
    "but he still has the knife",
    "but theres someone still trapped in the car",
    "but his mate is still lying in the road bleeding",
    "... no wait theyre back kicking the front door",  # stop 32 r2: the tipster takes the calm back
]
ES_CALMS = [
    "pense que era un rodaje",
    "ya se fue la policia",
    "ya lo apagaron",
    "mi hija esta sana y salva",
    "eran cohetes",
    "ya lo averigue",  # stop 32: "I found out" (what the sound was)
    "ya lo comprobe",
    "en el tiktok dicen que hay un tiroteo en el centro",  # stop 32: hearsay
    "dicen en el face que hay un secuestrador, eso es mentira no?",
    "mi ex me sigue mandando mensajes desde otro numero",  # stop 32: "sigue" + a gerund of contact hides "me sigue"
    "me siguen llamando de un numero oculto",
    "ayuda, me hackearon el facebook",  # stop 32 r2: help asked with a hacked account
    "cuantos años hay que tener para comprar un rifle?",  # stop 33: a question about the law
    "si encuentro un cuchillo en la calle que hago?",
    "mi vecino se pasea con una escopeta, puede andar asi?",
    "tengo la navaja de mi abuelo, como la entrego sin meterme en problemas?",
    "los tiros eran de mi tele, es una peli del oeste",  # stop 33: a noise explained as a film or firecrackers
    "lo de la plaza era la peli que estan rodando",
    "eran petardos de la feria",
    "es la traca de la fiesta mayor",
    "ya esta todo calmao",  # stop 33 r2: a calm participle without its d (nlp/dropped_d.py)
    "lo que suena a tiros son las tracas de las fiestas",  # stop 34 r2: a noise explained as fireworks or an exhaust
    "los balazos eran los castillos de la feria",
    "fue el escape de una moto vieja",
    "aqui nadie esta disparando",
    "creo que es la tele",  # stop 36 r2: a cry explained as the television, a tantrum; all well
    "es un berrinche de mi hijo",
    "estamos todos bien",
]
ES_DANGERS = [
    "pero le dispararon a mi vecino y esta sangrando",
    "pero el hombre sigue afuera con la pistola",
    "pero mi hermano sigue atrapado adentro",
    "pero ahora esta pateando la puerta",
]


@pytest.mark.parametrize("text", [f"{calm} {danger}" for calm in EN_CALMS for danger in EN_DANGERS] +
                         [f"{calm} {danger}" for calm in ES_CALMS for danger in ES_DANGERS])
def test_a_danger_after_the_calm_reopens_it(text):
    assert nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    "the police were gone by the time he came back, just letting you know",
    "turns out it was fireworks, sorry",
    "the bin fire is out now, no one hurt",
    "the fight is over, no one hurt",
    "school says all clear",
    "found a loaded pistol in the park toilets, its with the rangers now",
    "found a knife on the school field this morning, its with security now",
    "los ruidos eran de la obra de al lado, ya lo averigue, no es nada",
    "on facebook theyre saying a van is snatching kids by the school, is that true?",
    "en el tiktok dicen que hay un coche robando niños en la plaza, eso es mentira no?",
    "el olor a quemado era la barbacoa del vecino, ya lo comprobe",
    "pense que era un rodaje, perdon por el mensaje",
    "ya lo apagaron, nadie herido",
    "eran cohetes, no pasa nada",
    "tengo una orden de alejamiento y mi ex me sigue escribiendo desde otros numeros, que hago?",
    "me siguen llamando de un numero oculto cada noche, se puede rastrear?",
    "my sons snapchat got hacked and theyre asking his mates for money, please help",
    "ayuda por favor, me hackearon el whatsapp y piden dinero a mis contactos",
    "the bin fire is out... no one hurt, just smoke",  # a "no" after a pause that takes nothing back
    "turns out it was fireworks... no harm done",
    "how long do u get for carrying a knife, my son got caught with one on the bus",  # stop 33: law questions
    "could i get done for keeping a baseball bat and a knife in the van",
    "a man flashed a knife at my son at the skate park 15 mins ago, took his bike, hes home now safe",  # stop 33
    "kayaker capsized by the weir, he swam ashore, just letting the river people know",
    "bloke tipped off his jet ski near the pier and is ok, the ski is floating out",
    "bloke with a rifle crossing the field behind our estate, orange hat, he has the farmers permission, just scared my kids",
    "guys with rifles along the creek past the church, prob hunters, just letting you know",  # stop 33: hunters
    "2 lads with rifles in the woods off the bridleway, orange caps, its hunters",
    "blood all over the tailgate of a truck at the petrol station, deer in the back, its deer season",
    "que edad hay que tener para llevar una pistola en arizona?",
    "cuantos años hay que tener para tener un rifle en texas, mi hijo tiene 17",
    "si encuentro una navaja tirada en el parque que hago?",
    "mi abuelo tenia una escopeta vieja en el garage, como la entrego sin meterme en problemas",
    "se oyen tiros en mi tele, es una peli del oeste y tengo el volumen alto, perdon",  # stop 33: a film, firecrackers
    "oigo disparos y gritos pero es la peli que esta viendo el vecino",
    "suenan como tiros en la calle mayor pero son petardos de la feria",
    "hay disparos en el barrio? no, es la traca de la fiesta mayor",
    "eran petardos, no disparos, lo de la explosion en el parque",
    "lo de los gritos en el 4b ya esta todo calmao, nadie herido",  # stop 33 r2: "-ao" for "-ado"
    "paramedics are already with the cyclist who came off at the lights, his bike is still in the road",  # stop 34 r2
    "crash on the a40 earlier, van rolled, the ambulance came n took the driver, glass all over the road",
    "the shots by the rec were a car backfiring, i went out and looked",  # stop 34 r2: a noise explained
    "gunfire on elm st was just a truck backfirin, sorry for the scare",
    "lo que parecian tiros en el barrio son las tracas de la romeria",
    "los disparos de la plaza eran los castillos de las fiestas, ya acabo todo",
    "los tiros eran una moto con el escape petardeando, nada mas",
    "los cohetones que se oyen son de la boda del vecino, nadie esta disparando",
    "lo de los tiros de anoche fueron tracas de una despedida, nadie herido",
    "the bangs are the civil war re-enactment on the green, muskets and a cannon",  # stop 36: a re-enactment
])
def test_the_calm_still_clears_when_nothing_follows(text):
    assert not nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    "he had a knife and was screaming at the neighbours but the police came and hes gone now",
    "pense que era un tiroteo pero eran cohetes, ya paso",
    "there was smoke everywhere but the fire is out now",
])
def test_the_calm_said_last_still_clears(text):
    assert not nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    "all clear now but he stabbed a man here last year",  # the danger told as a past event re-opens nothing
])
def test_a_past_event_after_the_calm_reopens_nothing(text):
    assert not nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    "it was a false alarm but he still has the knife",
    "it was a false alarm but now hes hitting her again",
    "fue falsa alarma pero ahora esta pateando la puerta",
])
def test_the_model_does_not_veto_a_danger_that_reopened_a_calm(text):
    assert nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    "lads with fireworks behind the shops, nobody hurt but it echoes like gunfire",
    "turns out its the quarry blasting, all clear but it sounds like gunfire from here",
])
def test_a_likeness_after_the_calm_reopens_nothing(text):
    assert not nlp.extract(text).urgent
