"""Write nlp/data/en/countries.txt: the names of the world's countries but the UK and the US, lower case, one a line.

Source: ISO 3166-1 as shipped in Debian's `iso-codes` package (/usr/share/iso-codes/json/iso_3166-1.json; LGPL-2.1+),
its "name" and "common_name" fields. Run by hand when the list should be refreshed:

    python -m nlp.tools.build_countries [/usr/share/iso-codes/json/iso_3166-1.json]

A tip's place abroad ("i was in spain then", "an army officer in syria") is no place an officer can go
(nlp/devset/ANNOTATION.md); places.py drops such a name unless the gazetteer or the chains list it too ("lebanon",
a town in several states; "iceland", a shop).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

SOURCE = Path("/usr/share/iso-codes/json/iso_3166-1.json")
TARGET = Path(__file__).resolve().parent.parent / "data" / "en" / "countries.txt"
HOME = ("GB", "US")


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE
    entries = json.loads(source.read_text(encoding="utf-8"))["3166-1"]
    names = sorted({entry[key].lower() for entry in entries if entry["alpha_2"] not in HOME
                    for key in ("name", "common_name") if key in entry})
    TARGET.write_text("".join(name + "\n" for name in names), encoding="utf-8")
    print(f"{len(names)} names written to {TARGET}")


if __name__ == "__main__":
    main()
