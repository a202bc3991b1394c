"""Stop 35 (round 2) English urgency kinds: each danger with a calm twin that must stay calm. Texts invented for the
test, none from the dev set."""
import pytest

import nlp

# someone in the water or through the ice now, trapped under something, or who cannot be woken
IN_DANGER_NOW = [
    "man overboard from the ferry slipway at portree, hes waving his arms",
    "the canoe tipped at the weir in bakewell and 3 lads are in the water",
    "my nephew and his dog went out on the frozen loch, the ice broke, both in the water",
    "trawler crew member fell overboard off the north pier, we can see him",
    "the wall of the barn came down in the storm and my grandad is under the rubble",
    "the tractor slid off the bank and its on top of him, he is shouting",
    "found my flatmate on the bathroom floor, we cant wake him",
    "my sister took something at the party and cant keep her eyes open",
    "my mum swallowed a load of her oxy, shes drowsy",
    "she necked her whole diazepam box and is being sick",
]
IN_DANGER_CALM = [
    "the boats are back on the trailer and nobody is in the water now, all fine",
    "last summer a lad fell overboard off the pier but he was fine",
    "lorry stuck under the railway bridge again, driver fine, just letting you know",
    "my grandad takes his oxy every morning with breakfast",
]

# someone lost or wandered off, exposed to the dark or the cold
LOST_EXPOSED = [
    "my son rang from the hill above glencoe, hes lost in the dark and his phone is dying",
    "the walkers are lost on the mountain and their torch has died",
    "mum with alzheimers walked out the care home, its pitch black and no coat",
    "grandad missing on the hill since lunch, its minus 2 now",
]
LOST_CALM = [
    "we got lost in the dark last winter on the moor, is there a map of the paths",
    "the care home had a power cut last night and it was pitch black, all sorted now",
]


@pytest.mark.parametrize("text", IN_DANGER_NOW + LOST_EXPOSED)
def test_danger_now_is_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", IN_DANGER_CALM + LOST_CALM)
def test_calm_twin_stays_calm(text):
    assert not nlp.extract(text).urgent, text


# calms: a question about the law, shots or smoke explained as lawful, a thing (not a person) gone missing
CALMS = [
    "am i breakin the law if i keep a hunting knife in the glovebox",
    "theres a man with a sword in the flat upstairs, not sure if thats illegal",
    "heard shots over the fields behind the farm, its opening day of deer season so thats it",
    "2 blokes with shotguns on the marsh shooting ducks, i asked them, no need to send anyone",
    "big smoke cloud over the moor, the fire district said its a burn they planned",
    "my daughters phone went missing on the school trip, shes only 12 and gutted, can it be traced",
    "my mobile has gone missing from my locker at the gym",
]
# their dangerous twins: the same scenes with a person at risk or a weapon used now
CALM_TWINS_URGENT = [
    "my daughter went missing on the school trip, shes only 12 and not answering",
    "a man is waving a sword at people outside the flats upstairs right now",
    "shots fired at the farmhouse right now, hes shooting at the windows",
]


@pytest.mark.parametrize("text", CALMS)
def test_calm_kind_stays_calm(text):
    assert not nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", CALM_TWINS_URGENT)
def test_calm_kind_twin_is_urgent(text):
    assert nlp.extract(text).urgent, text


# a child on a rail line, a roundabout or scaffolding now; the calm twin: the same place, no child or no now
CHILD_IN_DANGER = [
    "a little lad on a scooter going round the roundabout by tesco, cars having to brake, hes still there now",
    "kids playing on the train line behind the estate right now",
    "a wee boy climbing the scaffolding on the church right now, no adult",
]
CHILD_CALM = [
    "the council should fence off the train line behind the estate, kids used to play there years ago",
    "workmen on the scaffolding on the church every day making noise from 7am",
]


@pytest.mark.parametrize("text", CHILD_IN_DANGER)
def test_child_in_danger_now(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", CHILD_CALM)
def test_child_place_calm(text):
    assert not nlp.extract(text).urgent, text


# a snatch "few mins ago" (no article), someone on a ledge, someone fallen who cannot be lifted; calm twins: the same told
# as a report after the fact
FALLEN_SNATCHED = [
    "phone snatched out my hand by a lad on a moped outside the co-op few mins ago",
    "climber stuck on a ledge above the quarry, its getting windy",
    "my neighbour has fallen in the garden and we cant lift him, hes 88",
]
FALLEN_SNATCHED_CALM = [
    "phone snatched out my hand by a lad on a moped outside the co-op last tuesday, have a crime ref",
    "pigeons nesting on a ledge above the shop door again every spring, who do i ring",
]


@pytest.mark.parametrize("text", FALLEN_SNATCHED)
def test_fallen_or_snatched_now(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", FALLEN_SNATCHED_CALM)
def test_fallen_or_snatched_calm(text):
    assert not nlp.extract(text).urgent, text


# an attempt to take a child minutes ago; the calm twin: the same attempt told last month
ATTEMPT_NOW = ["a man tried to grab my daughter outside the leisure centre 5 mins ago, grey van, she ran"]
ATTEMPT_CALM = ["a man tried to grab my daughter outside the leisure centre last month, the school already knows"]


@pytest.mark.parametrize("text", ATTEMPT_NOW)
def test_attempt_now(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", ATTEMPT_CALM)
def test_attempt_calm(text):
    assert not nlp.extract(text).urgent, text


# a fire told as "ablaze", shots as a gun being unloaded; calm twins: the past, talk about a gun
ABLAZE_UNLOADING = [
    "the hay barn at the end of our lane is ablaze and the wind is taking it to the houses",
    "a lad unloading a pistol into the air outside the chippy, people running",
]
ABLAZE_UNLOADING_CALM = [
    "the hay barn at the end of our lane was ablaze last summer, are the owners ever getting charged",
    "is it legal to own a semi auto rifle in the uk",
]


@pytest.mark.parametrize("text", ABLAZE_UNLOADING)
def test_ablaze_or_unloading_now(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", ABLAZE_UNLOADING_CALM)
def test_ablaze_or_unloading_calm(text):
    assert not nlp.extract(text).urgent, text
