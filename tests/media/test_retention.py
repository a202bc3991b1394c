"""Media go with their tips (bot.media.retention): erased or expired, a tip's
files and records are deleted, except a file another tip has too; a tip on legal
hold keeps everything; a fetch that finishes after its tip went keeps nothing."""
from __future__ import annotations

import hashlib
import os

import pytest

from bot import media
from bot.governance import holds
from bot.media import fetch, records
from bot.media.store import ORIGINAL, PREVIEW, make_store
from bot.store import keys


def erase(app, tip_id: str):
    out = app.test_cli_runner().invoke(args=["tips", "erase", tip_id, "--reason", "request", "--by", "DPO", "--yes"])
    assert out.exit_code == 0, out.output


def media_keys(redis) -> list[str]:
    return sorted(k.decode() for k in redis.scan_iter(match="tl:*media*"))


def test_an_erased_tip_s_media_are_forgotten(app, services, phone, worker, fake_twilio, file_tip, make_jpeg):
    data = make_jpeg()
    tip_id = file_tip(phone, "Drugs in the stairwell", media=[fake_twilio.add_media(data)])
    worker()
    sha = hashlib.sha256(data).hexdigest()
    fs = make_store(services.config)
    assert fs.exists(sha, ORIGINAL) and fs.exists(sha, PREVIEW)
    with pytest.raises(media.StillFiled):
        media.forget_tip(services, tip_id)
    erase(app, tip_id)   # governance's erasure forgets the tip's media with it
    assert not fs.exists(sha, ORIGINAL) and not fs.exists(sha, PREVIEW)
    assert media_keys(services.redis) == []
    assert media.forget_tip(services, tip_id).refs == 0   # again: nothing to do


def test_a_file_another_tip_has_is_kept(app, services, make_phone, worker, fake_twilio, file_tip, make_jpeg):
    data = make_jpeg()
    first = file_tip(make_phone("+447700900123"), "Abandoned car", media=[fake_twilio.add_media(data)])
    second = file_tip(make_phone("+447700900124"), "Same abandoned car", media=[fake_twilio.add_media(data)])
    worker()
    sha = hashlib.sha256(data).hexdigest()
    erase(app, first)    # forgets the first tip's media, but the file is the second tip's too
    assert make_store(services.config).exists(sha, ORIGINAL)
    [p] = media.photos_of(services, second)
    assert p.fetched and media.verify(services, second, sha)
    erase(app, second)
    assert not make_store(services.config).exists(sha, ORIGINAL)


def test_forget_tip_keeps_a_shared_file_and_says_so(app, services, make_phone, worker, fake_twilio, file_tip,
                                                     make_jpeg):
    data = make_jpeg()
    first = file_tip(make_phone("+447700900123"), "Abandoned car", media=[fake_twilio.add_media(data)])
    file_tip(make_phone("+447700900124"), "Same abandoned car", media=[fake_twilio.add_media(data)])
    worker()
    services.redis.delete(keys.tip(first), keys.tip_thread(first))   # the tip went by another path
    done = media.forget_tip(services, first)
    assert done.kept_shared == [hashlib.sha256(data).hexdigest()] and done.files_deleted == []


def test_a_held_tip_keeps_its_media(app, services, phone, worker, fake_twilio, file_tip, make_jpeg):
    data = make_jpeg()
    tip_id = file_tip(phone, "Assault outside the club", media=[fake_twilio.add_media(data)])
    worker()
    holds.place(services.redis, tip_id, reason="case 22/123", by="DS Shaw")
    with pytest.raises(media.Held):
        media.forget_tip(services, tip_id)
    assert media.forget_orphans(services) == []
    assert make_store(services.config).exists(hashlib.sha256(data).hexdigest(), ORIGINAL)


def test_forget_orphans_finds_tips_deleted_without_telling_media(
        app, services, phone, worker, fake_twilio, file_tip, make_jpeg):
    data = make_jpeg()
    tip_id = file_tip(phone, "Shoplifting at the Co-op", media=[fake_twilio.add_media(data)])
    worker()
    services.redis.delete(keys.tip(tip_id), keys.tip_thread(tip_id))   # deleted without telling media
    cli = app.test_cli_runner()
    dry = cli.invoke(args=["media", "forget-orphans", "--dry-run"])
    assert dry.exit_code == 0 and f"{tip_id}: 1 media would be forgotten" in dry.output
    assert make_store(services.config).exists(hashlib.sha256(data).hexdigest(), ORIGINAL)
    out = cli.invoke(args=["media", "forget-orphans"])
    assert out.exit_code == 0 and f"{tip_id}: 1 media forgotten, 1 files deleted" in out.output, out.output
    assert not make_store(services.config).exists(hashlib.sha256(data).hexdigest(), ORIGINAL)
    assert media_keys(services.redis) == []


def test_a_fetch_that_ends_after_the_tip_went_keeps_nothing(
        app, services, phone, worker, fake_twilio, file_tip, make_jpeg):
    data = make_jpeg()
    url = fake_twilio.add_media(data)
    tip_id = file_tip(phone, "Noise from the flat upstairs", media=[url])
    ref = records.media_ref(url)
    assert media.queue_tip_media(services, tip_id) == 1
    erase(app, tip_id)   # forgets the tip's media too
    with app.app_context():   # the job ran only now (it was queued before the erasure)
        assert fetch.fetch_job(ref) == "forgotten"
        # and a download already under way when the tip went: its bytes are not kept
        assert fetch.store_media(services, ref, data, "image/jpeg") == "forgotten"
    assert not os.path.exists(make_store(services.config).path(hashlib.sha256(data).hexdigest(), ORIGINAL))
    worker()
    assert media_keys(services.redis) == []
    assert not services.redis.exists(keys.tip_media(tip_id))
