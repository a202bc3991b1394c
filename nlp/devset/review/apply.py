"""Apply the label review (nlp/devset/ANNOTATION.md) to the dev files, in place.

Each change is (kind, id, field, old, new): old/new are a span (a string), None (add / remove), or a bool for
`urgent`. Rows keep their ids, field order and format (json.dumps(ensure_ascii=False), one object a line).
Run: python3 apply.py [--dry]   (it refuses to apply a change whose old value is not found).
Writes changes.json (the applied list) for LABEL_REVIEW.md.
"""
import json
import os
import re
import sys

import load

C = []
def ch(kind, id_, field, old, new): C.append((kind, id_, field, old, new))

# --- locations: generic place words (majority) ---
K = "location: named facility 'post office' (labelled 3 : unlabelled 2)"
ch(K, "d19-148", "locations", None, "post office")
ch(K, "g4-v006", "locations", None, "post office")
K = "location: 'high street' / 'high st' is a street name (labelled 13 : unlabelled 4)"
ch(K, "rt-058", "locations", None, "high street")
ch(K, "p5a-029", "locations", None, "high street")
ch(K, "p5d-007", "locations", None, "high street")
ch(K, "g4-y002", "locations", None, "high st")
K = "location: chain shop by name (greggs labelled 2 : 1; chains overall labelled ~all)"
ch(K, "d20a-131", "locations", None, "greggs")
K = "location: generic facility word not a place ('the leisure centre' 4 : 1, 'the industrial estate' 4 : 1, 'the green' 4 : 1)"
ch(K, "d20b-047", "locations", "leisure centre", None)
ch(K, "l3-034", "locations", "Industrial Estate", None)
ch(K, "l3-026", "locations", "the Green", None)
# --- locations: street and town are two spans ---
K = "location: street and town as two spans (two 52 : one 1)"
ch(K, "h3-005", "locations", "church road redfield", ["church road", "redfield"])
# --- locations: flat number kept ---
K = "location: flat/house number kept in the span (kept 201 : dropped 1; issue 13)"
ch(K, "uk-011", "locations", "22 Victoria Crescent", "flat 4, 22 Victoria Crescent")
# --- locations: 'the' ---
K = "location: 'the' dropped before a name of two or more words (dropped 265 overall, 12 of them pub names of 2+ words : kept 6)"
for i, o in [("l3-033", "the Lamb and Flag"), ("l3-036", "the Full Moon"), ("g4-u062", "the Kings Head"),
             ("g4-v001", "the Dog and Duck"), ("g4-x011", "the Horse and Groom"), ("u3-063", "the Blue Lagoon")]:
    ch(K, i, "locations", o, o[4:])
K = "location: 'the' kept before a one-word name that is not a shop/chain (kept 21 : dropped 7)"
for i, o in [("l3-009", "Centre"), ("u3-092", "Ridgeway"), ("h2-340", "gallowgate"), ("h3-109", "fosseway"),
             ("h3-224", "gorbals"), ("d20b-042", "arun"), ("d20b-133", "ironbound")]:
    ch(K, i, "locations", o, "__THE__" + o)
# --- times ---
K = "time: leading 'at' before a clock time dropped (dropped 37 : kept 12)"
for i, o in [("h2-332", "at 2am every weekend"), ("h3-032", "at 3"), ("h3-043", "at 6"), ("h3-110", "at like 8am every day"),
             ("h3-163", "at 4am"), ("h3-294", "at 3 in the morning"), ("h3-321", "at 2am"), ("h3-336", "at 6am this morning"),
             ("h3-345", "at 3am"), ("d20a-049", "at 1am"), ("d20a-118", "at 3am"), ("d20a-144", "at 3.14am")]:
    ch(K, i, "times", o, o[3:])
K = "time: leading 'on' before a day or date dropped (dropped 18 : kept 9)"
for i, o in [("uk-058", "on Sunday"), ("g4-w011", "on weekends"), ("p5d-017", "on saturday"), ("ho-248", "on thursday"),
             ("ho-300", "on monday"), ("h2-148", "on saturday"), ("h2-181", "on saturday"), ("h3-273", "on friday"),
             ("h3-356", "on the 14th")]:
    ch(K, i, "times", o, o[3:])
K = "time: leading 'in' before a month or year dropped (dropped 6 : kept 4)"
for i, o in [("h2-338", "in august"), ("h3-076", "in march"), ("h3-090", "in june"), ("h3-353", "in april")]:
    ch(K, i, "times", o, o[3:])
