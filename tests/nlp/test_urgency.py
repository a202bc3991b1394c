"""Urgency rules (patterns/urgency.jsonl + nlp/urgency.py): an emergency in progress is urgent
with a short reason; talk about weapons, habits and past events is not."""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, reason_start", [
    ("they're stealing copper right now from the old church", "theft"),
    ("someone is stealing my bike", "theft"),
    ("he's got a gun", "weapon"),
    ("guy waving a knife at people by the bus stop", "weapon"),
    ("a guy threatening people with a baseball bat", "weapon"),
    ("there's a fight outside with knives", "weapon"),
    ("my neighbour is being beaten", "someone hurt"),
    ("a man is lying in the road not moving", "someone hurt"),
    ("someone's trying to get in my back door", "break-in"),
    ("two men trying to break in to the garages", "break-in"),
    ("someone trying the back door of number 12", "break-in"),
    ("the house opposite is on fire", "fire"),
    ("flames coming out of the flats on Elm St", "fire"),
    ("a car has been following me for 10 minutes", "someone followed"),
    ("a man is chasing her down the street", "someone followed"),
    ("there's a toddler in the road on his own", "child in danger"),
    ("baby left in a hot car outside Tesco", "child in danger"),
    ("he threatened to shoot me, he's outside now", "threat"),
    ("the gunman ran toward the park", "shots fired"),
    ("please help", "asked for help"),
    ("he collapsed, we need an ambulance", "someone hurt"),
    ("send an ambulance to the park", "asked for help"),
])
def test_emergencies_in_progress_are_urgent(text, reason_start):
    result = extract(text)
    assert result.urgent, text
    assert result.urgent_reason.startswith(reason_start), result.urgent_reason
    assert len(result.urgent_reason) < 60


@pytest.mark.parametrize("text", [
    "my neighbour sells guns out of his garage",
    "he posted pics with a rifle on his snapchat",
    "he owns a shotgun and a pistol",
    "shotgun shells left on the ground by the park",
    "my shed was broken into last week",
    "there was a fight outside the pub last night",
    "there are fights outside that pub every weekend",
    "someone stole copper from the church roof last month",
    "they smoke weed on the corner every night",
    "cars park across the fire station entrance",
    "thank you for your help",
    "he's always in a hurry in that van",
    "nobody was hurt",
    "he said he was stealing from work",
    "I was assaulted outside the station last Saturday",
    "an ambulance was parked outside the flats",
    "can you help me find who owns this car",
    "a man selling knives at the market right now",
    "someone keeps stealing parcels from porches on our road",
    "the kids are being loud in the park",
])
def test_weapon_talk_habits_and_the_past_are_not_urgent(text):
    result = extract(text)
    assert not result.urgent, (text, result.urgent_reason)
    assert result.urgent_reason is None


@pytest.mark.parametrize("text, reason_start", [
    ("need ambulance by the swings", "asked for help"),
    ("a bloke up on the multi storey with a shotgun", "weapon"),
    ("he's strapped, standing by the bins", "weapon"),
    ("man flashing a piece at the bus stop", "weapon"),
    ("two of them kicking a lad on the floor", "someone hurt"),
    ("my boyfriend is hitting me please come", "someone hurt"),
    ("guy not breathing in the stairwell", "someone hurt"),
    ("a man is forcing her into a car", "abduction"),
    ("my brother says he's going to kill himself", "suicide risk"),
    ("drunk driver getting into his car now outside the pub", "drink driver"),
    ("car swerving all over the motorway", "dangerous driver"),
    ("toddler on her own by the canal", "child in danger"),
    ("he says he will kill me, he won't leave", "threat"),
    ("someone downstairs in my house, I'm upstairs", "break-in"),
    ("the flats are in flames", "fire"),
])
def test_broader_emergencies_are_urgent(text, reason_start):
    result = extract(text)
    assert result.urgent, text
    assert result.urgent_reason.startswith(reason_start), result.urgent_reason


@pytest.mark.parametrize("text", [
    "knife crime meeting at the community centre on Thursday",
    "my son shot a video of the car",
    "fire alarm testing every Monday at 10",
    "just killing time while the car is fixed",
    "it's a dead end road so they turn round in our drive",
    "last week someone had a knife at the bus stop",
    "is it illegal to carry a knife for fishing",
    "there was a shooting on that corner in 2019",
    "they film drill videos with replica guns",
    "we were doing shots at the bar when he sold the coke",
    "the lad next door drink drives every weekend",
])
def test_idioms_talk_and_the_past_are_not_urgent(text):
    result = extract(text)
    assert not result.urgent, (text, result.urgent_reason)


