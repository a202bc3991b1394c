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
