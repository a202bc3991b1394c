"""Stop 37: a weapon being brought to a place today or tonight is urgent (nlp/urgency_weapon_brought.py); a later
day, a lawful errand, a toy, the past or a question stays calm; Spanish
too. Texts invented for the test, none from the dev set."""
import pytest

import nlp

BROUGHT_NOW = [
    "bringing his dads gun to the party tonight",
    "lad at work says hes bringing his shotgun to the pub tonight to sort them out",
    "he is taking his brothers pistol to the match today",
    "kid on snapchat saying hes bringing a gun to school today",
    "my ex is coming over tonight with a knife he says",
    "someone posted theyre bringing a machete to the fight at the park later",
    "hes got his dads rifle and is taking it to the school this afternoon",
    "my son said jake is bringing a gun to the party tonight",
    "guy says hes bringing a blade to the club tonight",
    "my daughter says a boy in her year is bringing a knife into school today",
    "hes gonna bring his uncles gun to the club tonight, he wants to shoot the bouncer",
    "lads in the group chat saying theyre taking machetes to the park later for the fight",
    "my brother is carrying a blade to the match this afternoon",
    "heard a kid say hes bringing a gun to the prom tonite",
    "mi hijo dice que un chavo va a llevar una pistola a la escuela hoy",
    "un chico del instituto esta diciendo que va a traer una navaja al recreo ahora",
    "dicen en el grupo que van a llevar machetes a la fiesta esta noche",
    "mi primo va a llevar la pistola de su papa a la boda hoy en la noche",
    "el novio de mi hija dice que trae un cuchillo a la quinceañera al rato",
]
BROUGHT_CALM = [
    "my cousin said hes bringing a knife to school tomorrow",
    "he is bringing his dads gun to the range on saturday for a lesson",
    "bringing a cake to the party tonight",
    "my uncle brings his shotgun when we go shooting clays",
    "he brought a knife to school last year and got expelled",
    "is it legal to bring a gun to a party",
    "hes taking his rifle to the gunsmith today to get it cleaned",
    "my son is bringing his airsoft gun to his mates tonight lol",
    "can you bring a knife to a festival in the uk",
    "he brought a gun to the party last night but nobody was hurt",
    "taking the old shotgun to the police station today to hand it in",
    "mi esposo va a llevar la escopeta a la armeria hoy para que la limpien",
    "mañana mi hijo lleva un cuchillo de plastico a la obra de teatro",
    "se puede llevar una navaja al festival",
    "mi hermano llevo una pistola a la fiesta el año pasado",
    "va a llevar el pastel a la fiesta esta noche",
    "hoy van a llevar la comida a la fiesta, mi tio tiene un rifle de caza colgado en la pared",
]


@pytest.mark.parametrize("text", BROUGHT_NOW)
def test_danger_now_is_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", BROUGHT_CALM)
def test_calm_twin_stays_calm(text):
    assert not nlp.extract(text).urgent, text
