"""Media of a tip are fetched from Twilio by a job after the tip's news is saved:
with the account's credentials (media auth on) sent only to Twilio's host, never
to the CDN it redirects to; stored once per SHA-256; retried on 429/5xx; refused
when too large or not Twilio's; queued once however often the news is delivered;
``flask media fetch-missing`` picks up the rest (bot.media.fetch)."""
from __future__ import annotations

import hashlib
import logging
import os
import stat
from urllib.parse import urlsplit

import pytest

from bot import media
from bot.media import fetch, records
from bot.media.store import ORIGINAL, PREVIEW, make_store
from bot.store import keys
from tests.helpers import TIPSTER


def stored(services, sha256: str, kind: str = ORIGINAL) -> bytes:
    with make_store(services.config).open(sha256, kind) as f:
        return f.read()


def media_path(url: str) -> str:
    return urlsplit(url).path


def test_a_photo_is_fetched_with_credentials_that_never_reach_the_cdn(
        phone, services, worker, fake_twilio, file_tip, make_jpeg):
    fake_twilio.media_auth = True
    photo = make_jpeg()
    url = fake_twilio.add_media(photo)
    tip_id = file_tip(phone, "Two lads dealing from a grey Civic outside the Co-op", media=[url])
    worker()
    [p] = media.photos_of(services, tip_id)
    assert p.state == "fetched" and p.fetched and p.error == ""
    assert p.sha256 == hashlib.sha256(photo).hexdigest() and p.size == len(photo)
    assert p.content_type == "image/jpeg" and p.detected == "image/jpeg" and p.inline
    assert p.has_gps is False and p.has_preview and (p.width, p.height) == (40, 20)
    assert stored(services, p.sha256) == photo, "the original is not byte for byte what Twilio served"
    twilio_hop, cdn_hop = fake_twilio.media_requests
    assert twilio_hop["path"] == media_path(url) and twilio_hop["host"].startswith("127.0.0.1:")
    assert twilio_hop["auth"] is True
    assert cdn_hop["path"].startswith("/cdn/") and cdn_hop["host"].startswith("localhost:")
    assert cdn_hop["auth"] is False, "the Twilio credentials went to the CDN's host"


def test_files_are_0600_under_the_instance_folder(phone, services, worker, fake_twilio, file_tip, make_jpeg):
    url = fake_twilio.add_media(make_jpeg())
    tip_id = file_tip(phone, "Graffiti on the bus shelter", media=[url])
    worker()
    [p] = media.photos_of(services, tip_id)
    root = os.path.join(services.config["INSTANCE_PATH"], "media")
    for kind in (ORIGINAL, PREVIEW):
        path = make_store(services.config).path(p.sha256, kind)
        assert path.startswith(root + os.sep)
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(root).st_mode) == 0o700


def test_media_auth_on_and_off(services, fake_twilio, make_jpeg):
    photo = make_jpeg()
    url = fake_twilio.add_media(photo)
    with_creds = dict(services.config)
    without = {**with_creds, "TWILIO_ACCOUNT_SID": None, "TWILIO_AUTH_TOKEN": None}
    fake_twilio.media_auth = False
    assert fetch.download(without, url) == (photo, "image/jpeg")
    assert fetch.download(with_creds, url) == (photo, "image/jpeg")
    fake_twilio.media_auth = True
    assert fetch.download(with_creds, url) == (photo, "image/jpeg")
    with pytest.raises(fetch.FetchError) as refused:
        fetch.download(without, url)
    assert refused.value.state == "failed" and "401" in refused.value.reason and not refused.value.transient
    wrong = {**with_creds, "TWILIO_AUTH_TOKEN": "not-the-token"}
    with pytest.raises(fetch.FetchError):
        fetch.download(wrong, url)


def test_without_the_cdn_redirect_too(services, fake_twilio, make_jpeg):
    fake_twilio.media_redirect = False
    photo = make_jpeg()
    assert fetch.download(services.config, fake_twilio.add_media(photo, "image/jpeg; charset=binary")) == \
        (photo, "image/jpeg")
    assert len(fake_twilio.media_requests) == 1


