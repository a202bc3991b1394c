"""Evidence-grade media: MMS photos fetched from Twilio by a job, kept byte for byte
by SHA-256 in a media store (the filesystem under the instance folder by default),
with previews re-encoded without any metadata, and a GPS position revealed only
on an audited request.

- fetch: the listeners and the job that fetch each media URL of a tip (retried on
  429/5xx), ``flask --app wsgi media fetch-missing`` for those never fetched
- store: the MediaStore interface and the filesystem store (0600 files, atomic writes)
- images: format, GPS (EXIF and XMP) and metadata-free previews (Pillow)
- records: what Redis holds per media URL (never a number, never a position)
- access: what the console calls (below)
- retention: media go with their tips (``forget_tip``), unless shared or held

It sits between officers and the tip line (tests/test_layering.py): it reads tip
records, Twilio's credentials and the queues, and officers (SHOW) and the console
may read it. The console's API::

    photos_of(services, tip_id) -> list[Photo]       # hash, size, type, state, has_gps ...
    open_original(services, tip_id, sha256) -> Opened
    open_preview(services, tip_id, sha256) -> Opened
    verify(services, tip_id, sha256) -> bool           # re-hash the stored original
    gps_of(services, tip_id, sha256, *, audit) -> Position | None   # audit(pipe) is required
    queue_tip_media(services, tip_id) -> int           # fetch what is missing (e.g. on opening a tip)
    sms_summary(services, tip_id) -> str               # "2 photos (sha256 3f2a9c1e, 7b1d0a44; 1 has GPS)"
    forget_tip(services, tip_id) -> Forgotten          # for governance, after deleting a tip
"""
from __future__ import annotations

from functools import partial

from bot.media.access import (
    NotFound,
    Opened,
    Photo,
    gps_of,
    open_original,
    open_preview,
    photos_of,
    sms_summary,
    verify,
)
from bot.media.fetch import queue_tip_media
from bot.media.images import Position
from bot.media.retention import Forgotten, Held, StillFiled, forget_orphans, forget_tip

__all__ = ["NotFound", "Opened", "Photo", "Position", "Forgotten", "Held", "StillFiled", "photos_of",
           "open_original", "open_preview", "verify", "gps_of", "sms_summary", "queue_tip_media", "forget_tip",
           "forget_orphans", "sweep", "init_app"]


def sweep(services) -> dict:
    """The periodic safety net, for a worker's maintenance pass: fetches whose job was
    lost are queued again, media of deleted tips are forgotten."""
    from bot.media import fetch

    requeued = fetch.requeue_lost(services) if fetch.enabled(services.config) else 0
    return {"requeued": requeued, "forgotten": len(forget_orphans(services))}


def init_app(app, services) -> None:
    from bot import events
    from bot.media import cli, fetch

    bus = services.events
    for event_type in (events.TipFiled, events.TipUrgent, events.TipsterFollowUp):
        bus.subscribe(event_type, partial(fetch.on_tip_news, services))
    app.cli.add_command(cli.media)
