"""Durability of the embedded server and ``flask backup`` / ``flask restore``.

The embedded tests start a real embedded server (bot.store.embedded_redis) in the
test's tmp dir through create_app with REDIS_URL unset, and stop it at the end;
the external-server tests use the session's Redis over TCP."""
from __future__ import annotations

import os
import re
import stat

import pytest
import redis as redis_lib
from cryptography.fernet import Fernet

from bot import create_app
from bot.officers import audit
from bot.store import backup, embedded_redis, keys
from bot.tipline import tips
from tests.conftest import Phone

TIP_ID = re.compile(r"T-[A-Z0-9]{4,6}")
TIP_TEXT = "Two lads dealing from a grey Honda Civic HVM2207 outside the Co-op on Market Street"


def file_tip(app, number: str = "+447700900123", text: str = TIP_TEXT) -> str:
    phone = Phone(app.test_client(), number)
    phone.send(text)
    return TIP_ID.search(" ".join(phone.send("SEND"))).group(0)


@pytest.fixture()
def embedded(config):
    """An app on its own embedded Redis (REDIS_URL unset), data under the test's tmp dir."""
    app = create_app({**config, "REDIS_URL": None, "EMBEDDED_REDIS": True})
    data_dir = os.path.join(app.config["INSTANCE_PATH"], "redis")
    assert app.config["REDIS_URL"] == embedded_redis.socket_url(data_dir)
    yield app
    app.extensions["tipline"].redis.connection_pool.disconnect()
    embedded_redis.stop_embedded_redis(data_dir)


def test_embedded_server_is_durable_and_never_evicts(embedded):
    """Written in its config, not left to defaults (which differ between Redis builds
    and versions), and in force on the running server."""
    conf = open(os.path.join(embedded.config["INSTANCE_PATH"], "redis", "redis.conf")).read().splitlines()
    for line in ("appendonly yes", "appendfsync everysec", "maxmemory-policy noeviction"):
        assert line in conf
    r = embedded.extensions["tipline"].redis
    assert r.config_get("appendonly") == {"appendonly": "yes"}
    assert r.config_get("appendfsync") == {"appendfsync": "everysec"}
    assert r.config_get("maxmemory-policy") == {"maxmemory-policy": "noeviction"}


def test_backup_then_restore_brings_the_data_back(embedded, tmp_path):
    svc, cli = embedded.extensions["tipline"], embedded.test_cli_runner()
    r = svc.redis
    tip_id = file_tip(embedded)
    path = tmp_path / "tips.backup"
    taken = cli.invoke(args=["backup", str(path), "--by", "ops"])
    assert taken.exit_code == 0, taken.output
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600

    r.flushall()
    r.set("tl:written-after-backup", "1")
    restored = cli.invoke(args=["restore", str(path), "--by", "Ops Lead"])
    assert restored.exit_code == 0, restored.output

    assert tips.load_tip(r, tip_id)["fields"]["what"] == TIP_TEXT
    assert r.llen(keys.tip_thread(tip_id)) >= 1 and r.zscore(keys.TIPS_BY_TIME, tip_id) is not None
    assert not r.exists("tl:written-after-backup")
    assert r.config_get("appendonly") == {"appendonly": "yes"}
    assert audit.entries(r, action="restored")[-1]["name"] == "Ops Lead"
    # The restored data is in the new AOF: it survives a restart of the server.
    data_dir = os.path.join(embedded.config["INSTANCE_PATH"], "redis")
    r.connection_pool.disconnect()
    embedded_redis.stop_embedded_redis(data_dir)
    embedded_redis.ensure_embedded_redis(data_dir)
    assert tips.load_tip(r, tip_id)["fields"]["what"] == TIP_TEXT


def test_restore_reapplies_erasures_made_after_the_backup(embedded, tmp_path):
    svc, cli = embedded.extensions["tipline"], embedded.test_cli_runner()
    kept, erased = file_tip(embedded, "+447700900123"), file_tip(embedded, "+447700900124", "Speeding on Elm Rd")
    path = tmp_path / "tips.backup"
    assert cli.invoke(args=["backup", str(path)]).exit_code == 0
    assert cli.invoke(args=["tips", "erase", erased, "--reason", "SAR-9 erasure", "--by", "DPO",
                            "--yes"]).exit_code == 0
    restored = cli.invoke(args=["restore", str(path), "--by", "Ops Lead"])
    assert restored.exit_code == 0, restored.output
    assert erased in restored.output
    assert tips.load_tip(svc.redis, erased) is None and tips.load_tip(svc.redis, kept)
    [entry] = audit.entries(svc.redis, action="tip_erased")
    assert entry["tip"] == erased and "re-applied after restore" in entry["detail"] and "SAR-9" in entry["detail"]


def test_an_unloadable_snapshot_leaves_the_data_as_it_was(embedded, tmp_path):
    svc, cli = embedded.extensions["tipline"], embedded.test_cli_runner()
    tip_id = file_tip(embedded)
    bad = tmp_path / "bad.backup"
    encrypt = Fernet(svc.config["SEALING_KEYS"].split(",")[0].encode())
    backup.write_sealed(str(bad), iter([b"REDIS0009" + os.urandom(2000)]), encrypt)
    result = cli.invoke(args=["restore", str(bad), "--by", "Ops Lead"])
    assert result.exit_code != 0 and "previous data is back" in result.output
    assert tips.load_tip(svc.redis, tip_id)["fields"]["what"] == TIP_TEXT
    assert svc.redis.config_get("appendonly") == {"appendonly": "yes"}