K = "time: 'since' kept (kept 26 : dropped 2)"
ch(K, "us-067", "times", "this morning", "since this morning")
ch(K, "uk-024", "times", "last week", "since last week")
K = "time: hedge ('about', 'like', 'around') kept (kept 34 : dropped 2)"
ch(K, "d20a-057", "times", "last month", "like last month")
K = "time: a day part and a clock time written together are one span (one 34 : split 3)"
ch(K, "rt-001", "times", ["every night", "9pm"], "every night about 9pm")
ch(K, "rt-141", "times", ["every night", "after midnight"], "every night after midnight")
ch(K, "ho-194", "times", ["last night", "around 2"], "last night around 2")
# --- vehicles ---
K = "vehicle: a plain generic noun is not a vehicle (unlabelled 581 : labelled 4)"
ch(K, "uk-033", "vehicles", "lorry", None)
ch(K, "p5a-028", "vehicles", "van", None)
ch(K, "p5d-021", "vehicles", "car", None)
ch(K, "ho-159", "vehicles", "lorry", None)
K = "vehicle: colour + generic noun is a vehicle (labelled 32 : unlabelled 3)"
ch(K, "rt-028", "vehicles", None, "silver car")
ch(K, "d19-002", "vehicles", None, "white pickups")
ch(K, "d19-115", "vehicles", None, "dark car")
# --- people ---
K = "people: hedge ('about', 'maybe', 'like', 'aged') kept in the phrase (kept 151 : dropped 6)"
for i, o, n in [("ho-036", "6'2", "like 6'2"), ("h2-038", "20 lads", "like 20 lads"), ("h2-319", "6ft 5", "like 6ft 5"),
                ("d20b-021", "5 or 6 of them", "like 5 or 6 of them"), ("d20b-199", "late 50s", "maybe late 50s"),
                ("h3-245", "13", "aged 13")]:
    ch(K, i, "people", o, n)
# --- urgent ---
K = "urgent: shots heard now, no time given (urgent 5 : not 1)"
ch(K, "p5c-013", "urgent", False, True)
K = "urgent: smoke or fire with people inside now (urgent 7 : not 1)"
ch(K, "uk-036", "urgent", False, True)
K = "urgent: a child or animal shut in a hot car now (urgent 4 : not 1)"
ch(K, "us-082", "urgent", False, True)

def pos(text, span):
    i = text.lower().find(span.lower())
    return i if i >= 0 else 10**9

def verbatim(text, span):
    m = re.search(re.escape(span), text, re.I)
    return text[m.start():m.end()] if m else None

def apply(dry=False):
    byid = {}
    for kind, i, f, o, n in C: byid.setdefault(i, []).append((kind, f, o, n))
    done = []; seen = set()
    for fn in load.FILES:
        p = load.path(fn)
        lines = open(p, encoding="utf-8").read().split("\n")
        out = []; changed = False
        for line in lines:
            if not line: out.append(line); continue
            r = json.loads(line)
            for kind, f, o, n in byid.get(r["id"], []):
                seen.add((r["id"], f, json.dumps(o)))
                t = r["text"]
                if f == "urgent":
                    assert r["urgent"] is o, (r["id"], r["urgent"], o); r["urgent"] = n
                else:
                    L = list(r[f]); olds = o if isinstance(o, list) else ([] if o is None else [o])
                    for x in olds:
                        assert x in L, (r["id"], f, x, L); L.remove(x)
                    news = n if isinstance(n, list) else ([] if n is None else [n])
                    fixed = []
                    for x in news:
                        if x.startswith("__THE__"):
                            base = x[7:]; m = re.search(r"\b(the)\s+" + re.escape(base), t, re.I)
                            assert m, (r["id"], x); x = t[m.start():m.end()]
                        else:
                            v = verbatim(t, x); assert v is not None, (r["id"], x)
                            if x.lower() != v.lower(): x = v
                            # keep the text's own case for spans we add
                            if o is None or isinstance(o, list) or (isinstance(o, str) and o.lower() not in x.lower()): x = v
                        assert x not in L, (r["id"], x)
                        fixed.append(x)
                    orig = list(r[f])
                    if olds:
                        # replace in place: the new span(s) take the position of the first old span
                        idx = orig.index(olds[0]) - sum(1 for x in orig[:orig.index(olds[0])] if x in olds)
                        for k, x in enumerate(fixed): L.insert(idx + k, x)
                    else:
                        # add: before the first existing span that comes later in the text (others keep their order)
                        for x in fixed:
                            idx = next((k for k, y in enumerate(L) if pos(t, y) > pos(t, x)), len(L))
                            L.insert(idx, x)
                    n_out = fixed if isinstance(n, list) else (fixed[0] if fixed else None)
                    r[f] = L; n = n_out
                done.append({"file": fn, "id": r["id"], "field": f, "kind": kind, "old": o, "new": n})
                changed = True
            out.append(json.dumps(r, ensure_ascii=False))
        if changed and not dry:
            open(p, "w", encoding="utf-8").write("\n".join(out))
    missing = [(k, i, f, o) for k, i, f, o, n in C if (i, f, json.dumps(o)) not in seen]
    assert not missing, missing
    return done

if __name__ == "__main__":
    done = apply(dry="--dry" in sys.argv)
    print(len(done), "changes", "(dry run)" if "--dry" in sys.argv else "applied")
    if "--dry" not in sys.argv:
        json.dump(done, open(os.path.join(load.HERE, "changes.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
