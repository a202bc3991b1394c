"""The soak's figures (bench/bench_soak.py): after the run, every text the load sent is
matched with what the app did (reply caches, the fake Twilio's received texts, the alert's
tally) into ``analyse``'s dict, which ``report`` prints with the memory series and the
summary row for the README.

It is separate from the run because it only reads what a finished ``Soak`` recorded: the
load and the processes are bench_soak.py, soak_load.py and soak_watch.py."""
from __future__ import annotations

import json
import os
import statistics
from collections import Counter, defaultdict

from soak_load import OFFICER_PHONE, OPTED_OUT_MARK, SUB_BASE


def pct(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * q))]


def analyse(soak) -> dict:
    from bot.alerts import tally
    from bot.store import keys

    redis, identity = soak.svc.redis, soak.svc.identity
    recs = soak.records
    pseudo = {}
    for r in recs:
        if r["from"] not in pseudo:
            pseudo[r["from"]] = identity.pseudonym(r["from"])
    pipe = redis.pipeline(transaction=False)
    for r in recs:
        pipe.get(keys.reply_cache(pseudo[r["from"]], r["sid"]))
    cached = pipe.execute()
    for r, c in zip(recs, cached):
        r["processed"] = c is not None
        r["cached_replies"] = json.loads(c) if c is not None else None
    res: dict = {}
    res["offered"] = len(recs)
    res["by_kind"] = Counter(r["kind"] for r in recs)
    res["status"] = Counter(str(r["status"]) for r in recs)
    res["ok"] = sum(r["status"] == 200 for r in recs)
    res["spooled_answers"] = sum(r["spooled"] for r in recs)
    res["retyped"] = sum(bool(r.get("retype")) for r in recs)
    lost = [r for r in recs if not r["processed"]]
    # A spooled text is processed at replay AND the phone texted it again, as the answer asked.
    retyped_ok = {r["retype_of"] for r in recs if r.get("retype_of") and r["processed"] and not r["spooled"]}
    res["doubled"] = Counter(r["kind"] for r in recs if r["spooled"] and r["processed"] and
                             (r.get("retype_of") or r["sid"]) in retyped_ok)
    res["lost"] = lost
    lat = [r["latency"] for r in recs if r["status"] == 200]
    res["p50_ms"], res["p99_ms"], res["max_ms"] = 1000 * pct(lat, .5), 1000 * pct(lat, .99), 1000 * max(lat)
    res["rate"] = res["offered"] / soak.load_seconds
    outage = [r["latency"] for r in recs if r["status"] == 200 and down_window(soak, r)]
    res["outage_texts"] = len(outage)
    res["outage_p50_ms"], res["outage_max_ms"] = 1000 * pct(outage, .5), 1000 * max(outage or [0])

    with soak.twilio.lock:
        messages = list(soak.twilio.messages)
        posts = [q for q in soak.twilio.requests if q["method"] == "POST"]
    sent = Counter((m["to"], m["body"]) for m in messages)
    res["outbound"] = len(messages)
    res["duplicates"] = {k: c for k, c in sent.items() if c > 1}

    # relays and forwards: queued = the officer's/tipster's text was processed with the "sent"/"added" reply
    first_at = {}
    for q in posts:
        first_at.setdefault((q["form"].get("To"), q["form"].get("Body")), q["at"])
    relays = [r for r in recs if r["kind"] == "relay" and r["processed"]
              and any(x.startswith("Sent to the tipster") for x in r["cached_replies"])]
    res["relays_refused"] = sum(1 for r in recs if r["kind"] == "relay" and r["processed"]
                                and not any(x.startswith("Sent to the tipster") for x in r["cached_replies"]))
    relay_body = {}
    for r in relays:
        text = " ".join(r["body"].split(" ", 2)[2].split())
        relay_body[r["sid"]] = (r["tipster"], f"{soak.settings['FORCE_NAME']} re {r['tip']}: {text}")
    res["relays_queued"] = len(relays)
    res["relays_delivered"] = sum(1 for k in relay_body.values() if k in sent)
    res["relays_missing"] = [relay_body[r["sid"]] + (r["sid"],) for r in relays if relay_body[r["sid"]] not in sent]
    live = [r for r in relays if not r["spooled"]]   # spooled ones are queued at replay, not when answered
    res["relays_replayed"] = len(relays) - len(live)
    relay_lat = [first_at[relay_body[r["sid"]]] - r["done"] for r in live if relay_body[r["sid"]] in first_at]
    res["relay_p50_s"], res["relay_max_s"] = pct(relay_lat, .5), max(relay_lat or [0])
    # relays answered while the alert was fanning out (they used to wait for the whole alert, both
    # workers on drain jobs; drain jobs now work in slices of ALERT_SLICE_SECONDS)
    res["relay_windows"] = {}
    if soak.alert_id not in (None, "none"):
        from bot.alerts import store as alert_store

        fin = float(alert_store.load(redis, soak.alert_id).get("finished_at") or 0)
        windows = {"during the alert": (soak.alert_confirmed_at, fin),
                   "Redis restart +60 s": (soak.t0 + getattr(soak, "down_at", -1e9),
                                           soak.t0 + getattr(soak, "up_at", -1e9) + 60)}
        for name, (lo, hi) in windows.items():
            lat = [first_at[relay_body[r["sid"]]] - r["done"] for r in live
                   if lo <= r["done"] <= hi and relay_body[r["sid"]] in first_at]
            res["relay_windows"][name] = (len(lat), pct(lat, .5), max(lat or [0]))
    # per tipster, relays arrive in the order the officer's texts were processed
    order_bad = 0
    by_tipster = defaultdict(list)
    for r in live:
        if relay_body[r["sid"]] in first_at:
            by_tipster[r["tipster"]].append((r["done"], first_at[relay_body[r["sid"]]]))
    for items in by_tipster.values():
        items.sort()
        arrivals = [a for _, a in items]
        order_bad += sum(1 for x, y in zip(arrivals, arrivals[1:]) if y < x)
    res["relays_out_of_order"] = order_bad
    answers = [r for r in recs if r["kind"] == "answer" and r["processed"]
               and any(x.startswith("Added to your tip") for x in r["cached_replies"])]
    fwd = {r["sid"]: (OFFICER_PHONE, f"Tipster re {r['tip']}: {r['body'].strip()}") for r in answers}
    res["forwards_queued"] = len(fwd)
    res["forwards_delivered"] = sum(1 for k in fwd.values() if k in sent)
    res["forwards_missing"] = [k for k in fwd.values() if k not in sent]

    # the alert and the STOP storm
    res["alert"] = None
    if soak.alert_id not in (None, "none"):
        from bot.alerts import store

        a = store.load(redis, soak.alert_id)
        body = a["body"]
        subs = {f"+{SUB_BASE + i}" for i in range(soak.args.subscribers)}
        got = Counter(m["to"] for m in messages if m["body"] == body)
        stops = [r for r in recs if r["kind"] == "stop"]
        answered = {}
        for r in stops:
            if any(OPTED_OUT_MARK in m for m in r["replies"]):
                answered.setdefault(r["from"], r["done"])
        late = []
        for q in posts:
            to = q["form"].get("To")
            if q["form"].get("Body") == body and to in answered and q["at"] > answered[to]:
                rec = redis.hgetall(keys.outbound(keys.alert_send(soak.alert_id, pseudo.get(to) or
                                                                  identity.pseudonym(to))))
                claimed = float(rec.get(b"claimed_at", 0) or 0)
                late.append({"to": to[-4:], "post_after_stop_ms": 1000 * (q["at"] - answered[to]),
                             "claimed_before_stop_answer_ms": 1000 * (answered[to] - claimed)})
        stopped = {r["from"] for r in stops}
        res["alert"] = {
            "id": soak.alert_id, "state": a["state"], "total": a.get("total"), "segments": a.get("segments"),
            "recipients_texted": len(got), "texts": sum(got.values()),
            "missed": len(subs - stopped - set(got)), "strangers": len(set(got) - subs),
            "tally": tally.counts(redis, soak.alert_id), "stops": len(stops),
            "stops_answered": len(answered), "stoppers_texted": len(stopped & set(got)),
            "late": late, "body_chars": len(body),
            "seconds": (float(a.get("finished_at") or 0) - soak.alert_confirmed_at) if a.get("finished_at") else None,
        }
    from rq.registry import FailedJobRegistry

    res["failed_jobs"] = {name: FailedJobRegistry(queue=q).count for name, q in soak.svc.queues.items()}
    res["tips_filed"] = len(soak.filed)
    res["abandoned"] = len(soak.abandoned)
    res["abandoned_unfiled"] = soak.drafts_left()
    gl = (soak.out / "gunicorn.log").read_text(errors="replace")
    res["gunicorn_timeouts"] = gl.count("WORKER TIMEOUT")
    res["gunicorn_boots"] = gl.count("Booting worker")
    return res


