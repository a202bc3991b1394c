"""A tip's related tips: others sharing a plate (or a partial plate consistent with it),
a place, a postcode/ZIP or one within RELATED_RADIUS_M of it, or a phone number typed in
the text, each with why, strongest first (the console's tip page). Read from the search
indexes bot.tipline.index writes; the reasons are plain English patterns the console
says in the staff member's language (bot.console.tips.reason_text)."""
from __future__ import annotations

from dataclasses import dataclass, field

from bot.store import keys
from bot.tipline.index import terms
from bot.tipline.index_search import Query, partials_containing, plate_fragments, plates_containing, search

RELATED_RADIUS_M = 400
PER_TERM = 50               # newest tips read per shared term


@dataclass
class Relation:
    tip_id: str
    score: float                                  # when the other tip was started
    reasons: list[str] = field(default_factory=list)
    weight: int = 0


_WEIGHTS = {"plate": 10, "phone": 9, "partial": 6, "code": 6, "near": 4, "place": 3}


def related(redis, tip_id: str, limit: int = 20) -> tuple[list[Relation], int]:
    """Other tips sharing a plate (or a partial plate consistent with it), a place (the same
    normalised place or postcode, or within RELATED_RADIUS_M of its postcode/ZIP) or a phone
    number typed in the text, each with why; strongest first. Returns (relations, how many in all)."""
    mine = terms(redis, tip_id)
    found: dict[str, Relation] = {}
    asks: list[tuple[str, str, str]] = []          # (key, kind, reason)

    for term in mine:
        kind, value = term[:1], term[2:]
        if kind == "p":
            asks.append((keys.tip_index(term), "plate", f"same plate {value}"))
            for fragment in plate_fragments(value):
                asks.append((keys.tip_index(f"q:{fragment}"), "partial",
                             f"partial plate {fragment} fits {value}"))
        elif kind == "q":
            asks.append((keys.tip_index(term), "partial", f"same partial plate {value}"))
            for plate in plates_containing(redis, value, cap=PER_TERM):
                asks.append((keys.tip_index(f"p:{plate}"), "partial", f"plate {plate} fits partial plate {value}"))
            for other in partials_containing(redis, value, PER_TERM):
                asks.append((keys.tip_index(f"q:{other}"), "partial",
                             f"partial plates {value} and {other} agree"))
            for fragment in plate_fragments(value):
                asks.append((keys.tip_index(f"q:{fragment}"), "partial",
                             f"partial plates {value} and {fragment} agree"))
        elif kind == "l":
            asks.append((keys.tip_index(term), "place", f"same place: {value.title()}"))
        elif kind == "c":
            asks.append((keys.tip_index(term), "code", f"same {'ZIP code' if value.isdigit() else 'postcode'} "
                                                       f"{value}"))
        elif kind == "n":
            asks.append((keys.tip_index(term), "phone", f"same phone number in the text (ending {value[-4:]})"))
    pipe = redis.pipeline(transaction=False)
    for key, _, _ in asks:
        pipe.zrevrange(key, 0, PER_TERM - 1, withscores=True)
    for (key, kind, reason), members in zip(asks, pipe.execute()):
        for member, score in members:
            _relate(found, member.decode(), score, kind, reason, tip_id)
    places = [t for t in mine if t.startswith("l:")]
    for term, is_common in zip(places, redis.smismember(keys.TIP_COMMON, places) if places else []):
        if is_common:   # no key of its own: the newest tips with it, by a scan
            page = search(redis, Query(common=(term,)), limit=PER_TERM + 1)
            for other in page.ids:
                _relate(found, other, page.scores[other], "place", f"same place: {term[2:].title()}", tip_id)
    if any(t.startswith("g:") for t in mine):
        _near(redis, tip_id, mine, found)
    ranked = sorted(found.values(), key=lambda r: (r.weight, r.score), reverse=True)
    return ranked[:limit], len(ranked)


def _relate(found: dict, other: str, score: float, kind: str, reason: str, me: str) -> None:
    if other == me:
        return
    rel = found.setdefault(other, Relation(other, score))
    if reason not in rel.reasons:
        rel.reasons.append(reason)
        rel.weight += _WEIGHTS[kind]


def _near(redis, tip_id: str, mine: list[str], found: dict) -> None:
    my_codes = {t[2:] for t in mine if t.startswith("c:")}
    try:
        hits = redis.geosearch(keys.TIP_GEO, member=tip_id, radius=RELATED_RADIUS_M, unit="m", sort="ASC",
                               count=PER_TERM, withdist=True)
    except Exception:   # the tip's position was removed meanwhile
        return
    others = [(m.decode(), dist) for m, dist in hits if m.decode() != tip_id]
    if not others:
        return
    pipe = redis.pipeline(transaction=False)
    for other, _ in others:
        pipe.hkeys(keys.tip_terms(other))
        pipe.zscore(keys.TIPS_RECEIVED, other)
    replies = pipe.execute()
    for n, (other, dist) in enumerate(others):
        codes = sorted(t.decode()[2:] for t in replies[2 * n] if t.startswith(b"c:"))
        score = replies[2 * n + 1]
        if score is None:
            continue
        if my_codes & set(codes):
            continue       # the same postcode says it already
        where = f" ({', '.join(codes[:2])})" if codes else ""
        _relate(found, other, score, "near", f"about {_round_m(dist)} m away{where}", tip_id)


def _round_m(dist) -> int:
    d = float(dist)
    return int(round(d / 10.0) * 10) if d >= 10 else int(round(d))
