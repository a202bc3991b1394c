"""What the console calls (bot.media.access): a tip's photos with hash, size, type,
state and GPS flag; originals byte for byte, previews without metadata, each only
through the tip it belongs to; anything not a raster image served as a download;
a position only with an audit entry committed first."""
from __future__ import annotations

import hashlib
import io

import pytest
from PIL import Image

from bot import media
from bot.media.store import ORIGINAL, make_store
from bot.officers import audit
from tests.helpers import TIPSTER

STAFF = {"pseudonym": "staff:7", "name": "DC Patel", "badge": "1234"}


@pytest.fixture()
def photo_tip(phone, worker, fake_twilio, file_tip, make_jpeg, bristol):
    """A tip with a photo that carries a GPS position, fetched."""
    data = make_jpeg(gps=bristol)
    tip_id = file_tip(phone, "Stolen quad bike in the yard behind the pub", media=[fake_twilio.add_media(data)])
    worker()
    return tip_id, data


def test_photos_of_lists_hash_size_type_and_gps(services, photo_tip):
    tip_id, data = photo_tip
    [p] = media.photos_of(services, tip_id)
    assert (p.sha256, p.size, p.content_type, p.state, p.has_gps) == \
        (hashlib.sha256(data).hexdigest(), len(data), "image/jpeg", "fetched", True)
    assert p.fetched_at and p.url.startswith("https://api.twilio.com/")
    assert media.photos_of(services, "T-ZZZZ") == []


def test_original_and_preview(services, photo_tip):
    tip_id, data = photo_tip
    sha = hashlib.sha256(data).hexdigest()
    original = media.open_original(services, tip_id, sha)
    with original.stream as f:
        assert f.read() == data
    assert original.content_type == "image/jpeg" and original.inline and original.size == len(data)
    assert original.filename == f"{tip_id}-{sha[:16]}.jpg"
    assert original.headers["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in original.headers["Cache-Control"] and "sandbox" in original.headers["Content-Security-Policy"]
    preview = media.open_preview(services, tip_id, sha)
    with preview.stream as f:
        img = Image.open(io.BytesIO(f.read()))
    assert preview.content_type == "image/jpeg" and preview.size > 0
    assert not img.getexif() and "exif" not in img.info
    assert media.verify(services, tip_id, sha) is True


def test_a_hash_is_served_only_through_its_own_tip(services, photo_tip, make_phone, file_tip):
    tip_id, data = photo_tip
    sha = hashlib.sha256(data).hexdigest()
    other = file_tip(make_phone("+447700900124"), "Unrelated tip with no photo")
    for call in (media.open_original, media.open_preview, media.verify):
        with pytest.raises(media.NotFound):
            call(services, other, sha)
    with pytest.raises(media.NotFound):
        media.gps_of(services, other, sha, audit=lambda pipe: audit.record(pipe, "media_gps_revealed"))
    with pytest.raises(media.NotFound):
        media.open_original(services, tip_id, "0" * 64)


def test_gps_is_revealed_only_with_an_audit_entry(services, photo_tip):
    tip_id, data = photo_tip
    sha = hashlib.sha256(data).hexdigest()
    with pytest.raises(TypeError):
        media.gps_of(services, tip_id, sha)                    # no audit callback: no position
    with pytest.raises(ValueError):
        media.gps_of(services, tip_id, sha, audit=lambda pipe: None)   # a callback that audits nothing
    assert not audit.entries(services.redis, action="media_gps_revealed")
    pos = media.gps_of(services, tip_id, sha, audit=lambda pipe: audit.record(
        pipe, "media_gps_revealed", officer=STAFF, tip_id=tip_id, detail=f"sha256 {sha[:16]}"))
    assert pos.lat == pytest.approx(51.452, abs=1e-6) and pos.lon == pytest.approx(-2.59, abs=1e-6)
    [entry] = audit.entries(services.redis, action="media_gps_revealed")
    assert entry["tip"] == tip_id and entry["name"] == "DC Patel" and "51.4" not in str(entry)


def test_a_failing_audit_reveals_nothing(services, photo_tip):
    tip_id, data = photo_tip

    def broken(pipe):
        pipe.xadd("tl:audit", {"x": "1"})
        pipe.incr("tl:audit")   # wrong type: the transaction fails
    with pytest.raises(Exception):
        media.gps_of(services, tip_id, hashlib.sha256(data).hexdigest(), audit=broken)


def test_something_not_an_image_is_a_download_only(phone, services, worker, fake_twilio, file_tip):
    page = b"<html><script>alert(document.cookie)</script></html>"
    tip_id = file_tip(phone, "They sent a web page", media=[fake_twilio.add_media(page, "text/html")])
    worker()
    [p] = media.photos_of(services, tip_id)
    assert p.fetched and p.content_type == "text/html" and p.detected is None
    assert not p.inline and not p.has_preview and p.has_gps is None
    opened = media.open_original(services, tip_id, p.sha256)
    with opened.stream as f:
        assert f.read() == page
    assert opened.content_type == "application/octet-stream" and not opened.inline
    assert opened.headers["Content-Disposition"].startswith("attachment;") and opened.filename.endswith(".bin")
    with pytest.raises(media.NotFound):
        media.open_preview(services, tip_id, p.sha256)


def test_a_tampered_original_fails_verification(services, photo_tip):
    tip_id, data = photo_tip
    sha = hashlib.sha256(data).hexdigest()
    path = make_store(services.config).path(sha, ORIGINAL)
    with open(path, "r+b") as f:
        f.seek(100)
        f.write(b"\x00")
    assert media.verify(services, tip_id, sha) is False


def test_the_list_command_shows_hashes_and_the_gps_flag_never_the_position(app, photo_tip):
    tip_id, data = photo_tip
    out = app.test_cli_runner().invoke(args=["media", "list", tip_id])
    assert out.exit_code == 0, out.output
    assert hashlib.sha256(data).hexdigest() in out.output and "GPS position: yes" in out.output
    assert "51.4" not in out.output and TIPSTER not in out.output


def test_the_sms_summary_names_hashes_and_gps_in_plain_text(services, photo_tip, phone, worker, fake_twilio):
    tip_id, data = photo_tip
    sha = hashlib.sha256(data).hexdigest()
    assert media.sms_summary(services, tip_id) == f"1 photo (sha256 {sha[:8]}; 1 has GPS)"
    phone.send("", media=["https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM9/Media/ME9"])   # never fetched
    assert media.sms_summary(services, tip_id) == f"2 photos (sha256 {sha[:8]}; 1 not fetched yet; 1 has GPS)"
    worker()   # Twilio has no such media: 404
    assert media.sms_summary(services, tip_id) == f"2 photos (sha256 {sha[:8]}; 1 not kept; 1 has GPS)"
    assert media.sms_summary(services, "T-ZZZZ") == ""
