"""Previews carry pixels only (no EXIF, GPS, XMP, comment or ICC profile), upright,
at most MEDIA_PREVIEW_MAX_PX; a position is found in EXIF GPS or XMP; what Pillow
cannot read is "unknown", never "no position" (bot.media.images)."""
from __future__ import annotations

import io

import pytest
from PIL import ExifTags, Image

from bot.media import images

TYPES = frozenset({"image/jpeg", "image/png", "image/gif", "image/webp"})


def inspect(data: bytes, **kw):
    return images.inspect(data, preview_types=kw.get("types", TYPES), max_px=kw.get("max_px", 1600),
                          max_pixels=kw.get("max_pixels", 50_000_000))


def assert_no_metadata(preview: bytes) -> Image.Image:
    img = Image.open(io.BytesIO(preview))
    assert img.format == "JPEG"
    assert not img.getexif(), "EXIF in the preview"
    assert not img.getexif().get_ifd(ExifTags.IFD.GPSInfo), "GPS in the preview"
    assert not {"exif", "xmp", "comment", "icc_profile", "photoshop"} & set(img.info), img.info.keys()
    for marker in (b"Exif\x00", b"GPS", b"Acme", b"Tipster 3000", b"secret comment", b"xmpmeta"):
        assert marker not in preview, marker
    return img


def test_the_preview_of_a_photo_with_gps_has_no_metadata_at_all(make_jpeg, bristol):
    original = make_jpeg(gps=bristol, comment=b"secret comment",
                         xmp=b'<x:xmpmeta xmlns:x="adobe:ns:meta/">xmpmeta</x:xmpmeta>')
    seen = inspect(original)
    assert seen.detected == "image/jpeg" and seen.has_gps is True and (seen.width, seen.height) == (40, 20)
    assert_no_metadata(seen.preview)
    assert images.position(seen.preview) is None


def test_orientation_is_applied_before_the_metadata_goes(make_jpeg):
    # Stored 40x20 (landscape) with "rotate 90 CW to view": the phone showed it portrait.
    seen = inspect(make_jpeg(size=(40, 20), orientation=6))
    img = assert_no_metadata(seen.preview)
    assert img.size == (20, 40)
    # The blue quarter was top-left as stored; turned clockwise it is top-right.
    r, g, b = img.convert("RGB").getpixel((15, 5))
    assert b > 150 and r < 100, (r, g, b)


def test_a_large_photo_is_scaled_to_the_preview_size(make_jpeg):
    seen = inspect(make_jpeg(size=(3000, 1000)), max_px=1600)
    assert Image.open(io.BytesIO(seen.preview)).size == (1600, 533)
    small = inspect(make_jpeg(size=(300, 100)), max_px=1600)
    assert Image.open(io.BytesIO(small.preview)).size == (300, 100)   # never enlarged


def test_a_transparent_png_previews_on_white():
    img = Image.new("RGBA", (10, 10), (0, 0, 0, 0))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    seen = inspect(buf.getvalue())
    assert seen.detected == "image/png" and seen.has_gps is False
    assert Image.open(io.BytesIO(seen.preview)).convert("RGB").getpixel((5, 5)) >= (250, 250, 250)


def test_exif_gps_is_read_with_its_hemisphere(make_jpeg, bristol):
    pos = images.position(make_jpeg(gps=bristol))
    assert pos.source == "exif"
    assert pos.lat == pytest.approx(51.452, abs=1e-6) and pos.lon == pytest.approx(-2.59, abs=1e-6)
    south = images.position(make_jpeg(gps={**bristol, "lat_ref": "S", "lon_ref": "E"}))
    assert south.lat < 0 < south.lon


def test_a_photo_without_gps_says_so(make_jpeg):
    data = make_jpeg()
    assert inspect(data).has_gps is False and images.position(data) is None


def test_gps_in_xmp_counts_too(make_jpeg):
    xmp = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:Description exif:GPSLatitude="51,27.12N" '
           b'exif:GPSLongitude="2,35.4W"/></x:xmpmeta>')
    data = make_jpeg(xmp=xmp)
    assert inspect(data).has_gps is True
    pos = images.position(data)
    assert pos.source == "xmp" and pos.lat == pytest.approx(51.452) and pos.lon == pytest.approx(-2.59)


def test_a_gps_tag_that_cannot_be_read_still_says_it_has_one(make_jpeg, bristol):
    data = make_jpeg(gps={**bristol, "lat": (51.0, 0.0), "lon": (2.0, 1.0)})   # two numbers, not three
    assert inspect(data).has_gps is True
    assert images.position(data) is None


def test_what_pillow_cannot_read_is_unknown_not_safe():
    seen = inspect(b"\x00\x00\x00\x18ftypheic" + b"\x00" * 100)   # HEIC (Pillow has no decoder)
    assert seen.detected is None and seen.preview is None and seen.has_gps is None
    html = inspect(b"<html><script>alert(1)</script></html>")
    assert html.detected is None and html.preview is None and html.has_gps is None


def test_a_type_outside_the_preview_list_gets_none(make_jpeg):
    seen = inspect(make_jpeg(), types=frozenset({"image/png"}))
    assert seen.detected == "image/jpeg" and seen.preview is None and "settings" in seen.note


def test_too_many_pixels_gets_no_preview(make_jpeg):
    seen = inspect(make_jpeg(size=(400, 300)), max_pixels=100_000)
    assert seen.preview is None and seen.has_gps is False and "pixels" in seen.note


def test_a_truncated_jpeg_gets_no_preview_but_no_crash(make_jpeg):
    data = make_jpeg(size=(400, 300))
    seen = inspect(data[: len(data) // 2])
    assert seen.detected == "image/jpeg" and seen.preview is None
