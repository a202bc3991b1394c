"""Vehicles: determiner kept vs dropped, colour before the span dropped, year kept vs dropped, plain generic nouns."""
import re
import sys

import load

COL = r"(black|white|silver|grey|gray|red|blue|green|yellow|orange|purple|pink|gold|brown|beige|maroon|navy|dark|light|bright|dark blue|dark grey|dark green|dark red|light blue|matte black|lime green|burgundy|cream|champagne|bronze|negro|negra|blanco|blanca|rojo|roja|azul|gris|verde|plateado|plateada)"
DET = r"(a|an|the|his|her|their|my|some|this|that|un|una|el|la|los|las|su)"
rows = load.load(load.EN + load.ES)
det_kept, det_drop, col_drop, year_kept, year_drop = [], [], [], [], []
for r in rows:
    t = r["text"].lower()
    for v in r["vehicles"]:
        vl = v.lower()
        if re.match(DET + r" ", vl): det_kept.append((r, v))
        if re.search(r"\b(19|20)\d\d\b|\b'?\d\d plate\b", vl): year_kept.append((r, v))
        for m in re.finditer(r"(?<![a-z0-9])" + re.escape(vl) + r"(?![a-z0-9])", t):
            before = t[:m.start()]
            if re.search(r"(?:^|\s)" + DET + r"\s+$", before) and not re.match(DET + " ", vl): det_drop.append((r, v))
            if re.search(r"(?:^|\s)" + COL + r"\s+$", before): col_drop.append((r, v))
            if re.search(r"(?:^|\s)(19|20)\d\d\s+$", before): year_drop.append((r, v))
            after = t[m.end():m.end()+8]
            if re.match(r"\s+(del\s+)?(19|20)?\d\d\b", after) and not re.match(r"\s+\d\d\s*(mins?|min|minutes|secs?|hours?|hrs?|mph|ft)", after): year_drop.append((r, v + " <after>"))
            break
for name, L in [("determiner kept", det_kept), ("determiner before, dropped", det_drop), ("colour before, dropped", col_drop), ("year kept", year_kept), ("year next to span, dropped", year_drop)]:
    print(f"== {name}: {len(L)}")
    if "-v" in sys.argv:
        for r, v in L: print("   ", r["_file"], r["id"], repr(v), "|", r["text"][:110])