def down_window(soak, r: dict) -> bool:
    if not hasattr(soak, "down_at"):
        return False
    start, end = soak.t0 + soak.down_at, soak.t0 + soak.up_at
    return r["sent"] <= end and r["done"] >= start


def report(soak, res: dict) -> None:
    a = soak.args
    loads = [s["load1"] for s in soak.samples]
    print("\n=== soak: figures ===")
    print(f"machine: {os.cpu_count()} cores; load average (1 min) during the run: min {min(loads):.2f}, "
          f"mean {statistics.fmean(loads):.2f}, max {max(loads):.2f}")
    print(f"run: {a.minutes:g} min of load ({soak.load_seconds:.0f} s), then spool replay and drain "
          f"({soak.drain_seconds:.0f} s, drained: {soak.drained}); out dir {soak.out}")
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(res["by_kind"].items()))
    print(f"texts offered: {res['offered']} ({res['rate']:.1f}/s: {kinds})")
    others = {k: v for k, v in res["status"].items() if k != "200"}
    print(f"answered 200: {res['ok']} (of which 'could not take your text', spooled: {res['spooled_answers']}); "
          f"answered otherwise: {sum(others.values())} {dict(others) or ''}; texted again by the phone: "
          f"{res['retyped']}")
    print(f"webhook latency (200s): p50 {res['p50_ms']:.0f} ms, p99 {res['p99_ms']:.0f} ms, "
          f"max {res['max_ms']:.0f} ms; during the Redis outage ({res['outage_texts']} texts): "
          f"p50 {res['outage_p50_ms']:.0f} ms, max {res['outage_max_ms']:.0f} ms")
    print(f"LOST texts (MessageSid never processed): {len(res['lost'])}")
    for r in res["lost"][:20]:
        print(f"    {r['kind']:<9} at {r['sent'] - soak.t0:7.1f}s status {r['status']} spooled {r['spooled']} "
              f"latency {r['latency']:.1f}s body {r['body'][:40]!r}")
    print(f"DUPLICATES (same to+body received twice by Twilio): {sum(c - 1 for c in res['duplicates'].values())}")
    for (to, body), c in list(res["duplicates"].items())[:10]:
        print(f"    x{c} to ...{to[-4:]}: {body[:70]!r}")
    print(f"outbound texts received by Twilio: {res['outbound']}")
    print(f"relays: queued {res['relays_queued']} ({res['relays_replayed']} from the spool), delivered "
          f"{res['relays_delivered']}, refused "
          f"{res['relays_refused']}, out of order {res['relays_out_of_order']}; answered-to-Twilio p50 "
          f"{res['relay_p50_s']:.1f} s, max {res['relay_max_s']:.1f} s")
    for name, (n, p50, mx) in res["relay_windows"].items():
        print(f"    relays answered {name}: {n}, answered-to-Twilio p50 {p50:.1f} s, max {mx:.1f} s")
    for m in res["relays_missing"][:10]:
        print(f"    relay not delivered: to ...{m[0][-4:]} {m[1][:60]!r}")
    print(f"tipster answers forwarded to the officer: queued {res['forwards_queued']}, delivered "
          f"{res['forwards_delivered']}")
    for m in res["forwards_missing"][:10]:
        print(f"    forward not delivered: {m[1][:60]!r}")
    al = res["alert"]
    if al:
        secs = f"{al['seconds']:.0f} s" if al["seconds"] else "not finished"
        print(f"alert {al['id']} ({al['body_chars']} chars, {al['segments']} segment(s)): state {al['state']}, "
              f"{al['total']} recipients, texted {al['recipients_texted']} ({al['texts']} texts) in {secs}; "
              f"missed (never stopped, never texted) {al['missed']}; tally {al['tally']}")
        print(f"STOP storm: {al['stops']} STOPs, {al['stops_answered']} answered as opted out; "
              f"{al['stoppers_texted']} stoppers got the alert (before or after); ALERT TEXTS AFTER THE STOP "
              f"WAS ANSWERED: {len(al['late'])}")
        for x in al["late"][:10]:
            print(f"    ...{x['to']}: POST reached Twilio {x['post_after_stop_ms']:.0f} ms after the STOP answer; "
                  f"claimed {x['claimed_before_stop_answer_ms']:.0f} ms before it")
    if soak.stop_variants_refused:
        print(f"STOP variants NOT honoured (left out of the storm): {soak.stop_variants_refused}")
    if res["doubled"]:
        print(f"processed twice (the spooled text at replay + the phone's retype that 'could not take your text' "
              f"asked for): {sum(res['doubled'].values())} {dict(res['doubled'])}")
    print(f"Redis restart: down at {getattr(soak, 'down_at', 0):.1f}s, up at {getattr(soak, 'up_at', 0):.1f}s; "
          f"spool before replay {soak.spool_before}, after {soak.spool_after} ({soak.replay_out})")
    print(f"rq worker exits (restarted after 2 s): {len(soak.worker_exits)} "
          f"{[(round(x['at']), x['rc']) for x in soak.worker_exits]}; failed jobs {res['failed_jobs']}; "
          f"gunicorn worker timeouts {res['gunicorn_timeouts']}, worker boots {res['gunicorn_boots']}")
    print(f"tips filed with SEND: {res['tips_filed']}; drafts abandoned before SEND: {res['abandoned']}, "
          f"not filed by the idle check: {res['abandoned_unfiled']}")
    overdue = [(t, n) for t, n, _ in soak.sched if n > 0]
    nolock = [t for t, _, locks in soak.sched if locks == 0]
    print(f"rq scheduler (probed every 5 s): jobs overdue by > 5 s in {len(overdue)} of {len(soak.sched)} probes"
          + (f" (max {max(n for _, n in overdue)} jobs, first {overdue[0][0]:.0f}s, last {overdue[-1][0]:.0f}s)"
             if overdue else "")
          + (f"; no scheduler running (no lock) from {nolock[0]:.0f}s to {nolock[-1]:.0f}s"
             if nolock else "; a scheduler ran throughout"))
    if hasattr(soak, "up_at"):
        back = [t for t, _, locks in soak.sched if t > soak.up_at and locks > 0 and
                not any(t2 > t and l2 == 0 for t2, _, l2 in soak.sched)]
        print(f"    after the Redis restart a scheduler holds its locks again (for good) from "
              f"{back[0]:.0f}s, {back[0] - soak.up_at:.0f} s after Redis came back" if back else
              "    after the Redis restart no scheduler came back before the drain ended")
    print("memory series (MB; rq = both worker trees: worker + work horse + scheduler):")
    print(f"{'t s':>7}{'web':>8}{'rq':>8}{'rq main':>9}{'redis used':>12}{'redis rss':>11}{'load':>7}{'texts':>8}")
    for s in soak.samples:
        used = f"{s['redis_used_mb']:.1f}" if s["redis_used_mb"] is not None else "down"
        rss = f"{s['redis_rss_mb']:.1f}" if s["redis_rss_mb"] is not None else "down"
        print(f"{s['t']:>7.0f}{s['web_mb']:>8.1f}{s['rq_mb']:>8.1f}{s['rq_main_mb']:>9.1f}{used:>12}{rss:>11}"
              f"{s['load1']:>7.2f}{s['texts']:>8}")
    first, last = minute(soak, True), minute(soak, False)
    grown = [s for s in soak.samples if s["redis_used_mb"] is not None and s["t"] <= soak.load_seconds + 1]
    if len(grown) >= 3:
        mid = len(grown) // 2
        per = [(b["redis_used_mb"] - a["redis_used_mb"]) / max(1, b["texts"] - a["texts"]) * 1024
               for a, b in ((grown[0], grown[mid]), (grown[mid], grown[-1]))]
        print(f"Redis used_memory grows with the data kept (reply caches 48 h, tips, threads, rq jobs): "
              f"{per[0]:.1f} KB per inbound text in the first half, {per[1]:.1f} KB in the second")
    print("first minute vs last minute of load (mean of samples):")
    for key, label in (("web_mb", "gunicorn tree"), ("rq_mb", "rq trees"), ("rq_main_mb", "rq main procs"),
                       ("redis_used_mb", "redis used_memory")):
        f, l_ = first.get(key), last.get(key)
        if f and l_:
            print(f"    {label:<18} {f:7.1f} -> {l_:7.1f} MB ({100 * (l_ - f) / f:+.0f}%)")
    summary(soak, res, first, last, loads)


