"""Street+town one span vs two; house/flat numbers and directions before a street span; 'the' before spans."""
import collections
import re
import sys

import load

SW = r"(road|rd|street|st|lane|ln|way|avenue|ave|av|drive|dr|close|crescent|cres|terrace|grove|place|pl|hill|court|ct|gardens|walk|row|parade|square|sq|boulevard|blvd|parkway|pkwy|broadway|mews|park|green|vale|rise|hwy|highway)"
rows = load.load(load.EN)
one, two = [], []
for r in rows:
    t = r["text"].lower()
    locs = r["locations"]
    for l in locs:
        ll = l.lower()
        m = re.search(r"\b" + SW + r"\b\s*,?\s+([a-z][a-z' -]+)$", ll)
        if m and not re.search(r"\b(and|&|at|n|y|/)\b", ll):
            one.append((r, l))
    # two adjacent spans: street span then town span separated by space or comma only
    for a in locs:
        for b in locs:
            if a == b: continue
            if re.search(r"\b" + SW + r"$", a.lower()) and re.search(re.escape(a.lower()) + r"\s*,?\s*" + re.escape(b.lower()) + r"\b", t):
                two.append((r, a, b))
print("ONE span street+town:", len(one))
for r, l in one: print("  ", r["id"], repr(l), "|", r["text"][:120])
print("TWO spans street, town adjacent:", len(two))
c = collections.Counter()
for r, a, b in two:
    sep = re.search(re.escape(a.lower()) + r"(\s*,?\s*)" + re.escape(b.lower()), r["text"].lower()).group(1)
    c[sep.strip() or "space"] += 1
    if "-v" in sys.argv: print("  ", r["id"], repr(a), repr(b), repr(sep), "|", r["text"][:100])
print(c)