def test_a_time_that_says_now_keeps_the_emergency_and_a_past_time_drops_it():
    assert extract("man with a knife outside the shop right now").urgent
    assert extract("hay un hombre con una pistola afuera ahora mismo").urgent  # a Spanish "now"
    assert not extract("a man with a knife outside the shop about 2am").urgent
    assert not extract("guy with a gun outside the chippy this morning").urgent


@pytest.mark.parametrize("text, reason_start", [
    # a violence verb in -ing is danger going on, whatever words surround it
    ("three lads menacing a bus driver with a spanner at the depot", "someone hurt"),
    ("some bloke headbutting a bouncer outside the club on Broad St", "someone hurt"),
    ("kids chasing a pensioner down the precinct", "someone hurt"),
    # a past violence verb with a sign of harm and a present cue
    ("quick, someone has glassed a lad at the bar, blood on the floor", "someone hurt"),
    # a present progressive makes a theft or threat happen now
    ("they are nicking the lead off the church roof", "theft"),
    # "just" makes a past cue recent
    ("my mate just got jumped by the underpass and hes bleeding", "someone hurt"),
    # a drunk word and a driving word, with a present cue
    ("my neighbour is absolutely hammered and about to drive the kids to school", "drink driver"),
])
def test_the_shape_of_the_sentence_finds_emergencies_no_phrase_lists(text, reason_start):
    result = extract(text)
    assert result.urgent, text
    assert result.urgent_reason.startswith(reason_start), result.urgent_reason


@pytest.mark.parametrize("text", [
    # a violence verb in the simple past with an object: a past event
    "the bloke in the blue cap assaulted a bouncer at the festival",
    "the man who punched my dad is called Tony",
    # the danger is over: a NOW before "all out now" is old news
    "bin fire on the corner 5 mins ago, it's all out now",
    "someone's car caught fire on the ring road, fire's out",
    # "now" meaning these days, a politeness "just", idioms
    "the lad who attacked my cousin now lives on Station Road",
    "just to let you know the guy who stabbed a lad in 2022 is out",
    "I'm dying to know who keeps nicking our bins",
    "the garage next door is fire damaged and empty",
    # weapon talk: carrying as a habit, a weapon hidden or used in the past
    "he carries a knife everywhere he goes",
    "the gun they used is hidden in the loft",
    # a question about a past event
    "my phone charger caught fire, is that a police matter?",
])
def test_past_events_resolved_dangers_and_talk_are_not_urgent(text):
    result = extract(text)
    assert not result.urgent, (text, result.urgent_reason)


@pytest.mark.parametrize("text, urgent", [
    ("kids kicking a ball against the garage doors", False),      # a violence verb at a thing
    ("lads kicking a homeless man in the doorway", True),         # at a person
    ("man swinging a spade at passing cars", True),               # with a weapon-like tool
    ("elderly man in his pyjamas wandering along the dual carriageway", True),  # someone vulnerable, exposed
    ("my elderly neighbour is confused about her bin day", False),
    ("a baby is alone in a car with the windows up", True),
    ("cyclist came off his bike on the hill, he sat up and is fine", False),  # resolved
    ("lads dropping slabs from the bridge onto the traffic", True),    # dropped onto anything
    ("men with machetes and crowbars outside the pub", True),          # plural weapons
])
def test_who_or_what_the_danger_is_aimed_at(text, urgent):
    assert extract(text).urgent is urgent, (text, extract(text).urgent_reason)


@pytest.mark.parametrize("text, urgent", [
    ("two cars racing up the bypass right now", True),               # racing with a NOW
    ("a red golf and a blue civic racing each other", False),        # racing, no NOW
    ("a dog is biting a kid in the park", True),                     # -ing violence at a person
    ("hes pushing her down the stairs", True),
    ("the plug socket is sparking in the kitchen", True),
    ("my friend just slit his wrists", True),
    ("someone is in the water by the lock and shouting", True),
    ("a man tried to get her into his car just now", True),
    ("my ex has locked me in the bedroom and its getting late", True),
    ("the council is threatening to take us to court over the fence", False),  # a threat of no violence
    ("not urgent, a man was stabbed near here in june", False),        # the tipster says it is not urgent
    ("the van that hit me last year was a white transit", False),     # a relative clause tells the past
    ("my uncle is stealing electric from the flat upstairs", False),
    ("theres a poster with a knife on it in the bus shelter, is that allowed", False),
])
def test_racing_violence_water_abduction_and_not_urgent_kinds(text, urgent):
    assert extract(text).urgent is urgent, (text, extract(text).urgent_reason)
