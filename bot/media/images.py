"""What is in a photo: its real format, whether it carries a position, and a
preview with nothing in it but pixels. Pure functions of the bytes (Pillow; no
Redis, no files), so each is tested on images the tests build.

Previews are re-encoded as JPEG (longest side MEDIA_PREVIEW_MAX_PX) from a fresh
image holding only the pixels, after the EXIF orientation has been applied: no
EXIF, GPS, XMP, ICC profile or comment survives, whatever the original held.

A position is looked for in the EXIF GPS IFD and in XMP (``exif:GPSLatitude``),
which is where phones put it. ``has_gps`` is True when either has a latitude or
longitude, even one that cannot be read (say it may locate someone rather than
miss it), False when the format was read and has none, and None when the
format is one this code cannot read (HEIC, video ...): unknown, to be treated as
"may carry a position". The position itself is never stored in Redis: ``position``
reads it from the original each time an officer asks (bot.media.access.gps_of).
"""
from __future__ import annotations

import io
import re
import warnings
from dataclasses import dataclass

from PIL import ExifTags, Image, ImageOps, UnidentifiedImageError

# Pillow's format name -> MIME type, for the formats a preview can be made of.
FORMAT_MIME = {"JPEG": "image/jpeg", "PNG": "image/png", "GIF": "image/gif", "WEBP": "image/webp",
               "MPO": "image/jpeg"}   # MPO: a JPEG with extra frames (some cameras)
PREVIEW_QUALITY = 85
_GPS = ExifTags.IFD.GPSInfo
_LAT, _LAT_REF = ExifTags.GPS.GPSLatitude, ExifTags.GPS.GPSLatitudeRef
_LON, _LON_REF = ExifTags.GPS.GPSLongitude, ExifTags.GPS.GPSLongitudeRef
# XMP: exif:GPSLatitude="51,27.12N" (attribute) or <exif:GPSLatitude>51,27,7.2N</exif:GPSLatitude>
_XMP_COORD = re.compile(rb"""exif:GPS(Latitude|Longitude)\s*(?:=\s*["']|>)\s*([^"'<]{1,40})""")
_XMP_VALUE = re.compile(r"^\s*(\d{1,3})(?:,(\d{1,2}(?:\.\d+)?))?(?:,(\d{1,2}(?:\.\d+)?))?\s*([NSEW])\s*$", re.I)


@dataclass(frozen=True)
class Position:
    lat: float
    lon: float
    source: str   # exif | xmp


@dataclass(frozen=True)
class Inspection:
    detected: str | None      # MIME type of the format Pillow read, None if it could not
    width: int | None
    height: int | None
    has_gps: bool | None      # see the module docstring
    preview: bytes | None     # JPEG, or None (not a preview type, too large, unreadable)
    note: str = ""            # why there is no preview, for the record


def inspect(data: bytes, *, preview_types: frozenset[str], max_px: int, max_pixels: int) -> Inspection:
    """Read the format, look for a position and make the preview of one original."""
    try:
        img = _open(data)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError, SyntaxError):
        return Inspection(None, None, None, True if _xmp_has_gps(data) else None, None, "not an image we read")
    with img:
        detected = FORMAT_MIME.get(img.format or "")
        width, height = img.size
        has_gps = _exif_has_gps(img) or _xmp_has_gps(data)
        if detected is None:
            return Inspection(None, width, height, has_gps, None, f"no preview of {img.format} images")
        if detected not in preview_types:
            return Inspection(detected, width, height, has_gps, None, f"no preview of {detected} (settings)")
        if width * height > max_pixels:
            return Inspection(detected, width, height, has_gps, None, f"too many pixels for a preview "
                              f"({width}x{height})")
        try:
            preview = _preview(img, max_px)
        except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):   # a truncated or damaged file
            return Inspection(detected, width, height, has_gps, None, "the image could not be decoded")
    return Inspection(detected, width, height, has_gps, preview)


def position(data: bytes) -> Position | None:
    """The position a photo carries (EXIF GPS first, then XMP), or None."""
    try:
        with _open(data) as img:
            found = _exif_position(img)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError, SyntaxError):
        found = None
    return found or _xmp_position(data)


def _open(data: bytes) -> Image.Image:
    # Opening reads the header only; ``inspect`` decodes nothing larger than MEDIA_MAX_PIXELS, so
    # Pillow's warning about a large image is not news here (past twice its limit it refuses to open).
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        return Image.open(io.BytesIO(data))


def _preview(img: Image.Image, max_px: int) -> bytes:
    img.seek(0)                                  # an animation: its first frame
    img.draft("RGB", (max_px, max_px))           # JPEG: decode at a reduced scale (much less work)
    upright = ImageOps.exif_transpose(img)       # orientation applied before the metadata goes
    if upright.mode in ("RGBA", "LA", "PA") or (upright.mode == "P" and "transparency" in upright.info):
        rgba = upright.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
    else:
        flat = upright.convert("RGB")
    flat.thumbnail((max_px, max_px), Image.Resampling.LANCZOS)
    clean = Image.new("RGB", flat.size)          # a fresh image: pixels only, empty .info
    clean.paste(flat)
    out = io.BytesIO()
    clean.save(out, "JPEG", quality=PREVIEW_QUALITY, optimize=True)
    return out.getvalue()


# -- positions ---------------------------------------------------------------------------
def _gps_ifd(img: Image.Image) -> dict:
    try:
        return dict(img.getexif().get_ifd(_GPS))
    except Exception:   # damaged EXIF: Pillow raises all sorts; no readable GPS then
        return {}


def _exif_has_gps(img: Image.Image) -> bool:
    gps = _gps_ifd(img)
    return bool(gps.get(_LAT) or gps.get(_LON))


def _exif_position(img: Image.Image) -> Position | None:
    gps = _gps_ifd(img)
    lat, lon = _dms(gps.get(_LAT), gps.get(_LAT_REF), "NS"), _dms(gps.get(_LON), gps.get(_LON_REF), "EW")
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return Position(round(lat, 7), round(lon, 7), "exif")


def _dms(value, ref, refs: str) -> float | None:
    try:
        parts = [float(x) for x in value]
        if len(parts) != 3 or any(p != p for p in parts):   # NaN: a 0/0 rational
            return None
        degrees = parts[0] + parts[1] / 60 + parts[2] / 3600
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    ref = (ref.decode("ascii", "replace") if isinstance(ref, bytes) else str(ref or "")).strip().upper()[:1]
    return -degrees if ref == refs[1] else degrees


def _xmp_has_gps(data: bytes) -> bool:
    return _XMP_COORD.search(data) is not None


def _xmp_position(data: bytes) -> Position | None:
    found = {}
    for m in _XMP_COORD.finditer(data):
        v = _XMP_VALUE.match(m.group(2).decode("ascii", "replace"))
        if v:
            deg, minutes, seconds, ref = v.groups()
            value = float(deg) + float(minutes or 0) / 60 + float(seconds or 0) / 3600
            found[m.group(1)] = -value if ref.upper() in "SW" else value
    lat, lon = found.get(b"Latitude"), found.get(b"Longitude")
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return Position(round(lat, 7), round(lon, 7), "xmp")
