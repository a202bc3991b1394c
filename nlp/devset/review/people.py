"""People phrases: leading words kept in the span vs right before it in the text and dropped."""
import collections
import re
import sys

import load

W = ["wearing", "in", "a", "an", "the", "with", "about", "around", "like", "maybe", "aged", "age", "approx", "roughly", "his", "her", "all", "called", "named", "goes by", "known as", "looks", "looked", "prob", "probably", "late", "early", "mid"]
rows = [r for r in load.load(load.EN) if "people" in r]
kept = collections.defaultdict(list); dropped = collections.defaultdict(list)
for r in rows:
    t = r["text"].lower()
    for s in r["people"]:
        sl = s.lower()
        for w in W:
            if sl.startswith(w + " ") and len(sl.split()) > len(w.split()): kept[w].append((r, s))
        for m in re.finditer(r"(?<![a-z0-9])" + re.escape(sl) + r"(?![a-z0-9])", t):
            b = re.search(r"(?:^|[\s,])(" + "|".join(W) + r")\s+$", t[:m.start()])
            if b and not any((b.group(1) + " " + sl) in x.lower() for x in r["people"]):
                dropped[b.group(1)].append((r, s))
            break
for w in W:
    if kept[w] or dropped[w]:
        print(f"== {w!r}: kept {len(kept[w])}  dropped {len(dropped[w])}")
        if "-v" in sys.argv and w in sys.argv:
            for r, s in kept[w]: print("   K", r["id"], repr(s), "|", r["text"][:120])
            for r, s in dropped[w]: print("   D", r["id"], repr(s), "|", r["text"][:120])
