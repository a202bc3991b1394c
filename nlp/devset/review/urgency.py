"""Urgency of similar texts, by kind: shots heard, someone at the door/trying to get in, past event, habit, joke."""
import collections
import re
import sys

import load

rows = load.load(load.EN)
NOW = r"\b(rn|right now|now|atm|just now|as we speak|as i type|at the minute|currently|still|hurry|quick|help|please|happening|in progress|just (?:seen|heard|went|got|smashed|pulled|ran|been|now))\b"
PAST = r"\b(yesterday|last (?:night|week|month|year|sat|saturday|sunday|monday|tuesday|wednesday|thursday|friday|weekend|term|nite|summer)|ago|the other day|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|weeks? back|in (?:19|20)\d\d|back in|earlier|over the weekend|happened|was (?:shot|stabbed)|got (?:shot|stabbed))\b"
HABIT = r"\b(every|most (?:nights|days|evenings|weekends)|always|keeps|keep|each (?:night|day|week)|all the time|regularly|again|for (?:weeks|months)|nightly|weekends)\b"
KINDS = {
  "shots heard": r"\b(shots?|gunshots?|gun shots|shooting|shot fired|shots fired|pops|gunfire|bang bang)\b",
  "at the door / getting in": r"\b(at (?:my|the|our) (?:front |back )?door|banging on|kicking (?:the|my|our) door|trying (?:to get in|the door|doors|my door|handles)|breaking in|broke in|rattling|in my garden|in the house|downstairs)\b",
  "weapon": r"\b(knife|machete|gun|blade|pistol|rifle|shotgun|bat|crowbar|hammer|axe|strap)\b",
  "fire": r"\b(fire|flames|smoke|alight|on fire|burning)\b",
}
def cls(t):
    now = bool(re.search(NOW, t)); past = bool(re.search(PAST, t)); habit = bool(re.search(HABIT, t))
    return ("now" if now else "") + ("+past" if past else "") + ("+habit" if habit else "") or "none"
tab = collections.defaultdict(collections.Counter); ex = collections.defaultdict(list)
for r in rows:
    t = r["text"].lower()
    for k, rx in KINDS.items():
        if re.search(rx, t):
            c = cls(t); tab[(k, c)][r["urgent"]] += 1; ex[(k, c)].append(r)
for (k, c), cnt in sorted(tab.items()):
    print(f"{k:28s} {c:18s} urgent={cnt[True]:3d} not={cnt[False]:3d}")
if len(sys.argv) > 2:
    k, c = sys.argv[1], sys.argv[2]
    for r in ex[(k, c)]: print("  ", "U" if r["urgent"] else "-", r["id"], "|", r["text"][:170])