def test_the_same_bytes_twice_are_stored_once(phone, services, worker, fake_twilio, file_tip, make_jpeg):
    photo = make_jpeg()
    first, second = fake_twilio.add_media(photo), fake_twilio.add_media(photo)
    tip_id = file_tip(phone, "Same photo sent twice by mistake", media=[first])
    phone.send("", media=[second])   # a follow-up on the filed tip
    worker()
    a, b = media.photos_of(services, tip_id)
    assert a.ref != b.ref and a.sha256 == b.sha256 and a.fetched and b.fetched
    folder = os.path.dirname(make_store(services.config).path(a.sha256, ORIGINAL))
    assert os.listdir(folder) == [a.sha256]
    assert services.redis.smembers(keys.media_blob(a.sha256)) == {a.ref.encode(), b.ref.encode()}


def test_news_delivered_again_queues_nothing_twice(phone, services, worker, fake_twilio, file_tip, make_jpeg):
    url = fake_twilio.add_media(make_jpeg())
    tip_id = file_tip(phone, "Van parked on the pavement every night", media=[url])
    assert media.queue_tip_media(services, tip_id) == 1   # the same as a delivery of TipFiled
    assert media.queue_tip_media(services, tip_id) == 0   # run again: its job is queued
    worker()   # also delivers TipFiled: one more attempt to queue it
    assert len(fake_twilio.media_requests) == 2           # one fetch (Twilio + CDN)
    assert media.queue_tip_media(services, tip_id) == 0   # fetched: nothing to do
    [p] = media.photos_of(services, tip_id)
    assert p.ref == records.media_ref(url) and records.job_id(p.ref) == f"media-{p.ref}"
    assert p.ref.startswith("MM") and "-ME" in p.ref


def test_urgent_news_fetches_a_draft_s_photo_before_it_is_filed(phone, services, worker, fake_twilio, make_jpeg):
    url = fake_twilio.add_media(make_jpeg())
    phone.send("He has a knife and is trying to get in my door right now", media=[url])
    worker()
    conv_tip = services.redis.zrange(keys.TIPS_BY_TIME, 0, -1)
    assert conv_tip, "an urgent draft is visible to officers"
    [p] = media.photos_of(services, conv_tip[0].decode())
    assert p.fetched


@pytest.fixture()
def quick_retries(monkeypatch):
    monkeypatch.setattr(fetch, "FETCH_RETRY", {"max": 2, "interval": [0, 0]})


def test_429_and_5xx_are_retried(phone, services, worker, fake_twilio, file_tip, make_jpeg, quick_retries):
    url = fake_twilio.add_media(make_jpeg())
    fake_twilio.fail_media(url, 503)
    fake_twilio.fail_media(url, 429)
    tip_id = file_tip(phone, "Car on bricks in the lane", media=[url])
    worker()
    [p] = media.photos_of(services, tip_id)
    assert p.fetched
    assert [r["path"] == media_path(url) for r in fake_twilio.media_requests] == [True, True, True, False]


def test_retries_run_out_then_fetch_missing_gets_it(
        app, phone, services, worker, fake_twilio, file_tip, make_jpeg, quick_retries):
    url = fake_twilio.add_media(make_jpeg())
    fake_twilio.fail_media(url, 502, times=3)
    tip_id = file_tip(phone, "Someone sleeping in the bus station", media=[url])
    worker()
    [p] = media.photos_of(services, tip_id)
    assert p.state == "failed" and "502" in p.error
    cli = app.test_cli_runner()
    dry = cli.invoke(args=["media", "fetch-missing", "--dry-run"])
    assert dry.exit_code == 0 and "failed 1" in dry.output, dry.output
    result = cli.invoke(args=["media", "fetch-missing"])
    assert result.exit_code == 0 and "queued 1 fetches" in result.output, result.output
    worker()
    assert media.photos_of(services, tip_id)[0].fetched


def test_404_is_gone_and_not_retried(phone, services, worker, fake_twilio, file_tip, quick_retries):
    url = "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM" + "1" * 32 + "/Media/ME" + "2" * 32
    tip_id = file_tip(phone, "Dog left in a hot car", media=[url])
    worker()
    [p] = media.photos_of(services, tip_id)
    assert p.state == "gone" and "404" in p.error and p.sha256 is None
    assert len(fake_twilio.media_requests) == 1


