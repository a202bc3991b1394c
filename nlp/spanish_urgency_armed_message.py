"""A weapon or a harm coming today or tonight, told through a message, in Spanish (stop 38; used by
urgency_coming_tonight.py).

"el papa de mis niños me texteo q trae la 9mm y q llega en la noche a 'arreglar las cosas', ya viene manejando",
"dice en instagram que va a venir hoy en la noche con un cuete, ya esta en camino segun su story", "me estan mandando
mensajes diciendo que saben donde vivo y que esta noche vienen por mi": the message is told in the past, so the rules
read the threat as news of before; but the coming is now or tonight, with a weapon or to harm. Urgent when one sentence
holds a message, a coming or bringing, a time of now or tonight, and a weapon or a harm; never with a later day, the
past, a joke, a lawful or plain errand ("mañana", "el año pasado", "jaja", "a entregarla", "a recoger a los niños").
Like urgency_coming_tonight.py (its English side), it outranks a calm said elsewhere. Data
`es/urgency_armed_message.json`; gate: a message stem.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import DATA_DIR
from .urgency_gated import read_gated_patterns

ARMED_MESSAGE = "threat: armed and coming tonight"
SENTENCE_SPLIT_RE = re.compile(r"[.;!?\n]+")


@lru_cache(maxsize=1)
def _data() -> dict:
    return read_gated_patterns(DATA_DIR / "es" / "urgency_armed_message.json")


def armed_message_es(lowered: str) -> str | None:
    """ARMED_MESSAGE when a sentence of the lower-cased text tells of a message that someone comes armed or to harm
    now or tonight."""
    data = _data()
    if not any(word in lowered for word in data["gate"]):
        return None
    for sentence in SENTENCE_SPLIT_RE.split(lowered):
        message = data["message"].search(sentence)
        if message is None or data["not"].search(sentence) or not data["soon"].search(sentence):
            continue
        if data["coming"].search(sentence, message.start()) and \
                (data["weapon"].search(sentence) or data["harm"].search(sentence)):
            return ARMED_MESSAGE
    return None
