"""An "earlier" that only points back to the texter's own message, report or call places no event
(nlp/devset/ANNOTATION.md "Times", decided at stop 38): "ignore my earlier msg", "its the lady from earlier",
"sorry for the report earlier", "i rang earlier about the horse" give no time; "smashed my window earlier" and
"saw him earlier today" keep theirs. The words are data: nlp/data/en/own_message_earlier.json.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from .lexicon import word_sets


@lru_cache(maxsize=None)
def own_message_words() -> dict[str, frozenset[str]]:
    return word_sets("en/own_message_earlier.json")


def own_message_earlier(doc: Doc, span: Span, words: frozenset[str]) -> bool:
    """True when `span` is a bare "earlier" that points back to the texter's own message, report or call."""
    if "earlier" not in words or span.end - span.start != 1 or doc[span.start].lower_ != "earlier":
        return False
    w = own_message_words()
    i = span.start
    before = doc[i - 1].lower_ if i else ""
    after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    if after in w["messages"] or before in w["messages"]:
        return True   # "my earlier msg", "re my earlier text", "the report earlier", "my call earlier"
    if before == "from" and after not in w["time_after"]:
        # "its the lady from earlier", "the guy from earlier is back", "my report from earlier"; "the barn fire from
        # earlier" is the event's own time (not "from earlier today" either)
        heads = {token.lower_ for token in doc[max(0, i - 4):i - 1]}
        return not heads.isdisjoint(w["from_heads"]) or not heads.isdisjoint(w["messages"])
    # "i rang earlier", "we called yous earlier", "i texted u earlier about": the texter's own call
    for j in range(max(0, i - 4), i):
        if doc[j].lower_ in w["sent_verbs"] and j and doc[j - 1].lower_ in w["senders"]:
            return True
    return False
