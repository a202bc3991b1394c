"""Backup, restore, retention sweep and subject-access scan on N tips (default 10,000).

Runs the app in local mode on its own embedded Redis in a temporary folder, writes
N realistic tips (six answers, extracted facts, a thread of texts), half of them
closed, a sealed number per tipster, then times ``flask backup``, ``flask restore``,
a retention sweep (dry run: the scan; and a real one deleting every closed tip),
and finding one tipster's tips for a subject-access export.

    .venv/bin/python bench/bench_backup.py [N]
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bot import create_app  # noqa: E402
from bot.governance import subject_access, sweeper  # noqa: E402
from bot.privacy.identity import keep_number  # noqa: E402
from bot.store import embedded_redis, keys  # noqa: E402
from bot.tipline import tips  # noqa: E402

ANSWERS = {
    "what": "Two lads dealing from a grey Honda Civic outside the Co-op, swapping small packets for cash",
    "where": "Market Street by the Co-op, near the bus shelter opposite the chip shop",
    "when": "about 3am last night and most nights this week",
    "vehicle": "grey Honda Civic HVM2207, tinted windows, dent in the rear bumper",
    "people": "one tall in a black North Face jacket, one shorter with a white cap, both about 20",
    "more": "they keep a lookout on the corner and drive off when a marked car comes past",
}
FACTS = {"plates": ["HVM2207"], "locations": ["Market Street"], "times": ["about 3am"],
         "vehicles": ["grey Honda Civic"]}


def seed(svc, n: int) -> None:
    redis, now = svc.redis, time.time()
    for start in range(0, n, 500):
        pipe = redis.pipeline(transaction=False)
        for i in range(start, min(start + 500, n)):
            number = f"+4477009{i:05d}"
            pseudonym = svc.identity.pseudonym(number)
            conv = {"tip_id": f"T-{i:05d}", "fields": ANSWERS, "facts": FACTS, "media": [],
                    "texts": list(ANSWERS.values()), "text_count": 6, "synced_texts": 0,
                    "started_at": now - 86400 * 30, "urgent": False}
            tips.write_tip(pipe, conv, pseudonym, partial=False, now=now - 86400 * 30)
            keep_number(pipe, svc.identity, pseudonym, number, 90 * 86400)
            if i % 2:
                pipe.hset(keys.tip(f"T-{i:05d}"), mapping={"status": "closed", "closed_at": now - 86400 * 29})
        pipe.execute()


def main(n: int) -> None:
    folder = tempfile.mkdtemp(prefix="backup-bench-")
    app = create_app({"REDIS_URL": None, "INSTANCE_PATH": folder, "LOG_LEVEL": "WARNING"})
    svc, cli = app.extensions["tipline"], app.test_cli_runner()
    data_dir = os.path.join(folder, "redis")
    try:
        seed(svc, n)
        used = svc.redis.info("memory")["used_memory"]
        path = os.path.join(folder, "tips.backup")
        t = time.perf_counter()
        out = cli.invoke(args=["backup", path, "--by", "bench"])
        backup_s = time.perf_counter() - t
        assert out.exit_code == 0, out.output
        rdb_bytes = int(out.output.split("snapshot ")[1].split(" bytes")[0].replace(",", ""))
        svc.redis.flushall()
        t = time.perf_counter()
        out = cli.invoke(args=["restore", path, "--by", "bench"])
        restore_s = time.perf_counter() - t
        assert out.exit_code == 0, out.output
        assert svc.redis.zcard(keys.TIPS_BY_TIME) == n
        with app.app_context():
            t = time.perf_counter()
            dry = sweeper.sweep(svc, dry_run=True, now=time.time() + 7 * 365 * 86400)
            scan_s = time.perf_counter() - t
            t = time.perf_counter()
            found = subject_access.tips_of(svc.redis, svc.identity.pseudonym("+447700900042"))
            sar_s = time.perf_counter() - t
            t = time.perf_counter()
            real = sweeper.sweep(svc, now=time.time() + 7 * 365 * 86400)
            sweep_s = time.perf_counter() - t
        print(json.dumps({
            "tips": n, "redis_used_memory_mb": round(used / 2**20, 1),
            "backup_s": round(backup_s, 2), "rdb_mb": round(rdb_bytes / 2**20, 2),
            "backup_file_mb": round(os.path.getsize(path) / 2**20, 2),
            "restore_s": round(restore_s, 2),
            "sweep_scan_s": round(scan_s, 2), "due": len(dry.due),
            "sweep_delete_s": round(sweep_s, 2), "deleted": len(real.deleted),
            "subject_access_scan_s": round(sar_s, 3), "subject_tips": len(found),
        }, indent=1))
    finally:
        svc.redis.connection_pool.disconnect()
        embedded_redis.stop_embedded_redis(data_dir)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
