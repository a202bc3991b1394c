"""Media go with their tips: when a tip is erased or expires, so do its media,
except a file another tip still references (same bytes, content-addressed) and
anything of a tip on legal hold.

``forget_tip(services, tip_id)`` is for the code that deletes tips (erasure, the
retention sweep), called right after the tip is deleted. ``forget_orphans`` finds
tips whose record is gone but whose media are still here (the deletion happened
without that call, or it failed) and forgets them: ``flask --app wsgi media
forget-orphans``, and the worker's sweep.

Order of work, so that a fetch finishing at the same moment cannot leave a file
nobody references, nor lose one somebody does: the tip's links are removed in a
transaction watching the URL's tips; a URL that no tip references any more loses
its record and its place in the hash's set; then, holding the hash's lock (the
fetch job writes files and records under the same lock), the files go if that set
is empty.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

import redis as redis_lib

from bot.media import records
from bot.media.store import make_store
from bot.store import keys
from bot.tipline import retention as tip_retention

log = logging.getLogger(__name__)


class Held(Exception):
    """The tip is on legal hold: its media are kept."""


class StillFiled(Exception):
    """The tip still exists: forget its media only after deleting it."""


@dataclass
class Forgotten:
    tip_id: str
    refs: int = 0                  # media URLs unlinked from the tip
    files_deleted: list[str] = field(default_factory=list)   # hashes whose files went
    kept_shared: list[str] = field(default_factory=list)     # hashes kept: another tip has the same bytes


def forget_tip(services, tip_id: str) -> Forgotten:
    """Delete the media of a deleted tip, but not a file another tip references.
    Raises Held for a tip on legal hold, StillFiled if the tip record exists.
    Idempotent: a second call finds nothing to do."""
    redis = services.redis
    if tip_retention.hold_of(redis, tip_id):
        raise Held(tip_id)
    if redis.exists(keys.tip(tip_id)):
        raise StillFiled(tip_id)
    result = Forgotten(tip_id)
    store = None
    for ref in records.refs_of_tip(redis, tip_id):
        sha256 = _unlink(redis, tip_id, ref)
        result.refs += 1
        if not sha256:
            continue
        store = store or make_store(services.config)
        with redis.lock(keys.media_blob_lock(sha256), timeout=120, blocking_timeout=60):
            if redis.scard(keys.media_blob(sha256)):
                result.kept_shared.append(sha256)
            else:
                store.delete(sha256)
                result.files_deleted.append(sha256)
    pipe = redis.pipeline(transaction=True)
    pipe.delete(keys.tip_media(tip_id))
    pipe.srem(keys.MEDIA_TIPS, tip_id)
    pipe.execute()
    if result.refs:
        log.info("media of %s forgotten: %d URLs, %d files deleted, %d kept (shared with another tip)",
                 tip_id, result.refs, len(result.files_deleted), len(result.kept_shared))
    return result


def _unlink(redis, tip_id: str, ref: str, attempts: int = 10) -> str | None:
    """Remove the tip from the URL's tips; if none is left, the URL's record goes and
    its hash (to check for files to delete) is returned."""
    for _ in range(attempts):
        with redis.pipeline(transaction=True) as pipe:
            try:
                pipe.watch(keys.media_tips(ref), keys.media(ref))
                others = {m.decode() for m in pipe.smembers(keys.media_tips(ref))} - {tip_id}
                sha256 = (pipe.hget(keys.media(ref), "sha256") or b"").decode()
                pipe.multi()
                if others:
                    pipe.srem(keys.media_tips(ref), tip_id)
                else:
                    pipe.delete(keys.media_tips(ref), keys.media(ref))
                    pipe.zrem(keys.MEDIA_PENDING, ref)
                    if sha256:
                        pipe.srem(keys.media_blob(sha256), ref)
                pipe.execute()
                return sha256 if not others and sha256 else None
            except redis_lib.WatchError:
                continue
    raise RuntimeError(f"media {ref} kept changing while {tip_id} was forgotten")


def orphans(redis) -> list[str]:
    """Tips with media links whose record is gone and which are not on hold."""
    tip_ids = sorted(m.decode() for m in redis.smembers(keys.MEDIA_TIPS))
    if not tip_ids:
        return []
    pipe = redis.pipeline(transaction=False)
    for tip_id in tip_ids:
        pipe.exists(keys.tip(tip_id))
        pipe.exists(keys.tip_hold(tip_id))
    found = pipe.execute()
    return [tip_id for i, tip_id in enumerate(tip_ids) if not found[2 * i] and not found[2 * i + 1]]


def forget_orphans(services, *, dry_run: bool = False) -> list[Forgotten]:
    out = []
    for tip_id in orphans(services.redis):
        if dry_run:
            out.append(Forgotten(tip_id, refs=len(records.refs_of_tip(services.redis, tip_id))))
            continue
        try:
            out.append(forget_tip(services, tip_id))
        except (Held, StillFiled):   # held or filed again meanwhile (a restore): keep
            continue
    return out
