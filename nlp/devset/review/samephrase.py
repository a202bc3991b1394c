"""Any location label of one row that occurs in another row's text, unlabelled there (not inside a labelled span)."""
import collections
import re
import sys

import load

files = load.ES if "--es" in sys.argv else load.EN
rows = load.load(files)
labs = collections.Counter(l.lower() for r in rows for l in r["locations"])
out = []
for lab, n in labs.items():
    if len(lab) < 4: continue
    rx = re.compile(r"(?<![a-z0-9])" + re.escape(lab) + r"(?![a-z0-9])")
    unl = []
    for r in rows:
        t = r["text"].lower()
        if not rx.search(t): continue
        ls = [l.lower() for l in r["locations"]]
        if any(lab in l for l in ls): continue
        unl.append(r)
    if unl: out.append((lab, n, unl))
for lab, n, unl in sorted(out, key=lambda x: -x[1]):
    print(f"{lab!r}: labelled {n}, unlabelled {len(unl)}")
    for r in unl[:6]: print("    ", r["id"], r["locations"], "|", r["text"][:120])
