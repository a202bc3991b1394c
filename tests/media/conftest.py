"""Fixtures of the media tests: photos built here with Pillow (with or without a
GPS position, an EXIF orientation, comments), and a tip filed with them through
the signed webhook."""
from __future__ import annotations

import io
import re

import pytest
from PIL import ExifTags, Image

TIP_ID = re.compile(r"T-[A-Z0-9]{4,6}")
# Somewhere in Bristol: 51° 27' 7.2" N, 2° 35' 24" W
BRISTOL = {"lat": (51.0, 27.0, 7.2), "lat_ref": "N", "lon": (2.0, 35.0, 24.0), "lon_ref": "W"}
BRISTOL_LAT, BRISTOL_LON = 51.452, -2.59


def build_jpeg(size=(40, 20), colour=(200, 30, 30), *, orientation: int | None = None, gps: dict | None = None,
               comment: bytes | None = None, xmp: bytes | None = None) -> bytes:
    img = Image.new("RGB", size, colour)
    img.paste((20, 20, 220), (0, 0, size[0] // 2, size[1] // 2))   # a corner to see orientation by
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Acme Phones"
    exif[ExifTags.Base.Model] = "Tipster 3000"
    if orientation:
        exif[ExifTags.Base.Orientation] = orientation
    if gps:
        exif[ExifTags.IFD.GPSInfo] = {ExifTags.GPS.GPSLatitudeRef: gps["lat_ref"], ExifTags.GPS.GPSLatitude: gps["lat"],
                                      ExifTags.GPS.GPSLongitudeRef: gps["lon_ref"],
                                      ExifTags.GPS.GPSLongitude: gps["lon"]}
    out = io.BytesIO()
    params = {"exif": exif}
    if comment:
        params["comment"] = comment
    if xmp:
        params["xmp"] = xmp
    img.save(out, "JPEG", quality=90, **params)
    return out.getvalue()


@pytest.fixture()
def make_jpeg():
    """``make_jpeg(size=, colour=, orientation=, gps=BRISTOL, comment=, xmp=)`` -> JPEG bytes."""
    return build_jpeg


@pytest.fixture()
def bristol():
    return BRISTOL


@pytest.fixture()
def file_tip():
    """``file_tip(phone, text, media=[urls])`` -> the tip ID, filed with SEND."""
    def file(phone, text: str, media: list[str] | None = None) -> str:
        phone.send(text, media=media)
        replies = " ".join(phone.send("SEND"))
        found = TIP_ID.search(replies)
        assert found, replies
        return found.group(0)
    return file
