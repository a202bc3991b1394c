"""Load the reviewed dev files (never the sealed held-out files)."""
import importlib.util
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.dirname(HERE)
# nlp/sealed.py names the sealed files; loaded by its path (importing the nlp package would load spaCy, and this
# folder's numbers.py would shadow the standard library's for it)
_spec = importlib.util.spec_from_file_location("sealed", os.path.join(os.path.dirname(DEV), "sealed.py"))
_sealed = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_sealed)
is_sealed = _sealed.is_sealed

EN = ["devset.jsonl", "heldout.jsonl", "heldout2.jsonl", "heldout3.jsonl",
      "dev_s19.jsonl", "dev_s20a.jsonl", "dev_s20b.jsonl"]
ES = ["es/dev.jsonl", "es/test.jsonl"]
FILES = EN + ES

def path(f):
    assert not is_sealed(f), f"{f} is sealed"
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
