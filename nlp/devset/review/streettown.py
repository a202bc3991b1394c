"""Street + town: one span ('church road redfield') vs two spans ('12 trelawney road', 'camborne')."""
import collections
import re
import sys

import load

SW = r"(road|rd|street|st|lane|ln|way|avenue|ave|drive|dr|close|crescent|terrace|grove|place|court|gardens|walk|row|parade|square|boulevard|blvd|mews|rise|hwy|broadway)"
NOT_TOWN = {"station","bridge","east","west","north","south","school","cemetery","estate","cycle path","tunnel","church",
            "gardens","park","light rail station","well gardens","bridge","car park"}
def load_rows(): return load.load(load.EN)
def find(rows):
    towns = collections.Counter()
    for r in rows:
        for l in r["locations"]:
            if not re.search(r"\b" + SW + r"\b", l.lower()) and not re.search(r"\d", l):
                towns[l.lower()] += 1
    one, two = [], []
    for r in rows:
        t = r["text"].lower()
        for l in r["locations"]:
            ll = l.lower()
            for m in re.finditer(r"\b" + SW + r"\b,?\s+", ll):
                if m.group(1) == "st" and not re.search(r"\bst$", ll[:m.end()].strip(" ,")): pass
                tail = ll[m.end():]
                if tail and tail not in NOT_TOWN and not re.search(r"\b(and|&|at|n|y|by|of|to|near|/)\b", tail) \
                        and not re.search(r"\b" + SW + r"\b", tail) and (tail in towns) and not re.match(r"st$", m.group(1)+"") :
                    one.append((r, l, ll[:m.end()].strip(" ,"), tail))
        for a in r["locations"]:
            if not re.search(r"\b" + SW + r"$", a.lower()): continue
            for b in r["locations"]:
                if b == a or re.search(r"\b" + SW + r"$", b.lower()): continue
                m = re.search(re.escape(a.lower()) + r"(\s*,?\s*)" + re.escape(b.lower()) + r"\b", t)
                if m: two.append((r, a, b, m.group(1)))
    return one, two
if __name__ == "__main__":
    rows = load_rows()
    one, two = find(rows)
    print("ONE span:", len(one))
    for r, l, s, tw in one: print("  ", r["_file"], r["id"], repr(l), "->", repr(s), "+", repr(tw), "|", r["text"][:90])
    print("TWO spans:", len(two), collections.Counter("comma" if "," in s else "space" for *_, s in two))
    c = collections.Counter()
    for r, a, b, s in two:
        c[(r["_file"], "comma" if "," in s else "space")] += 1
        if "-v" in sys.argv: print("  ", r["id"], repr(a), repr(b), repr(s), "|", r["text"][:90])
    for k, v in sorted(c.items()): print("  ", k, v)
