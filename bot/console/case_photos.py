"""A tip's photos in the console: the preview, the original and the position in it
(/console/tips/<TIP_ID>/photos/<SHA256>/...), shown on the tip page (case.py).

Audit: a photo's preview ``media_preview``, its original ``media_download``, its position
``media_gps_revealed`` (committed before the file is read, by bot.media.gps_of). The files come
from the media store (bot.media) with its headers, inside the console's own; an original is
always a download, as it may carry a position and other metadata.
"""
from __future__ import annotations

from flask import Blueprint, abort, render_template, request, send_file

from bot import media
from bot.console import security
from bot.console.access import require_role
from bot.console.audit import console_audit
from bot.console.case_view import load_tip
from bot.services import current

bp = Blueprint("photos", __name__, url_prefix="/tips")


def _send(opened, *, attachment: bool):
    response = send_file(opened.stream, mimetype=opened.content_type, as_attachment=attachment,
                         download_name=opened.filename, max_age=0, conditional=False, etag=False)
    # The media store's headers, within the console's own (its tests hold every response to them):
    # its CSP sandboxed, its Referrer-Policy (a file has no links to leak a referrer by).
    response.headers.update({k: v for k, v in opened.headers.items() if k != "Referrer-Policy"})
    response.headers["Content-Security-Policy"] = f"{security.CSP}; sandbox"
    if attachment:
        response.headers["Content-Disposition"] = f'attachment; filename="{opened.filename}"'
    return response


def _photo_call(fn, tip_id: str, sha256: str, **kw):
    load_tip(tip_id)
    try:
        return fn(current(), tip_id, sha256, **kw)
    except media.NotFound:
        abort(404)


@bp.get("/<tip_id>/photos/<sha256>/preview")
@require_role("officer")
def preview(tip_id: str, sha256: str):
    """The preview: re-encoded JPEG without any metadata."""
    opened = _photo_call(media.open_preview, tip_id, sha256)
    console_audit("media_preview", tip_id=tip_id, detail=f"sha256 {sha256[:16]}")
    return _send(opened, attachment=False)


@bp.get("/<tip_id>/photos/<sha256>/original")
@require_role("officer")
def original(tip_id: str, sha256: str):
    """The original, byte for byte as the tipster's phone sent it (its SHA-256 is on the page),
    always as a download: it may carry a position and other metadata."""
    opened = _photo_call(media.open_original, tip_id, sha256)
    console_audit("media_download", tip_id=tip_id, detail=f"sha256 {sha256[:16]}")
    return _send(opened, attachment=True)


@bp.post("/<tip_id>/photos/<sha256>/gps")
@require_role("officer")
def gps(tip_id: str, sha256: str):
    """Reveal the position in a photo: only on this deliberate request, audited before the
    file is read (bot.media.gps_of). With htmx, the photo's GPS block; else a page."""
    position = _photo_call(media.gps_of, tip_id, sha256, audit=lambda pipe: console_audit(
        "media_gps_revealed", tip_id=tip_id, detail=f"sha256 {sha256[:16]}", pipe=pipe))
    context = {"tip_id": tip_id, "sha256": sha256, "position": position}
    if request.headers.get("HX-Request") == "true":
        return render_template("console/case/_gps.html", **context)
    return render_template("console/case/gps.html", **context)


@bp.app_template_filter("kib")
def _kib(size) -> str:
    size = int(size or 0)
    return f"{size} bytes" if size < 1024 else f"{size / 1024:.1f} KB" if size < 1024 * 1024 \
        else f"{size / 1024 / 1024:.1f} MB"
