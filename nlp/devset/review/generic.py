"""Generic place phrases: labelled as (part of) a location in some texts, present but unlabelled in others."""
import re
import sys

import load

PHRASES = ["post office", "high street", "high st", "main street", "main st", "town centre", "city centre",
           "the park", "the estate", "the canal", "the station", "bus station", "train station", "the school",
           "the church", "the pub", "car park", "the shop", "the shops", "the garage", "petrol station",
           "the hospital", "the motorway", "the bypass", "ring road", "the rec", "the green", "the woods",
           "the square", "the precinct", "leisure centre", "retail park", "industrial estate", "the beach",
           "the playground", "the river", "the bridge", "the roundabout", "the chippy", "the co op", "the coop",
           "co-op", "co op", "tesco", "aldi", "lidl", "asda", "sainsburys", "mcdonalds", "maccies", "greggs",
           "spar", "costcutter", "morrisons", "kfc", "wetherspoons", "spoons", "the library", "the cemetery",
           "the allotments", "the field", "the fields", "the lane", "the flats", "the alley", "the alleyway",
           "the underpass", "the subway", "the towpath", "the cycle path", "the footpath", "the seafront",
           "the front", "the pier", "the market", "shopping centre", "the mall", "the corner shop", "corner shop",
           "wawa", "walmart", "7-eleven", "7 eleven", "dollar general", "the gas station", "gas station",
           "the bodega", "the corner store", "the high st", "the high street", "village hall", "the village hall",
           "the hall", "the bus stop", "bus stop", "the chapel", "the airport", "the a-road"]
rows = load.load(load.EN)
out = []
for p in PHRASES:
    lab, unl = [], []
    rx = re.compile(r"(?<![a-z0-9])" + re.escape(p) + r"(?![a-z0-9])")
    for r in rows:
        t = r["text"].lower()
        if not rx.search(t):
            continue
        locs = [load.norm(l) for l in r["locations"]]
        if any(rx.search(l) for l in locs):
            lab.append(r)
        else:
            unl.append(r)
    if lab and unl or "-v" in sys.argv and (lab or unl):
        out.append((p, lab, unl))
for p, lab, unl in out:
    print(f"== {p!r}: labelled {len(lab)}  unlabelled {len(unl)}")
    if "-v" in sys.argv:
        for r in lab: print("   L", r["id"], r["locations"], "|", r["text"][:150])
        for r in unl: print("   U", r["id"], r["locations"], "|", r["text"][:150])