def test_restore_refuses_while_other_processes_are_connected(embedded, tmp_path):
    cli = embedded.test_cli_runner()
    path = tmp_path / "tips.backup"
    assert cli.invoke(args=["backup", str(path)]).exit_code == 0
    other = redis_lib.Redis.from_url(embedded.config["REDIS_URL"])
    other.ping()   # a web or worker process would hold a connection like this
    try:
        result = cli.invoke(args=["restore", str(path), "--by", "Ops Lead"])
        assert result.exit_code != 0 and "other clients" in result.output
    finally:
        other.close()


# -- external Redis (the session's server, over TCP) -------------------------------------------
def test_backup_file_is_sealed_private_and_refused_with_the_wrong_key(app, services, tmp_path):
    tip_id = file_tip(app)
    path = tmp_path / "ext.backup"
    result = app.test_cli_runner().invoke(args=["backup", str(path), "--by", "ops"])
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    blob = path.read_bytes()
    assert blob.startswith(backup.MAGIC)
    for clear in (b"HVM2207", b"Market Street", b"Honda", tip_id.encode(), b"tl:tip"):
        assert clear not in blob
    decrypt = Fernet(services.config["SEALING_KEYS"].encode())
    assert b"".join(backup.read_sealed(str(path), decrypt)).startswith(b"REDIS")
    with pytest.raises(backup.BackupError, match="cannot be decrypted"):
        list(backup.read_sealed(str(path), Fernet(Fernet.generate_key())))
    truncated = tmp_path / "truncated.backup"
    truncated.write_bytes(blob[: len(blob) - 10])
    with pytest.raises(backup.BackupError):
        list(backup.read_sealed(str(truncated), decrypt))
    assert audit.entries(services.redis, action="backup_taken")[-1]["name"] == "ops"


def test_chunks_cannot_be_reordered_or_dropped(tmp_path):
    key = Fernet(Fernet.generate_key())
    path = tmp_path / "chunks.backup"
    payload = b"REDIS0009" + os.urandom(5000)
    backup.write_sealed(str(path), iter([payload[:100], payload[100:]]), key, chunk_bytes=1024)
    assert b"".join(backup.read_sealed(str(path), key)) == payload
    blob = path.read_bytes()
    body, chunks = blob[len(backup.MAGIC):], []
    while body:
        n = int.from_bytes(body[:4], "big")
        chunks.append(body[: 4 + n])
        body = body[4 + n:]
    assert len(chunks) == 5
    swapped = tmp_path / "swapped.backup"
    swapped.write_bytes(backup.MAGIC + chunks[1] + chunks[0] + b"".join(chunks[2:]))
    with pytest.raises(backup.BackupError, match="expected"):
        list(backup.read_sealed(str(swapped), key))
    dropped = tmp_path / "dropped.backup"
    dropped.write_bytes(backup.MAGIC + b"".join(chunks[:-1]))
    with pytest.raises(backup.BackupError, match="truncated"):
        list(backup.read_sealed(str(dropped), key))


def test_restore_never_touches_an_external_redis(app, services, tmp_path):
    tip_id = file_tip(app)
    path, rdb = tmp_path / "ext.backup", tmp_path / "dump.rdb"
    cli = app.test_cli_runner()
    assert cli.invoke(args=["backup", str(path)]).exit_code == 0
    services.redis.set("tl:after", "1")
    refused = cli.invoke(args=["restore", str(path), "--by", "Ops Lead"])
    assert refused.exit_code != 0 and "external Redis" in refused.output and not rdb.exists()
    out = cli.invoke(args=["restore", str(path), "--by", "Ops Lead", "--rdb-out", str(rdb)])
    assert out.exit_code == 0, out.output
    assert rdb.read_bytes().startswith(b"REDIS") and stat.S_IMODE(os.stat(rdb).st_mode) == 0o600
    assert "appendonly no" in out.output
    assert services.redis.get("tl:after") == b"1" and tips.load_tip(services.redis, tip_id)
    assert audit.entries(services.redis, action="backup_decrypted")[-1]["name"] == "Ops Lead"


def test_a_server_that_refuses_sync_gives_a_clear_error_and_no_file(services, tmp_path):
    """Managed services often disable SYNC; an ACL user without it behaves the same."""
    r = services.redis
    r.acl_setuser("nosync", enabled=True, passwords=["+pw-nosync"], keys=["*"], commands=["+@all", "-sync"])
    try:
        url = services.config["REDIS_URL"].replace("redis://", "redis://nosync:pw-nosync@")
        limited = redis_lib.Redis.from_url(url)
        path = tmp_path / "refused.backup"
        with pytest.raises(backup.BackupError, match="refused SYNC"):
            backup.take(limited, str(path), Fernet(Fernet.generate_key()))
        assert not path.exists() and list(tmp_path.iterdir()) == []
        limited.close()
    finally:
        r.acl_deluser("nosync")
