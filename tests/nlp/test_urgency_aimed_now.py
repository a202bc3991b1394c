"""Stop 37: a weapon aimed, fired or swung at people now outranks every calm (nlp/urgency_aimed_now.py): a season of any
game, a range, "usually nothing", a habit in another clause. The calm texts of the same words (shots at game, a range,
a toy, the past, a habit) stay calm, and the wider season calms (patterns/urgency.jsonl) are tested against danger-now
texts of each calm kind. Texts invented for the test, none from the dev set."""
import pytest

import nlp

AIMED_NOW = [
    "man pointing a rifle at hikers right now, its deer season but hes aiming at people",
    "its elk season but hes aiming at people on the trail",
    "guy on the ridge shooting toward the campsite rn, i know its duck season but the shots are hitting near the tents",
    "theres a shooting range next door but this guy is pointing his gun at kids in the park now",
    "usually nothing happens here but a man is waving a pistol at the bus queue right now",
    "its pheasant season but he just fired at my dad across the field",
    "bloke with a shotgun aiming at walkers by the reservoir, hunting season yes but hes pointing it at people",
    "its turkey season i know but someone is shooting at cars on route 9 right now",
    "range is open today but one guy turned round and is pointing his rifle at the other shooters",
    "its usually just kids messing about but tonight a man is threatening people with a machete outside the shop",
    "hunting season but some guy is firing at houses on elm st rn",
    "its deer season but a man is shooting at people from his truck",
    "its elk season but someone just got shot in the car park, hes bleeding",
    "theres a shooting range nearby but a man is shooting at cars on the bypass right now",
    "its pheasant season but theres a guy with a shotgun pointing it at the school bus",
    "goose season is open but the bloke is firing toward the houses on lake rd",
    "its grouse season but my neighbour has a gun to his wifes head right now",
    "drunk guy on the county road with a rifle aimin at every car that passes",
    "a car just drove past sprayin bullets at the flats on grove st",
    "bloke swinging a tire iron at the cashier in the garage shop",
    "gunman just opened fire on the crowd outside the stadium",
    "its deer season but a man has been shot in the leg by the trailhead and is bleeding bad",
    "usually nothing round here but theres a man chasing someone with a knife right now",
    "theres a shooting range nearby but someone just got shot in the car park, hes on the ground",
    "the bangs are usually nothing but a woman is screaming for help now",
    "its duck season but some idiot is firing his shotgun at the boats on the lake",
    "its the range but a guy walked out the gate pointing his pistol at traffic",
    "turkey season started, but a hunter is aiming his rifle at my kids in our yard",
    "range day today but a member has turned his gun on the instructor",
    "bloke in the chippy just pulled a knife on the lad behind the counter",
    "they said its an airsoft game but one guy is pointing a real pistol at people in the car park",
    "its just a game they play but tonight the lad is aiming an actual shotgun at his mates",
    "paintball place next door but a man is firing a real rifle at the cars on the road, its not a toy",
    "usually nothing, its a quiet street, but a guy is pointing a gun at my neighbour right now",
    "its only the game on tv usually but now theres a man outside shooting at people",
    "my mate posted online hes aiming his dads gun at people outside the school right now",
]
AIMED_CALM = [
    "hearing gunshots in the woods behind the house, its deer season so probably hunters",
    "shots going off up on the hill, its elk season",
    "lots of shooting noise near the lake, duck season is open",
    "gunfire from the quarry, theres a shooting range there",
    "bangs from the field again, usually nothing, its pheasant season",
    "guys in orange with rifles walking the treeline, hunting season so prob fine",
    "heard a few shots from the ridge this morning, its turkey season",
    "gun shots near the range all afternoon, usually nothing",
    "kids waving at me from the bus every morning",
    "hunters aiming at ducks by the lake, its duck season",
    "what do i do if someone is pointing a gun at me",
    "last week a guy was pointing a gun at people outside the bar",
    "the kids are shooting nerf guns at each other in the garden",
    "he pointed a gun at me yesterday and i want to report it",
    "film crew shooting at the park with fake guns",
    "lads shooting at goal on the school field",
    "a guy at the range was aiming at the targets, all fine",
    "my neighbour keeps pointing his security camera at my house",
    "loud bangs in the forest all morning, its grouse season",
    "heard rifle shots near the farm, moose season is open",
    "lots of gunshots out past the creek, its boar season so",
    "fella on elm rd keeps threatening the neighbours with a machete",
    "farmer out every evening aiming his shotgun at the crows",
    "kids spraying graffiti on the train cars at the depot, 4 of them",
    "heard shots, its deer season, nobody seems bothered",
    "gunfire from the range again, its loud but thats normal",
    "its elk season so theres lots of shooting on the mountain, just letting you know",
    "range is open till 6, the bangs are the pistol club",
    "duck season so the lake is full of hunters firing at the ducks at dawn",
    "usually nothing but i heard a bang this morning, probably a car",
    "he pulled a knife on me last year and im scared hes out now",
    "lads playing airsoft in the woods, aiming at each other",
    "paintball party in the field, kids shooting at each other",
    "its a game, they are pointing nerf guns at each other",
    "usually nothing, probably a car backfiring",
    "its only a game of call of duty, hes shooting at people playing online",
]


@pytest.mark.parametrize("text", AIMED_NOW)
def test_danger_now_is_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", AIMED_CALM)
def test_calm_twin_stays_calm(text):
    assert not nlp.extract(text).urgent, text
