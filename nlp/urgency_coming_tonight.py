"""A threat to come round tonight, told through a message (stop 37 round 2; used by nlp/urgency.py).

"he texted me saying hes coming round tonight to sort me out", "got a voice note off him, says hes coming to mine
tonight to teach me a lesson": the message is told in the past ("texted"), so the rules read the threat as news of
before and the learned model reads texting as harassment to report; but the coming is tonight, and the harm is to the
tipster. Urgent when one sentence holds a message, a coming, a time of now or tonight and a harm, unless it holds the
past, a later day or a joke ("last month", "never did", "next week", "lol"). An errand is no harm ("coming round
tonight to sort out the boiler", "to pick up the kids"). Data `urgency_coming_tonight.json`. Gate: a message word.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .spanish_urgency_armed_message import armed_message_es
from .urgency_gated import read_gated_patterns

COMING_TONIGHT = "threat: coming round tonight"
DATA = Path(__file__).resolve().parent / "data" / "urgency_coming_tonight.json"
SENTENCE_SPLIT_RE = re.compile(r"[.!?\n]+")


@lru_cache(maxsize=1)
def _data() -> dict:
    return read_gated_patterns(DATA)


def coming_tonight(lowered: str) -> str | None:
    """COMING_TONIGHT when a sentence of the lower-cased text tells of a message that someone comes tonight to harm."""
    data = _data()
    if not any(word in lowered for word in data["gate"]):
        return armed_message_es(lowered)  # the Spanish side (spanish_urgency_armed_message.py)
    for sentence in SENTENCE_SPLIT_RE.split(lowered):
        message = data["message"].search(sentence)
        if message is None or data["not"].search(sentence) or not data["soon"].search(sentence):
            continue
        coming = data["coming"].search(sentence, message.start())
        if coming is not None and data["harm"].search(sentence, coming.end()):
            return COMING_TONIGHT
    return armed_message_es(lowered)
