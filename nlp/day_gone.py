"""A day written with "gone" after it is the day just past, and "gone" belongs to it: "saturday gone", "friday just
gone" (nlp/devset/ANNOTATION.md "Times", stop 36: a loose past time keeps its "back"/"gone", `"saturday gone"`).
"the van on saturday had gone" keeps its bare day.
"""
from __future__ import annotations

from spacy.tokens import Doc

DAY_HEADS = frozenset("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed weds thu thur thurs fri "
                      "sat sun weekend".split())


def gone_end(doc: Doc, end: int) -> int:
    """`end` moved past "gone" or "just gone" right after a day that ends a time."""
    if not end or doc[end - 1].lower_ not in DAY_HEADS or end >= len(doc):
        return end
    if doc[end].lower_ == "gone":
        return end + 1
    if doc[end].lower_ == "just" and end + 1 < len(doc) and doc[end + 1].lower_ == "gone":
        return end + 2
    return end
