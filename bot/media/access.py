"""What the console calls: a tip's photos, their bytes, and (audited) their position.

Every function takes the tip the staff member is looking at and refuses a hash
that is not one of that tip's media (``NotFound``), so the console's per-tip
authorisation covers the media too: nobody reads another tip's photo by its hash.
Signing in and roles are the console's; so is auditing who viewed what, except
that a position cannot be had without an audit entry (``gps_of``).

Serving an original (``Opened``): it is whatever the tipster's phone sent, so it
is served inline only when Pillow read it as a raster image (JPEG, PNG, GIF,
WebP) and sent as that type; anything else goes as an ``application/octet-stream``
attachment. ``Opened.headers`` are the response headers to add (nosniff, no
caching, a sandboxing CSP, the download name). A sketch of the console route::

    opened = media.open_original(services, tip_id, sha256)
    return send_file(opened.stream, mimetype=opened.content_type, as_attachment=not opened.inline,
                     download_name=opened.filename, max_age=0), {**opened.headers}
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import BinaryIO

from bot.media import images, records
from bot.media.store import ORIGINAL, PREVIEW, make_store

INLINE_TYPES = frozenset(images.FORMAT_MIME.values())
_EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png", "image/gif": ".gif", "image/webp": ".webp",
               "image/heic": ".heic", "image/heif": ".heif", "video/mp4": ".mp4", "video/3gpp": ".3gp",
               "audio/amr": ".amr", "text/vcard": ".vcf", "text/x-vcard": ".vcf", "application/pdf": ".pdf"}


class NotFound(LookupError):
    """No such media on this tip (or not fetched, or its file is missing)."""


@dataclass(frozen=True)
class Photo:
    """One media URL of a tip, as the console lists it. Named "photo" because nearly
    all are; ``content_type`` says what it really is."""
    ref: str                   # MM...-ME...: names the URL (stable)
    url: str                   # Twilio's URL: to delete the copy there once it is no longer needed
    state: str                 # fetched | queued | failed | gone | refused | waiting (records.*)
    sha256: str | None         # over the exact bytes of the original (evidence)
    size: int | None           # bytes
    content_type: str | None   # as Twilio served it
    detected: str | None       # the format it really is (image/jpeg ...), None if not an image we read
    has_gps: bool | None       # True: carries a position (reveal with gps_of); None: unknown format
    has_preview: bool
    inline: bool               # the original may be shown inline (a raster image)
    width: int | None
    height: int | None
    fetched_at: float | None
    error: str = ""            # why it is not fetched (failed, gone, refused)

    @property
    def fetched(self) -> bool:
        return self.state == records.FETCHED


@dataclass
class Opened:
    """A stored file to send: close ``stream`` when done (send_file does)."""
    stream: BinaryIO
    content_type: str          # the type to send it as
    size: int
    sha256: str
    filename: str
    inline: bool
    headers: dict = field(default_factory=dict)


def photos_of(services, tip_id: str) -> list[Photo]:
    """The tip's media in the order they arrived (the record's, then the thread's).
    Reads only; [] for no such tip. A URL not fetched yet shows ``waiting`` or
    ``queued``: ``bot.media.queue_tip_media(services, tip_id)`` queues what is missing."""
    urls = records.tip_urls(services.redis, tip_id)
    if not urls:
        return []
    refs = [records.media_ref(u) for u in urls]
    return [_photo(ref, url, rec) for ref, url, rec in zip(refs, urls, records.load_many(services.redis, refs))]


def _int(value) -> int | None:
    return int(value) if value not in (None, "") else None


def _photo(ref: str, url: str, rec: dict | None) -> Photo:
    rec = rec or {}
    state = rec.get("state") or records.WAITING
    fetched = state == records.FETCHED
    detected = rec.get("detected") or None
    gps = rec.get("gps")
    return Photo(ref=ref, url=url, state=state, sha256=rec.get("sha256") if fetched else None,
                 size=_int(rec.get("size")) if fetched else None,
                 content_type=rec.get("content_type") if fetched else None, detected=detected,
                 has_gps=None if gps in (None, "") else gps == "1", has_preview=rec.get("preview") == "1",
                 inline=detected in INLINE_TYPES, width=_int(rec.get("width")), height=_int(rec.get("height")),
                 fetched_at=float(rec["fetched_at"]) if fetched and rec.get("fetched_at") else None,
                 error=rec.get("error") or "")


def _find(services, tip_id: str, sha256: str) -> Photo:
    for photo in photos_of(services, tip_id):
        if photo.fetched and photo.sha256 == sha256:
            return photo
    raise NotFound(f"no fetched media with that hash on {tip_id}")


def _open(services, sha256: str, kind: str) -> BinaryIO:
    try:
        return make_store(services.config).open(sha256, kind)
    except FileNotFoundError:
        raise NotFound(f"the {kind} file of {sha256[:16]} is missing from the media store") from None


def _headers(filename: str, inline: bool) -> dict:
    return {"X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store",
            "Content-Security-Policy": "default-src 'none'; sandbox", "Referrer-Policy": "no-referrer",
            "Content-Disposition": f'{"inline" if inline else "attachment"}; filename="{filename}"'}


def open_original(services, tip_id: str, sha256: str) -> Opened:
    """The original, byte for byte as Twilio served it. NotFound if it is not this tip's."""
    photo = _find(services, tip_id, sha256)
    ctype = photo.detected if photo.inline else "application/octet-stream"
    ext = _EXTENSIONS.get(photo.detected or photo.content_type or "", ".bin")
    filename = f"{tip_id}-{sha256[:16]}{ext}"
    return Opened(_open(services, sha256, ORIGINAL), ctype, photo.size or 0, sha256, filename, photo.inline,
                  _headers(filename, photo.inline))


