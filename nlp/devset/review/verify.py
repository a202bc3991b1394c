"""Check the relabelled files against git HEAD~ (or a given rev): same rows, ids, texts and field order;
one JSON object a line; every span verbatim in its text; plates normalised; no duplicate spans."""
import json
import re
import subprocess
import sys

import load

rev = sys.argv[1] if len(sys.argv) > 1 else "HEAD"
bad = 0; nchanged = 0
for fn in load.FILES:
    new = open(load.path(fn), encoding="utf-8").read()
    old = subprocess.run(["git", "show", f"{rev}:nlp/devset/{fn}"], capture_output=True, text=True, cwd=load.DEV).stdout
    nl, ol = new.split("\n"), old.split("\n")
    assert len(nl) == len(ol), (fn, len(nl), len(ol))
    assert new.endswith("\n") == old.endswith("\n"), fn
    for a, b in zip(nl, ol):
        if not a: assert not b; continue
        ra, rb = json.loads(a), json.loads(b)
        assert json.dumps(ra, ensure_ascii=False) == a, ra["id"]
        assert list(ra) == list(rb) and ra["id"] == rb["id"] and ra["text"] == rb["text"], ra["id"]
        if a != b: nchanged += 1
        for f in ("locations", "times", "vehicles", "people", "phones"):
            xs = ra.get(f, [])
            if len(set(x.lower() for x in xs)) != len(xs): print("dup", ra["id"], f, xs); bad += 1
            for x in xs:
                if f != "phones" and x.lower() not in ra["text"].lower(): print("not verbatim", ra["id"], f, x); bad += 1
        for f in ("plates", "partial_plates"):
            for p in ra[f]:
                if p != re.sub(r"[^A-Z0-9]", "", p.upper()): print("plate", ra["id"], p); bad += 1
        assert isinstance(ra["urgent"], bool)
print("rows changed vs", rev, ":", nchanged, "| problems:", bad)
sys.exit(1 if bad else 0)