def minute(soak, first: bool) -> dict:
    end = soak.load_seconds
    picked = [s for s in soak.samples if (s["t"] <= 60 if first else end - 60 <= s["t"] <= end + 1)]
    out = {}
    for key in ("web_mb", "rq_mb", "rq_main_mb", "redis_used_mb"):
        vals = [s[key] for s in picked if s[key] is not None]
        out[key] = statistics.fmean(vals) if vals else None
    return out


def summary(soak, res, first, last, loads) -> None:
    al = res["alert"] or {}
    dupes = sum(c - 1 for c in res["duplicates"].values())

    def mem(key):
        return f"{first[key]:.0f} -> {last[key]:.0f} MB" if first.get(key) and last.get(key) else "n/a"
    print("\n=== summary (for the README) ===")
    print(f"| soak {soak.args.minutes:g} min, gunicorn -w {soak.args.web_workers} + {soak.args.rq_workers} rq "
          f"workers, Redis (AOF) restarted once | {res['offered']} texts in ({res['rate']:.1f}/s: tips, "
          f"{res['relays_queued']} relays, {res['forwards_queued']} answers, alert to {al.get('total')} "
          f"+ {al.get('stops')} STOPs); {len(res['lost'])} lost, {dupes} duplicates, "
          f"{len(al.get('late', []))} alert texts after STOP; relays {res['relays_delivered']}/"
          f"{res['relays_queued']} delivered; {soak.spool_before} spooled, {soak.spool_after} left after replay; "
          f"p50 {res['p50_ms']:.0f} ms, p99 {res['p99_ms']:.0f} ms; RSS web {mem('web_mb')}, rq workers "
          f"{mem('rq_main_mb')}, Redis used {mem('redis_used_mb')}; load avg {statistics.fmean(loads):.1f} | "
          "0 lost, 0 duplicates, flat |")