def open_preview(services, tip_id: str, sha256: str) -> Opened:
    """The preview (JPEG, no metadata). NotFound if the tip has no such photo or it has
    no preview (not an image type we preview: offer the original as a download)."""
    photo = _find(services, tip_id, sha256)
    if not photo.has_preview:
        raise NotFound(f"{sha256[:16]} has no preview")
    stream = _open(services, sha256, PREVIEW)
    size = _size(stream)
    filename = f"{tip_id}-{sha256[:16]}-preview.jpg"
    return Opened(stream, "image/jpeg", size, sha256, filename, True, _headers(filename, True))


def _size(stream) -> int:
    try:
        return os.fstat(stream.fileno()).st_size
    except (AttributeError, OSError, ValueError):
        return 0


def verify(services, tip_id: str, sha256: str) -> bool:
    """Hash the stored original again: True when it still has exactly that SHA-256."""
    _find(services, tip_id, sha256)
    digest = hashlib.sha256()
    with _open(services, sha256, ORIGINAL) as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest() == sha256


def gps_of(services, tip_id: str, sha256: str, *, audit: Callable[[object], None]) -> images.Position | None:
    """The position in a photo, read from the original now (it is never stored).

    ``audit(pipe)`` must add the audit entry to ``pipe`` (a Redis transaction); it is
    committed before the file is even read, so no position is shown that was not
    audited. The console passes, e.g.::

        lambda pipe: bot.officers.audit.record(pipe, "media_gps_revealed", officer=staff,
                                               tip_id=tip_id, detail=f"sha256 {sha256[:16]}")

    Returns None when the photo has no readable position (the reveal is audited
    all the same: it was asked for)."""
    if not callable(audit):
        raise TypeError("gps_of needs an audit callback: a position is never revealed unaudited")
    _find(services, tip_id, sha256)
    with services.redis.pipeline(transaction=True) as pipe:
        audit(pipe)
        if not len(pipe):
            raise ValueError("the audit callback added nothing to the transaction")
        pipe.execute()
    with _open(services, sha256, ORIGINAL) as f:
        return images.position(f.read())


def sms_summary(services, tip_id: str) -> str:
    """The tip's media in a few plain GSM-7 words for an officer's SHOW, or "" if none:
    "2 photos (sha256 3f2a9c1e, 7b1d0a44; 1 has GPS)", "1 photo (1 not fetched yet)",
    "1 photo (1 not kept)" (failed, gone from Twilio, or refused: photos_of says why)."""
    photos = photos_of(services, tip_id)
    if not photos:
        return ""
    fetched = [p for p in photos if p.fetched]
    parts = []
    if fetched:
        parts.append("sha256 " + ", ".join(p.sha256[:8] for p in fetched[:3]) + (" ..." if len(fetched) > 3 else ""))
    pending = sum(1 for p in photos if p.state in (records.WAITING, records.QUEUED))
    if pending:
        parts.append(f"{pending} not fetched yet")
    if len(photos) - len(fetched) - pending:
        parts.append(f"{len(photos) - len(fetched) - pending} not kept")
    located = sum(1 for p in fetched if p.has_gps)
    if located:
        parts.append(f"{located} has GPS" if located == 1 else f"{located} have GPS")
    noun = "photo" if len(photos) == 1 else "photos"
    return f"{len(photos)} {noun} ({'; '.join(parts)})"
