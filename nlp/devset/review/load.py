"""Load the reviewed dev files (never the sealed held-out files)."""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.dirname(HERE)
SEALED = {"heldout6.jsonl", "HELDOUT6.md", "es/heldout5.jsonl", "es/HELDOUT5.md"}
EN = ["devset.jsonl", "heldout.jsonl", "heldout2.jsonl", "heldout3.jsonl",
      "dev_s19.jsonl", "dev_s20a.jsonl", "dev_s20b.jsonl"]
ES = ["es/dev.jsonl", "es/test.jsonl"]
FILES = EN + ES

def path(f):
    assert f not in SEALED
    return os.path.join(DEV, f)

def load(files=FILES):
    rows = []
    for f in files:
        with open(path(f), encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                r = json.loads(line)
                r["_file"] = f
                rows.append(r)
    return rows

def norm(s):
    return re.sub(r"\s+", " ", s.lower()).strip(" .,;:!?\"'()")
