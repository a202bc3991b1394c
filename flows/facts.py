"""The facts the NLP found, as a draft keeps them: merged into the draft, said back to the
tipster only when confident, and whether they answer a question already."""
from __future__ import annotations

CONFIDENT = 0.75  # nlp.extraction.CONFIDENT: flows/ does not import the NLP package


def answered_by_facts(conv: dict, state: dict) -> bool:
    """Whether the draft's facts answer a question: at least ``facts_min`` (default 1) of its ``facts``."""
    names = state.get("facts") or []
    return bool(names) and sum(len(conv["facts"].get(name) or []) for name in names) >= state.get("facts_min", 1)


def describe(name: str, value: str, words: dict) -> str:
    """"plate HVM2207", "at 8th n poplar": a fact in a few words (``words``: the catalog's ``describe``)."""
    return words[name].format(value=value) if name in words else value


def confident(facts: dict, name: str, value: str) -> bool:
    """Whether the NLP is sure of a fact (``confidence`` below CONFIDENT: a guess, not said back)."""
    return (facts.get("confidence") or {}).get(name, {}).get(value, 1.0) >= CONFIDENT


def uncertain_plates(facts: dict) -> list[str]:
    return [v for v in facts.get("plates") or [] if not confident(facts, "plates", v)]


def merge_facts(conv: dict, facts: dict, field: str, words: dict) -> str:
    """Add one text's ``facts`` to the draft ``conv``, noting them as the ``field`` answer's;
    describe the new confident ones in a few words (people as one item; ``words``: the
    catalog's ``describe``). Uncertain plates are kept, and listed again under
    ``uncertain_plates`` for officers."""
    known = conv["facts"]
    fresh: list[str] = []
    people: list[str] = []
    for name in ("plates", "partial_plates", "vehicles", "locations", "times", "people"):
        for value in facts.get(name) or []:
            if value not in known.setdefault(name, []):
                known[name].append(value)
                mine = conv.setdefault("answer_facts", {}).setdefault(field, {})
                mine.setdefault(name, []).append(value)
                if not confident(facts, name, value):
                    if name == "plates":
                        known.setdefault("uncertain_plates", []).append(value)
                elif name == "people":
                    people.append(value)
                else:
                    fresh.append(describe(name, value, words))
    for plate, state in (facts.get("plate_states") or {}).items():
        known.setdefault("plate_states", {})[plate] = state
    described = [describe("people", ", ".join(people[:3]), words)] if people else []
    return ", ".join(fresh[:4] + described)
