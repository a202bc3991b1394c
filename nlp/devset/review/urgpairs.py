"""Pairs of similar texts (content-word overlap) with different urgency, for a by-hand look."""
import itertools
import re

import load

STOP = set("a an the and or of to in on at by for with from is are was were be been its it i im my me we our you your he she they them his her their this that there theres just like some someone somebody guy man lad lads about up down out off into over one two 2 3 4 so but not no all got get has have had do does did".split())
rows = load.load(load.EN)
def toks(t): return {w for w in re.findall(r"[a-z']+", t.lower()) if w not in STOP and len(w) > 2}
T = [(r, toks(r["text"])) for r in rows]
pairs = []
for (a, ta), (b, tb) in itertools.combinations(T, 2):
    if a["urgent"] == b["urgent"] or not ta or not tb: continue
    j = len(ta & tb) / len(ta | tb)
    if j >= 0.3: pairs.append((j, a, b))
pairs.sort(key=lambda x: -x[0])
for j, a, b in pairs[:40]:
    print(f"{j:.2f}", "U" if a["urgent"] else "-", a["id"], "|", a["text"][:110]); print("    ", "U" if b["urgent"] else "-", b["id"], "|", b["text"][:110])
