"""Generic vehicle nouns: plain ('van') labelled vs not; colour + generic ('white van') labelled vs not."""
import collections
import re
import sys

import load
from vehicles import COL

GEN = r"(van|car|truck|lorry|moped|motorbike|motor bike|pickup|pick up|pick-up|suv|bike|scooter|tractor|4x4|hatchback|estate|minivan|jeep|transit|sedan|taxi|cab|bus|coupe|quad|quad bike|dirt bike|e-bike|ebike|carro|troca|moto|camioneta|van)"
rows = load.load(load.EN + load.ES)
res = collections.defaultdict(lambda: [[], []])
for r in rows:
    t = r["text"].lower(); vs = [v.lower() for v in r["vehicles"]]
    for m in re.finditer(r"(?<![a-z0-9-])(?:(" + COL + r")\s+)?" + GEN + r"(?![a-z0-9-])", t):
        phrase = m.group(0); colour = bool(m.group(1))
        kind = ("colour+generic" if colour else "plain generic") + (" (es)" if r["_file"].startswith("es/") else "")
        if any(re.search(r"(?<![a-z0-9])" + re.escape(phrase) + r"(?![a-z0-9])", v) for v in vs):
            res[kind][0].append((r, phrase, vs))
        elif not colour and any(phrase in v for v in vs):
            continue
        else:
            # not part of any labelled vehicle
            if any(phrase in v or v in phrase for v in vs) : continue
            res[kind][1].append((r, phrase, vs))
for k, (lab, unl) in res.items():
    print(f"== {k}: labelled {len(lab)} unlabelled {len(unl)}")
    if "-v" in sys.argv:
        sel = lab if len(lab) < len(unl) else unl
        for r, p, vs in sel: print("   ", "L" if sel is lab else "U", r["_file"], r["id"], repr(p), vs, "|", r["text"][:110])
