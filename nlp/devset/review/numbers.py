"""House/flat/block numbers and directions: kept in the span vs dropped (text has them right before the span)."""
import collections
import re

import load

rows = load.load(load.EN + load.ES)
kept = collections.Counter(); dropped = []
DIR = r"(n|s|e|w|ne|nw|se|sw|north|south|east|west)"
for r in rows:
    t = r["text"].lower()
    for l in r["locations"]:
        ll = l.lower()
        if re.match(r"(flat|apt|unit)\s*\w+", ll): kept["flat"] += 1
        if re.match(r"\d+[a-z]?\b(?!(st|nd|rd|th)\b)(?! (y|and|&|/|n) )", ll) and not re.match(r"\d+(st|nd|rd|th)\b", ll): kept["number"] += 1
        if re.match(DIR + r"\.? \w", ll) and not re.match(r"(north|south|east|west) (\w+)$", ll): kept["direction"] += 1
        if re.search(r"\b\d+[a-z]?,? " + DIR + r"\.? ", ll): kept["number+direction"] += 1
        for m in re.finditer(r"(?<![a-z0-9])" + re.escape(ll) + r"(?![a-z0-9])", t):
            before = t[:m.start()]
            b = re.search(r"(?:^|[\s,])((?:flat|apt|unit|no\.?|number)\s*\d+[a-z]?,?\s*|\d+[a-z]?(?:-\d+)?,?\s+|\d+\s+(?:block|blk)\s+(?:of\s+)?|" + DIR + r"\.?\s+)$", before)
            if b and not any(b.group(1).strip(" ,") + " " + ll in x.lower() or (b.group(1)+ll) in x.lower() for x in r["locations"]):
                dropped.append((r, l, b.group(1)))
print("kept:", dict(kept))
print("dropped:", len(dropped))
for r, l, b in dropped: print("  ", r["_file"], r["id"], repr(b), "+", repr(l), "|", r["text"][:120])
