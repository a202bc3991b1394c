"""'the' kept in a location span vs 'the' right before the span in the text and dropped."""
import collections
import re
import sys

import load

rows = load.load(load.EN)
kept, dropped = [], []
for r in rows:
    t = r["text"].lower()
    for l in r["locations"]:
        ll = l.lower()
        if ll.startswith("the "): kept.append((r, l)); continue
        for m in re.finditer(r"(?<![a-z0-9])" + re.escape(ll) + r"(?![a-z0-9])", t):
            if re.search(r"(?:^|\s)the\s+$", t[:m.start()]):
                dropped.append((r, l)); break
def kind(l):
    ll = l.lower()
    if re.search(r"\b(road|rd|street|st|lane|ave|avenue|way|drive|high st|high street|broadway)$", ll): return "street"
    if re.match(r"(the )?(a|b|m|i)-?\d+", ll): return "road number"
    if re.search(r"\b(canal|river|trail|path|way|towpath)\b", ll): return "waterway/path"
    if len(ll.replace("the ", "").split()) == 1: return "one word (pub/shop/place)"
    return "other"
ck = collections.Counter(kind(l) for r, l in kept); cd = collections.Counter(kind(l) for r, l in dropped)
print("kept:", len(kept), dict(ck)); print("dropped:", len(dropped), dict(cd))
if "-v" in sys.argv:
    for r, l in kept: print("  K", kind(l), r["id"], repr(l), "|", r["text"][:100])
    for r, l in dropped: print("  D", kind(l), r["id"], repr(l), "|", r["text"][:100])