def test_too_large_is_refused_and_nothing_kept(config, fake_twilio, make_phone, worker, file_tip, make_jpeg):
    from bot import create_app

    small = create_app({**config, "MEDIA_MAX_BYTES": 500})
    url = fake_twilio.add_media(make_jpeg(size=(400, 300)))
    tip_id = file_tip(make_phone(TIPSTER, app=small), "Fly-tipping on Elm Close", media=[url])
    worker(small)
    svc = small.extensions["tipline"]
    [p] = media.photos_of(svc, tip_id)
    assert p.state == "refused" and "too large" in p.error and "MEDIA_MAX_BYTES" in p.error
    assert not os.path.exists(os.path.join(svc.config["INSTANCE_PATH"], "media", "original"))


def test_a_url_that_is_not_twilio_s_is_never_requested(phone, services, worker, fake_twilio, file_tip):
    tip_id = file_tip(phone, "Photo from somewhere else", media=["https://example.invalid/photo.jpg"])
    worker()
    [p] = media.photos_of(services, tip_id)
    assert p.state == "refused" and "not a Twilio media URL" in p.error
    assert fake_twilio.media_requests == []
    assert p.ref.startswith("u-")


def test_local_mode_fetches_nothing(local_app, make_phone, worker, file_tip):
    svc = local_app.extensions["tipline"]
    tip_id = file_tip(make_phone(TIPSTER, app=local_app), "Simulator photo",
                      media=["https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1"])
    worker(local_app)
    [p] = media.photos_of(svc, tip_id)
    assert p.state == "waiting" and not svc.redis.exists(keys.media(p.ref))


def test_a_lost_job_is_queued_again(phone, services, worker, fake_twilio, file_tip, make_jpeg):
    from rq.job import Job

    url = fake_twilio.add_media(make_jpeg())
    tip_id = file_tip(phone, "Bike stolen from the rack", media=[url])
    ref = records.media_ref(url)
    assert media.queue_tip_media(services, tip_id) == 1
    Job.fetch(records.job_id(ref), connection=services.redis).delete()   # lost (e.g. an old backup restored)
    worker()   # the TipFiled delivery finds it queued without a job, and queues it again
    assert media.photos_of(services, tip_id)[0].fetched
    assert not services.redis.zrange(keys.MEDIA_PENDING, 0, -1)


def test_requeue_lost_and_the_sweep(phone, services, worker, fake_twilio, file_tip, make_jpeg):
    from rq.job import Job

    url = fake_twilio.add_media(make_jpeg())
    tip_id = file_tip(phone, "Shed broken into", media=[url])
    worker()
    ref = records.media_ref(url)
    services.redis.delete(keys.media(ref))   # as if never fetched ...
    assert media.queue_tip_media(services, tip_id) == 1
    Job.fetch(records.job_id(ref), connection=services.redis).delete()   # ... and its job lost
    assert fetch.requeue_lost(services, older_than_s=3600) == 0          # too recent to call lost
    assert fetch.requeue_lost(services, older_than_s=0) == 1
    worker()
    assert media.photos_of(services, tip_id)[0].fetched
    assert media.sweep(services) == {"requeued": 0, "forgotten": 0}


def test_no_phone_number_in_media_records_or_logs(phone, services, worker, fake_twilio, file_tip, make_jpeg,
                                                   redis_dump, caplog, bristol):
    caplog.set_level(logging.DEBUG)
    url = fake_twilio.add_media(make_jpeg(gps=bristol))
    tip_id = file_tip(phone, "Car parked on the zigzags", media=[url])
    worker()
    assert media.photos_of(services, tip_id)[0].has_gps is True
    national = "07700900123"
    for key, value in redis_dump():
        if ":media" in key:
            assert TIPSTER not in value and national not in value and TIPSTER[1:] not in value, key
            assert "51.45" not in value and "-2.59" not in value, "a position was stored"
    assert TIPSTER not in caplog.text and TIPSTER[1:] not in caplog.text
