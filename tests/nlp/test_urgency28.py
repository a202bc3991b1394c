"""Urgency kinds of stop 28 (nlp/urgency_situations.py, nlp/urgency_kinds.py, patterns/urgency.jsonl, data/es/urgency.jsonl;
texts written for these tests, not taken from the dev files)."""
import pytest

from nlp import extract


def urgent(text: str) -> bool:
    return extract(text).urgent


@pytest.mark.parametrize("text", [
    "my brother is sending me texts saying hell kill himself if i dont come round, he does it every time",
    "my sister is getting texts from her ex saying hell kill himself if she blocks him, he does it every single time",
    "he is texting her that hell kill himself, he always says that",
    "mi prima esta recibiendo mensajes de su novio diciendo que se va a suicidar si lo deja, siempre dice eso",
])
def test_a_habit_closing_the_clause_is_no_news(text):
    assert not urgent(text)


@pytest.mark.parametrize("text", [
    "every time i go out he says hell kill himself, and now hes standing on the bridge railings",
    "my dad says he will kill himself tonight, hes got the rope ready now",
])
def test_a_habit_opening_a_clause_or_a_now_keeps_the_danger(text):
    assert urgent(text)


@pytest.mark.parametrize("text", [
    "mi tia se tomo todas las pastillas para dormir y no reacciona, ayuda",
    "mi hijo se trago todos los calmantes del botiquin y no respira bien",
    "rompieron todas las ventanas del coche de mi vecino y le estan pegando en la calle",
])
def test_a_quantifier_before_a_thing_is_no_habit(text):
    assert urgent(text)


@pytest.mark.parametrize("text", [
    "todas las noches los vecinos se pelean a gritos en el 3B",
    "cada sabado se juntan a beber en el parque y hacen ruido",
])
def test_a_quantifier_before_a_time_stays_a_habit(text):
    assert not urgent(text)


@pytest.mark.parametrize("text", [
    "my flatmate swallowed 40 paracetamol and locked herself in the bathroom at 12 kings road",
    "found my dad with 3 empty boxes of co-codamol next to him on the sofa, hes really sleepy",
    "my girlfriend just sent me a pic of empty packets of her antidepressants, she wont answer",
    "mi hermana se tomo como 40 pastillas para dormir, esta en su cuarto",
])
def test_an_overdose_told_by_what_was_taken(text):
    assert urgent(text)


@pytest.mark.parametrize("text", [
    "found 50 pills in a bag in my sons room, who do i give them to",
    "last year my brother took 30 paracetamol, can i get the name of the officer who helped us",
])
def test_pills_found_or_an_overdose_in_the_past_are_not_urgent(text):
    assert not urgent(text)


@pytest.mark.parametrize("text", [
    "somebody has left a baby in a pram outside the launderette on mill lane and its snowing, no parents anywhere",
    "the dog next door has been tied up on the balcony all day in this heat, no shade",
    "a horse has been left in the top field with no shelter and its minus 6 tonight",
    "dejaron a un perrito amarrado afuera de la tienda de la calle 5 y hace un frio tremendo",
])
def test_a_child_or_an_animal_left_out_in_the_weather(text):
    assert urgent(text)


@pytest.mark.parametrize("text", [
    "yesterday someone left a puppy tied to the fence in the snow, the rspca took it, can you find who did it",
    "the kids left the gate open and its freezing, can someone tell the council",
    "turned left at the lights and the dog was barking, its sunny out",
])
def test_leaving_words_without_the_scene_now_are_not_urgent(text):
    assert not urgent(text)


@pytest.mark.parametrize("text", [
    "my wife has gone into labour in the back of the car, we're stuck in traffic on the m62 near junction 26",
    "my sister is in labour at home and the contractions are 1 min apart, what do we do",
    "mi esposa esta de parto en la casa y no llega nadie, estamos en la calle ocho 455",
])
def test_someone_in_labour_with_no_care_at_hand(text):
    assert urgent(text)


@pytest.mark.parametrize("text", [
    "my wife is in labour at the hospital and someone has blocked me in the car park, silver golf",
    "my daughter went into labour last week, can i change the address on my report",
])
def test_labour_with_care_or_in_the_past_is_not_urgent(text):
    assert not urgent(text)


@pytest.mark.parametrize("text", [
    "my mate just rang, her husband is heading over to her flat with his shotgun, he set off about 20 mins ago, 3 elm court",
    "my dad says hes on his way round with a hunting knife to sort my boyfriend out, he left the pub an hour ago",
])
def test_someone_on_the_way_with_a_weapon(text):
    assert urgent(text)


@pytest.mark.parametrize("text", [
    "my brother is coming over tomorrow with his shotgun to show my dad, is that legal in the car",
    "last week my ex said he was coming round with a knife, i want to report it for my records",
])
def test_a_weapon_on_the_way_for_a_later_day_or_in_the_past_is_not_urgent(text):
    assert not urgent(text)


@pytest.mark.parametrize("text", [
    "2 men just shoved a young lad into the back of a silver van outside the chippy on high st, hes screaming",
    "2 lads just chucked a teenager in the boot of a grey golf on mill road",
    "men bundled a woman into a people carrier on station road, reg started LK",
    "un tipo acaba de meter a una muchacha en una camioneta gris a la salida del metro",
])
def test_someone_forced_into_a_vehicle(text):
    assert urgent(text)


@pytest.mark.parametrize("text", [
    "a man pushed his shopping trolley into my car in the tesco car park last night and drove off",
    "my son pulled the dog into the car, how do i report a lost collar",
])
def test_things_pushed_into_a_car_are_no_abduction(text):
    assert not urgent(text)


@pytest.mark.parametrize("text", [
    "hay un señor tirado en la banqueta de la calle 8, ya esta bien morado y no respira bien",
])
def test_bien_before_an_adjective_is_no_calm(text):
    assert urgent(text)


@pytest.mark.parametrize("text", [
    "el señor que se cayo en la calle 8 ya esta bien, gracias, ya se fue a su casa",
])
def test_ya_esta_bien_with_a_calm_after_stays_a_calm(text):
    assert not urgent(text)


@pytest.mark.parametrize("text", [
    "red astra flying on the wrong side of the a38 towards bodmin, nearly took out 2 cars",
    "black suv going north on the wrong side of route 9 by the school",
])
def test_a_vehicle_moving_on_the_wrong_side_of_a_road(text):
    assert urgent(text)


@pytest.mark.parametrize("text", [
    "a white van is always parked on the wrong side of the road outside number 12, who do i tell",
])
def test_a_car_parked_on_the_wrong_side_is_not_urgent(text):
    assert not urgent(text)


@pytest.mark.parametrize("text", [
    "un señor se lo acaba de llevar al niño del parque de la calle 3 en un carro azul",
])
def test_someone_taken_just_now_in_spanish(text):
    assert urgent(text)
