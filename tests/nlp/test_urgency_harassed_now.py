"""Stop 39: someone touched, grabbed, filmed or followed again and again now where they cannot get away
("keeps" read as a habit before; nlp/urgency_harassed_now.py).
Texts invented for the test (about ten variants of the kind and its near misses), none from the dev set."""
import pytest

import nlp

DANGER_NOW = [
    "a man on the bus keeps touching my daughter and wont stop, hes sat next to her now, number 7 bus",
    "guy on the tube keeps grabbing my bum, im on the northern line train heading to camden",
    "this man in the carriage keeps rubbing against me and wont move, train just left york",
    "bloke in the seat behind me keeps putting his hand on my shoulder, im scared, on the 18:20 to leeds",
    "a man keeps following my daughter round the shopping centre and hes right behind her now",
    "fella at the bar keeps grabbing my friend and wont let her go, the bouncers arent doing anything",
    "man on the train keeps filming me and sitting closer, im on the 9:15 from brighton",
    "drunk lad keeps pushing my son on the platform at euston, hes getting aggressive",
    "a guy keeps following me down the high street and wont go away",
    "old man keeps trying to touch the kids in the play park on station road, hes there now",
]
CALM = [
    "a man kept touching my leg on the train last week, i want to report it",
    "my neighbour keeps parking over my drive, can someone have a word",
    "someone keeps following my instagram and unfollowing, its annoying",
    "a lad keeps touching my car in the car park every morning, leaving marks",
    "kids keep pushing leaflets through my door every day",
]


@pytest.mark.parametrize("text", DANGER_NOW)
def test_harassed_now_is_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", CALM)
def test_a_habit_or_the_past_stays_calm(text):
    assert not nlp.extract(text).urgent, text
