"""The calms read over the whole text after the rules (used by nlp/urgency.py): each drops the rules' reason and the
learned model's call alike, and none outranks a weapon aimed now or a person hurt now (urgency.urgency_judge reads
those first).

- urgency_debunked.py: a danger said, then denied by someone who looked ("I looked and its a big log");
- urgency_car_doors.py: car doors tried with nobody in danger (ANNOTATION.md, stop 33; stop 38);
- urgency_season_question.py: shots put down to a hunting season and asked about ("es normal?"; stop 38);
- urgency_police_here.py: a crime before now with the police already with the tipster (stop 38);
- urgency_dealt_with.py: help already there and handling it, or everyone fine now, nothing going on (stop 38, round 2);
- spanish_urgency_fire_out.py: a Spanish fire out, dying out, under control or planned, nobody at risk (stop 38);
- spanish_urgency_told_later.py: a Spanish danger days or more ago, its only now words about the telling (stop 38);
- spanish_urgency_missing_found.py: a Spanish missing person found, or located and asked about (stop 38);
- spanish_urgency_weapon_handed_in.py: a Spanish weapon found or left by the dead, to hand in (stop 38).
"""
from __future__ import annotations

from .spanish_urgency_fire_out import fire_out
from .spanish_urgency_missing_found import missing_found
from .spanish_urgency_told_later import told_later
from .spanish_urgency_weapon_handed_in import weapon_handed_in
from .spans import text_of
from .urgency_car_doors import car_doors_only
from .urgency_dealt_with import dealt_with
from .urgency_debunked import debunked
from .urgency_police_here import police_here
from .urgency_season_question import season_question


def calm_text(doc, cues: list, triggers: frozenset[str]) -> bool:
    """Whether one of the whole-text calms holds (`cues`, `triggers`: as urgency_debunked.debunked takes them)."""
    lowered = text_of(doc).lower()
    return debunked(doc, cues, triggers) or car_doors_only(lowered) or season_question(lowered) or police_here(lowered) or \
        dealt_with(lowered) or fire_out(lowered) or told_later(lowered) or missing_found(lowered) or weapon_handed_in(lowered)
