"""Watching the soak's machine (bench/bench_soak.py): the memory of the gunicorn and rq
process trees and of Redis, sampled every --sample-seconds; rq's scheduler, probed every 5 s
(jobs overdue, locks held); and, after the load, the wait until the queues are drained and
every abandoned draft is filed.

It is separate from the load (soak_load.py) and the figures (soak_results.py): it reads
/proc and Redis while the run goes on. ``SoakWatch`` is a part of ``Soak``."""
from __future__ import annotations

import os
import time
from collections import defaultdict

import redis as redis_lib


def proc_tree(pid: int) -> list[int]:
    """pid and all its descendants (from /proc/*/stat)."""
    children = defaultdict(list)
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(")") + 2:].split()[1])
        children[ppid].append(int(entry))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_rss_mb(pid: int) -> tuple[float, int]:
    pids = proc_tree(pid)
    return sum(rss_kb(p) for p in pids) / 1024, len(pids)


def loadavg() -> tuple[float, float, float]:
    with open("/proc/loadavg") as fh:
        a, b, c = fh.read().split()[:3]
    return float(a), float(b), float(c)


class SoakWatch:
    """Memory samples, scheduler probes and the drain (a part of bench_soak.Soak)."""

    def sample(self) -> dict:
        web, web_n = tree_rss_mb(self.gunicorn.pid)
        rq = [tree_rss_mb(p.pid) for p in self.workers]
        rq_main = sum(rss_kb(p.pid) for p in self.workers) / 1024
        try:
            r = redis_lib.Redis.from_url(self.settings["REDIS_URL"], socket_timeout=2, retry=None)
            info = r.info("memory")
            used, redis_rss = info["used_memory"] / 2**20, info["used_memory_rss"] / 2**20
            r.close()
        except redis_lib.RedisError:
            used = redis_rss = None
        with self.rec_lock:
            n = len(self.records)
        s = {"t": self.t(), "web_mb": web, "web_procs": web_n, "rq_mb": sum(x[0] for x in rq),
             "rq_procs": sum(x[1] for x in rq), "rq_main_mb": rq_main, "redis_used_mb": used,
             "redis_rss_mb": redis_rss, "load1": loadavg()[0], "texts": n}
        self.samples.append(s)
        return s

    def sampler(self) -> None:
        while not self.stopping.is_set():
            s = self.sample()
            used = f"{s['redis_used_mb']:.1f}" if s["redis_used_mb"] is not None else "down"
            print(f"[{s['t']:6.1f}s] texts {s['texts']:>6}  web {s['web_mb']:.0f} MB ({s['web_procs']} procs)  "
                  f"rq {s['rq_mb']:.0f} MB ({s['rq_procs']} procs, main {s['rq_main_mb']:.0f})  "
                  f"redis used {used} MB  load {s['load1']:.2f}", flush=True)
            if self.stopping.wait(self.args.sample_seconds):
                return

    def scheduler_probe(self) -> None:
        """Every 5 s: jobs scheduled more than 5 s ago and not yet enqueued (rq's scheduler moves them
        within ~1 s when it runs), and how many queues have a scheduler lock."""
        while not self.stopping.is_set():
            self.probe_once()
            if self.stopping.wait(5):
                return

    def probe_once(self) -> None:
        from rq.registry import ScheduledJobRegistry
        from rq.scheduler import RQScheduler

        r = redis_lib.Redis.from_url(self.settings["REDIS_URL"], socket_timeout=2, retry=None)
        try:
            pipe = r.pipeline(transaction=False)
            for name, q in self.svc.queues.items():
                pipe.zcount(ScheduledJobRegistry(queue=q).key, 0, time.time() - 5)
                pipe.exists(RQScheduler.get_locking_key(name))
            got = pipe.execute()
            self.sched.append((self.t(), sum(got[0::2]), sum(got[1::2])))
        except redis_lib.RedisError:
            self.sched.append((self.t(), -1, -1))
        finally:
            r.close()

    def pending_jobs(self) -> dict:
        from rq.registry import ScheduledJobRegistry, StartedJobRegistry

        from bot.messaging import queues

        out = {}
        for name in (queues.URGENT, queues.TEXTS, queues.ALERTS):
            q = self.svc.queues[name]
            out[name] = (len(q), StartedJobRegistry(queue=q).count, ScheduledJobRegistry(queue=q).count)
        return out

    def wait_drained(self, timeout_s: float) -> bool:
        deadline = time.monotonic() + timeout_s
        last = 0.0
        while time.monotonic() < deadline:
            try:
                jobs = self.pending_jobs()
                alert_state = self.bench.state(self.alert_id) if self.alert_id not in (None, "none") else "done"
            except redis_lib.RedisError:
                time.sleep(1)
                continue
            busy = sum(sum(v) for v in jobs.values())
            drafts = self.drafts_left()
            if not busy and alert_state in ("done", "halted") and not drafts:
                self.event("queues drained")
                return True
            if time.monotonic() - last > 15:
                self.event(f"waiting for the workers: alert {alert_state}, idle drafts not filed yet {drafts}, "
                           "(queued, started, scheduled) " + ", ".join(f"{k.split('-')[1]} {v}" for k, v in jobs.items()))
                last = time.monotonic()
            time.sleep(1)
        self.event("queues NOT drained before the timeout")
        return False

    def drafts_left(self) -> int:
        """Abandoned drafts (the phone never texted SEND) not yet filed as partial tips."""
        from bot.store import conversations, keys

        pipe = self.svc.redis.pipeline(transaction=False)
        for phone in self.abandoned:
            pipe.get(keys.conversation(self.svc.identity.pseudonym(phone)))
        convs = [conversations.decode(c) for c in pipe.execute()]
        return sum(1 for c in convs if c and self.svc.flows.is_draft(c))
