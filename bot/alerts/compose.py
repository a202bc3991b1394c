"""Reading an officer's ALERT command and writing the text subscribers get.

    ALERT <scheme|ALL> [<radius> <postcode|ZIP>] [#category ...] <text>
    ALERT FARMWATCH 5km BA3 5QE #livestock Cattle loose on the A362 near Farrington Gurney

The text people receive is the officer's text (made plain GSM-7) + the incident
reference + the force's contact line + how to leave. Every mistake is reported
as a BadAlert whose message is the reply.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field

from bot.alerts import geo, schemes
from bot.messaging.segments import MAX_BODY_CHARS, count_segments, to_gsm7
from bot.store import keys


class BadAlert(ValueError):
    pass


@dataclass
class Draft:
    schemes: list[str]                 # scheme keywords
    categories: list[str] = field(default_factory=list)
    radius_m: float | None = None
    place: geo.Place | None = None
    text: str = ""

    def where(self) -> str:
        if self.place is None:
            return "whole force area"
        return f"within {geo.describe_radius(self.radius_m)} of {self.place.code}"


USAGE = ("Use: ALERT <scheme or ALL> [<radius> <postcode or ZIP>] [#category] <text>, e.g. "
         "ALERT FARMWATCH 5km BA3 5QE Cattle loose on the A362")


def parse(args: str, cfg: dict) -> Draft:
    words = args.split()
    if not words:
        raise BadAlert(USAGE)
    if words[0].upper() == "ALL":
        draft, rest = Draft([s.keyword for s in schemes.all_schemes()]), words[1:]
    else:
        scheme, rest = _scheme_prefix(words)
        if scheme is None:
            raise BadAlert(f"Unknown scheme {words[0][:20].upper()}. {schemes.menu()} Or ALL.")
        draft = Draft([scheme.keyword])
    rest = _read_area(draft, rest, cfg)
    rest = _read_categories(draft, rest)
    draft.text = to_gsm7(" ".join(rest)).strip()
    if not draft.text:
        raise BadAlert("The alert has no text. " + USAGE)
    return draft


def _scheme_prefix(words):
    for n in (2, 1):
        if len(words) >= n and (scheme := schemes.find("".join(words[:n]))):
            return scheme, words[n:]
    return None, words


def _read_area(draft: Draft, words: list[str], cfg: dict) -> list[str]:
    if words and geo.is_radius_word(words[0]):
        try:
            draft.radius_m = geo.parse_radius(words[0], cfg["ALERT_MAX_RADIUS_KM"], cfg["ALERT_MIN_RADIUS_M"])
        except geo.BadRadius as exc:
            raise BadAlert(str(exc)) from None
        rest = words[1:]
        for n in (2, 1):  # "BA3 5QE" or "BA35QE" / "10001"
            candidate = " ".join(rest[:n])
            if len(rest) >= n and geo.looks_like_place(candidate):
                try:
                    draft.place = geo.locate(candidate)
                except geo.BadPlace as exc:
                    raise BadAlert(str(exc)) from None
                return rest[n:]
        raise BadAlert(f"After the radius, give a postcode or ZIP, e.g. {words[0]} BA3 5QE.")
    for n in (2, 1):
        if len(words) >= n and geo.looks_like_place(" ".join(words[:n])):
            raise BadAlert(f"Give a radius before the postcode, e.g. 5km {' '.join(words[:n]).upper()}.")
    return words


def _read_categories(draft: Draft, words: list[str]) -> list[str]:
    allowed = {c for kw in draft.schemes for c in schemes.get(kw).categories}
    while words and words[0].startswith("#"):
        cat = schemes.normalise_category(words[0])
        if cat not in allowed:
            raise BadAlert(f"Unknown category #{cat}. Categories: {', '.join(sorted(allowed))}.")
        draft.categories.append(cat)
        words = words[1:]
    return words


def contact_line(cfg: dict) -> str:
    return cfg.get("ALERT_CONTACT_LINE") or (
        f"{cfg['FORCE_NAME']}: call {cfg['NON_EMERGENCY_CONTACT']}, or {cfg['EMERGENCY_NUMBER']} in an emergency.")


def compose(draft: Draft, incident: str, cfg: dict) -> str:
    if len(draft.schemes) == 1:
        scheme = schemes.get(draft.schemes[0])
        head, leave = f"{scheme.name} alert", f"Reply LEAVE {scheme.keyword} or STOP to stop these alerts."
    else:
        head, leave = f"{cfg['FORCE_NAME']} alert", "Reply LEAVE ALL or STOP to stop these alerts."
    body = f"{head}: {draft.text} Ref: {incident}. {to_gsm7(contact_line(cfg))} {leave}"
    if len(body) > MAX_BODY_CHARS:
        over = len(body) - MAX_BODY_CHARS
        raise BadAlert(f"The alert is too long by {over} characters (the limit is {MAX_BODY_CHARS} with the "
                       "reference and contact line). Please shorten it.")
    return body


def new_incident(redis, cfg: dict, now: float | None = None) -> str:
    day = time.strftime("%Y%m%d", time.gmtime(now or time.time()))
    n = redis.incr(keys.incident_seq(day))
    redis.expire(keys.incident_seq(day), 3 * 86400)
    return f"{cfg['ALERT_INCIDENT_PREFIX']}-{day}-{n}"


def segments(body: str) -> int:
    return count_segments(body)
