"""Times: a hedge or preposition ('about', 'like', 'around', 'at', 'since', 'on', 'from', 'til') kept in the span vs right before it and dropped."""
import collections
import re
import sys

import load

W = ["about", "abt", "around", "like", "at", "since", "on", "from", "til", "until", "till", "by", "approx", "roughly", "just", "maybe", "before", "after", "in", "every", "this", "last"]
rows = load.load(load.EN)
kept = collections.defaultdict(list); dropped = collections.defaultdict(list)
for r in rows:
    t = r["text"].lower()
    for s in r["times"]:
        sl = s.lower()
        w0 = sl.split()[0] if sl.split() else ""
        if w0 in W and len(sl.split()) > 1: kept[w0].append((r, s))
        for m in re.finditer(r"(?<![a-z0-9])" + re.escape(sl) + r"(?![a-z0-9])", t):
            b = re.search(r"(?:^|[\s,])(" + "|".join(W) + r")\s+$", t[:m.start()])
            if b and not any((b.group(1) + " " + sl) in x.lower() for x in r["times"]):
                dropped[b.group(1)].append((r, s))
            break
for w in W:
    if kept[w] or dropped[w]:
        print(f"== {w!r}: kept {len(kept[w])}  dropped {len(dropped[w])}")
        if "-v" in sys.argv and w in sys.argv:
            for r, s in kept[w]: print("   K", r["_file"], r["id"], repr(s), "|", r["text"][:110])
            for r, s in dropped[w]: print("   D", r["_file"], r["id"], repr(s), "|", r["text"][:110])
