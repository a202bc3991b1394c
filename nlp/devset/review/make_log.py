"""Print the tables and the change list of LABEL_REVIEW.md from changes.json."""
import collections
import json
import os

d = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "changes.json"), encoding="utf-8"))
files = ["devset.jsonl", "heldout.jsonl", "heldout2.jsonl", "heldout3.jsonl", "dev_s19.jsonl", "dev_s20a.jsonl", "dev_s20b.jsonl", "es/dev.jsonl", "es/test.jsonl"]
kinds = list(dict.fromkeys(x["kind"] for x in d))
def fmt(v):
    if v is None: return "-"
    if isinstance(v, bool): return str(v).lower()
    if isinstance(v, list): return " + ".join(f'"{x}"' for x in v)
    return f'"{v}"'
print("| kind (majority behind it) | " + " | ".join(f.replace(".jsonl", "") for f in files) + " | total |")
print("|---|" + "---:|" * (len(files) + 1))
for k in kinds:
    c = collections.Counter(x["file"] for x in d if x["kind"] == k)
    print(f"| {k} | " + " | ".join(str(c.get(f, 0)) for f in files) + f" | {sum(c.values())} |")
c = collections.Counter(x["file"] for x in d)
print("| **all** | " + " | ".join(f"**{c.get(f, 0)}**" for f in files) + f" | **{len(d)}** |")
print()
byfield = collections.Counter(x["field"] for x in d)
print("By field: " + ", ".join(f"{k} {v}" for k, v in byfield.most_common()) + f" (rows changed: {len(set(x['id'] for x in d))}).")
print()
for k in kinds:
    print(f"### {k}\n")
    for x in d:
        if x["kind"] == k:
            print(f"- `{x['id']}` ({x['file']}) {x['field']}: {fmt(x['old'])} -> {fmt(x['new'])}")
    print()
