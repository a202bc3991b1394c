"""Benchmark of the staff console's inbox and plate search with 100,000 tips (figures printed, not asserted).

Loads N tips (default 100,000) into a fresh Redis server through ``tips.write_tip`` (so the
search indexes are written exactly as the inbound path writes them), with realistic facts
(UK plates, some repeated and some partial, places, postcodes, phone numbers typed in the
text, words from a long-tailed vocabulary) and case states (older tips mostly closed with an
outcome, claims spread over 40 officers), then measures server time through the Flask test
client with a signed-in session:

- the inbox first page: default filters, and a few filter combinations;
- a plate search (exact after normalisation, typed with a space and in lower case);
- the related tips of a tip, and the live-update fragment;

and prints p50/p99 per request, the Redis memory the indexes take, and the load rate.

    .venv/bin/python bench/bench_console.py [--tips 100000] [--requests 200]

Targets on the 2-core machine (issue 11): inbox first page p50 < 100 ms, plate search p50 < 50 ms.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
from tests.fakes.redis_server import RedisServer  # noqa: E402

DAY = 86400.0
LETTERS = "ABCDEFGHJKLMNOPRSTUVWXYZ"
FIRST = ("Market Brook Church Station Mill High Park Victoria Albert Queen King Bridge Castle Water Green Hill "
         "Chapel School New Old North South East West London Bristol Bath Gloucester Wells Frome Radstock Oak "
         "Elm Ash Beech Cedar Willow Rose Lily Orchard Meadow Forest Lake River Manor Abbey Priory Grange Farm").split()
SUFFIX = "Street Road Lane Avenue Close Drive Way Rd St Ave Crescent Terrace Place Gardens Hill".split()
NAMED = ["the Co-op", "Tesco", "Spar", "the park", "Londis", "the station", "the school gates", "Lidl", "the chippy",
         "the Red Lion", "the bus stop", "the leisure centre", "Aldi", "the garage", "the car park", "the playground"]
ACTIVITY = ["dealing", "selling drugs", "selling weed", "fighting", "breaking into cars", "fly tipping", "speeding",
            "shoplifting", "carrying a knife", "handing over packages", "smashing windows", "doing burnouts",
            "taking bikes from the rack", "threatening people", "hanging round the cash machine", "spraying graffiti"]
PEOPLE = ["two lads", "a man", "a woman", "three teenagers", "a group of youths", "an older man", "two women",
          "a guy in a red hoodie", "a tall bloke", "a couple", "some kids on bikes", "a man with a dog"]
COLOURS = "black white silver grey red blue green dark".split()
MAKES = ["Honda Civic", "Ford Fiesta", "VW Golf", "BMW 3 series", "Audi A3", "Vauxhall Corsa", "Range Rover",
         "Transit van", "Mercedes Sprinter", "Toyota Prius", "Nissan Qashqai", "Peugeot 208", "Seat Leon",
         "Kia Sportage", "moped", "motorbike"]
WHEN = ["about 3am", "last night", "every evening", "right now", "10 mins ago", "this morning", "around 9pm",
        "most weekends", "yesterday afternoon", "at school closing time"]
SYLLABLES = "ka ri mo za de lu ti ba ne so ra fi go pe wa ly xa qu jo ve ha mi".split()
OUTCOMES = ["arrest", "charge", "property_recovered", "intelligence_logged", "no_further_action", "unfounded",
            "duplicate"]


def uk_plate(rng: random.Random) -> str:
    return (rng.choice(LETTERS) + rng.choice(LETTERS) + f"{rng.randint(2, 73):02d}"
            + "".join(rng.choice(LETTERS) for _ in range(3)))


def spaced(plate: str, rng: random.Random) -> str:
    return plate[:4] + " " + plate[4:] if rng.random() < 0.5 else plate


def nickname(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


class World:
    """Pools the tips draw from, so plates, places and names repeat as they do in life."""

    def __init__(self, rng: random.Random, postcodes: list[str]):
        self.rng = rng
        self.streets = [f"{a} {b}" for a in FIRST for b in SUFFIX]
        rng.shuffle(self.streets)
        self.streets = self.streets[:600]
        self.plates = [uk_plate(rng) for _ in range(8000)]      # vehicles seen again and again
        self.names = [nickname(rng) for _ in range(6000)]       # a long tail of names and nicknames
        self.postcodes = postcodes
        self.phones = [f"07700 9{rng.randint(0, 99999):05d}" for _ in range(800)]

    def pick(self, pool: list, skew: float = 1.2):
        """Zipf-like: the first of the pool far more often than the last."""
        n = len(pool)
        i = int(n * (self.rng.random() ** (1 + skew)))
        return pool[min(i, n - 1)]


def make_tip(world: World, n: int, started: float) -> tuple[dict, dict]:
    """(conversation dict for tips.write_tip, case fields to set afterwards)."""
    rng = world.rng
    people = rng.choice(PEOPLE)
    activity = rng.choice(ACTIVITY)
    street = world.pick(world.streets)
    named = rng.choice(NAMED) if rng.random() < 0.5 else ""
    place = f"{named} on {street}" if named else street
    facts: dict = {"locations": [x for x in (named.removeprefix("the ").title() if named else "", street) if x]}
    vehicle_text = ""
    r = rng.random()
    if r < 0.62:
        plate = world.pick(world.plates, 2.0) if rng.random() < 0.5 else uk_plate(rng)
        colour, make = rng.choice(COLOURS), rng.choice(MAKES)
        vehicle_text = f"in a {colour} {make} reg {spaced(plate, rng).lower() if rng.random() < 0.2 else spaced(plate, rng)}"
        facts["plates"] = [plate]
        facts["vehicles"] = [f"{colour} {make}"]
    elif r < 0.70:
        plate = world.pick(world.plates, 2.0)
        fragment = plate[:rng.choice((2, 3, 4))] if rng.random() < 0.7 else plate[-3:]
        colour, make = rng.choice(COLOURS), rng.choice(MAKES)
        vehicle_text = f"{colour} {make}, plate started {fragment} something"
        facts["partial_plates"] = [fragment]
        facts["vehicles"] = [f"{colour} {make}"]
    name = world.pick(world.names) if rng.random() < 0.35 else ""
    extra = []
    if name:
        extra.append(f"one of them is called {name}")
    if rng.random() < 0.03:
        phone = world.pick(world.phones)
        extra.append(f"his number is {phone}")
        facts["phones"] = [phone]
    postcode = ""
    if rng.random() < 0.22 and world.postcodes:
        postcode = world.pick(world.postcodes, 1.5)
        facts["locations"].append(postcode)
    when = rng.choice(WHEN)
    what = f"{people} {activity} {vehicle_text} outside {place} {postcode}".replace("  ", " ").strip()
    if extra:
        what += ", " + ", ".join(extra)
    facts["times"] = [when]
    urgent = rng.random() < 0.03
    fields = {"what": what, "where": f"{place} {postcode}".strip(), "when": when}
    if rng.random() < 0.4:
        fields["people"] = rng.choice(PEOPLE) + (f" called {world.pick(world.names)}" if rng.random() < 0.5 else "")
    texts = [v for v in fields.values()]
    conv = {"tip_id": f"T-{n:06d}", "fields": fields, "facts": facts, "media": [], "skipped": [], "texts": texts,
            "text_count": len(texts), "synced_texts": 0, "started_at": started, "urgent": urgent,
            "urgent_reason": "weapon mentioned" if urgent else ""}
    return conv, {}


def case_fields(rng: random.Random, started: float, now: float, officers: list[tuple[str, str]]) -> dict:
    age_days = (now - started) / DAY
    p_closed = 0.92 if age_days > 14 else 0.35
    out: dict = {}
    reply = rng.random() < 0.7
    if reply:
        out["first_reply_at"] = started + rng.uniform(120, 2 * DAY)
    r = rng.random()
    if r < p_closed:
        officer, name = rng.choice(officers)
        out.update(status="closed", claimed_by=officer, claimed_name=name, claimed_at=started + 600,
                   closed_by=officer, closed_at=started + rng.uniform(DAY, 10 * DAY), outcome=rng.choice(OUTCOMES))
    elif r < p_closed + (1 - p_closed) * 0.55:
        officer, name = rng.choice(officers)
        out.update(claimed_by=officer, claimed_name=name, claimed_at=started + 600)
    return out


def load(svc, n: int, days: float, seed: int = 7, batch: int = 500) -> tuple[float, list[tuple[str, str]]]:
    """Write ``n`` tips spread over ``days`` up to now; (seconds taken, officers)."""
    from bot.store import keys
    from bot.tipline import tips

    rng = random.Random(seed)
    postcodes = _postcodes()
    world = World(rng, postcodes)
    officers = [(f"officer{i:02d}" + "0" * 20, f"PC {nickname(rng)} {1000 + i}") for i in range(40)]
    now = time.time()
    start = now - days * DAY
    step = days * DAY / n
    t0 = time.perf_counter()
    pipe = svc.redis.pipeline(transaction=False)
    for i in range(n):
        started = start + i * step + rng.uniform(0, step * 0.9)
        conv, _ = make_tip(world, i, started)
        tips.write_tip(pipe, conv, "bench" + "0" * 27, partial=False, now=started + 300)
        case = case_fields(rng, started, now, officers)
        if case:
            pipe.hset(keys.tip(conv["tip_id"]), mapping=case)
            if "first_reply_at" in case:
                pipe.rpush(keys.tip_thread(conv["tip_id"]), json.dumps(
                    {"at": case["first_reply_at"], "from": "officer PC Bench", "text": "Thanks, can you say more?"}))
        if (i + 1) % batch == 0:
            pipe.execute()
        if (i + 1) % 10000 == 0:
            print(f"  {i + 1} tips written ({(i + 1) / (time.perf_counter() - t0):.0f}/s)", flush=True)
    pipe.execute()
    return time.perf_counter() - t0, officers


def _postcodes(limit: int = 3000) -> list[str]:
    """Real postcodes (Bristol and Bath areas) from the Code-Point Open data the app ships with."""
    import gzip

    from bot.alerts import geo

    folder = geo._codepoint_dir()
    out = []
    for area in ("bs", "ba"):
        path = folder / f"{area}.csv.gz" if folder else None
        if path and path.exists():
            with gzip.open(path, "rt") as f:
                for line in f:
                    out.append(line.split(",", 1)[0])
                    if len(out) >= limit * (1 if area == "bs" else 2):
                        break
    return out


def index_memory(redis) -> tuple[int, int]:
    """(bytes, keys) of the index keys (MEMORY USAGE, sampled in full)."""
    from bot.tipline import index

    total = count = 0
    pipe = redis.pipeline(transaction=False)
    names = list(index.index_keys(redis))
    for name in names:
        pipe.memory_usage(name, samples=0)
    for used in pipe.execute():
        total += used or 0
        count += 1
    return total, count


def tip_memory(redis, sample: int = 500) -> float:
    """Mean bytes of a tip's own record and thread (a sample)."""
    from bot.store import keys

    ids = [m.decode() for m in redis.zrange(keys.TIPS_BY_TIME, 0, -1)[::max(1, redis.zcard(keys.TIPS_BY_TIME) // sample)]]
    pipe = redis.pipeline(transaction=False)
    for tip_id in ids:
        pipe.memory_usage(keys.tip(tip_id), samples=0)
        pipe.memory_usage(keys.tip_thread(tip_id), samples=0)
    used = [u or 0 for u in pipe.execute()]
    return sum(used) / max(len(ids), 1)


def newest_arrival(redis) -> str:
    from bot.store import keys

    return redis.xrevrange(keys.TIP_ARRIVALS, count=1)[0][0].decode()


def sign_in(app, svc, role: str = "supervisor", officer: str | None = None, email: str | None = None):
    """A test client signed in as a new staff member (the real two-step sign-in)."""
    import re

    import pyotp

    from bot.console import accounts
    from bot.store import keys

    password = "amber kettle lantern 42"
    person, token = accounts.create(svc, email=email or f"bench-{role}@police.example.test", name=f"Bench {role}",
                                    role=role)
    _, secret = accounts.enrolment(svc, token)
    person, _ = accounts.complete_enrolment(svc, token, password=password, confirm=password,
                                            code=pyotp.TOTP(secret).now())
    svc.redis.delete(keys.staff_totp_last(person.id))
    if officer:
        svc.redis.hset(keys.staff(person.id), "officer", officer)
    client = app.test_client()
    base = "https://tips.bench.test"

    def token_of(html: str) -> str:
        return re.search(r'<meta name="csrf-token" content="([^"]+)"', html).group(1)

    page = client.get("/console/login", base_url=base).get_data(as_text=True)
    client.post("/console/login", base_url=base, headers={"Referer": base + "/console/login"},
                data={"email": person.email, "password": password, "csrf_token": token_of(page)})
    page = client.get("/console/login/code", base_url=base).get_data(as_text=True)
    resp = client.post("/console/login/code", base_url=base, headers={"Referer": base + "/console/login/code"},
                       data={"code": pyotp.TOTP(secret).now(), "csrf_token": token_of(page)})
    assert resp.status_code == 302, resp.get_data(as_text=True)[:500]
    return client, base


def measure(client, base: str, path: str, n: int, headers: dict | None = None) -> dict:
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        resp = client.get(path, base_url=base, headers=headers or {})
        times.append((time.perf_counter() - t0) * 1000)
        assert resp.status_code == 200, (path, resp.status_code, resp.get_data(as_text=True)[:300])
    times.sort()
    return {"p50": statistics.median(times), "p99": times[min(len(times) - 1, int(len(times) * 0.99))],
            "n": n, "bytes": len(resp.get_data())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tips", type=int, default=100_000)
    parser.add_argument("--days", type=float, default=730)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()

    from cryptography.fernet import Fernet

    from bot import create_app
    from bot.store import keys
    from bot.tipline import index

    server = RedisServer().start()
    try:
        app = create_app({"REDIS_URL": server.url, "PSEUDONYM_KEY": "bench-pseudonym-key-0123456789abcdef",
                          "SEALING_KEYS": Fernet.generate_key().decode(), "TWILIO_AUTH_TOKEN": "bench-token",
                          "INSTANCE_PATH": tempfile.mkdtemp(prefix="console-bench-"), "LOG_LEVEL": "WARNING",
                          "PUBLIC_BASE_URL": "https://tips.bench.test", "CONSOLE_COOKIE_SECURE": True})
        svc = app.extensions["tipline"]
        redis = svc.redis
        before = redis.info("memory")["used_memory"]
        print(f"Loading {args.tips} tips over {args.days:.0f} days ...", flush=True)
        took, officers = load(svc, args.tips, args.days)
        after = redis.info("memory")["used_memory"]
        idx_bytes, idx_keys = index_memory(redis)
        per_tip = tip_memory(redis)
        print(f"Loaded in {took:.1f} s ({args.tips / took:.0f} tips/s, indexes included)")
        print(f"Redis memory: {(after - before) / 1e6:.1f} MB for the tips; indexes {idx_bytes / 1e6:.1f} MB in "
              f"{idx_keys} keys = {idx_bytes / args.tips:.0f} bytes per tip (record + thread: {per_tip:.0f} bytes "
              f"per tip)")

        client, base = sign_in(app, svc, "supervisor", officer=officers[0][0])
        newest = [m.decode() for m in redis.zrevrange(keys.TIPS_BY_TIME, 0, 0)][0]
        plate_tip = None
        for tip_id in redis.zrevrange(keys.TIPS_BY_TIME, 0, 200):
            facts = json.loads(redis.hget(keys.tip(tip_id.decode()), "facts"))
            if facts.get("plates"):
                plate_tip, plate = tip_id.decode(), facts["plates"][0]
                break
        typed = (plate[:4] + " " + plate[4:]).lower()
        back = redis.xrevrange(keys.TIP_ARRIVALS, count=31)[-1][0].decode()   # 30 tips arrived since
        month_ago = time.strftime("%Y-%m-%d", time.gmtime(time.time() - 30 * DAY))
        hx = {"HX-Request": "true"}
        cases = [
            ("inbox, first page (default filters)", "/console/tips", None, args.requests),
            ("inbox, state new", "/console/tips?state=new", None, args.requests),
            ("inbox, unassigned + urgent", "/console/tips?unassigned=1&urgent=1", None, args.requests),
            ("inbox, mine (an officer with claims)", "/console/tips?mine=1", None, args.requests),
            ("inbox, state claimed, last 30 days", f"/console/tips?state=claimed&from={month_ago}", None,
             args.requests),
            ("inbox, free text 'knife'", "/console/tips?q=knife", None, args.requests),
            ("inbox, free text 'dealing station' + new (worst)", "/console/tips?q=dealing+station&state=new", None,
             args.requests // 4),
            (f"plate search '{typed}' (exact)", f"/console/tips?plate={typed.replace(' ', '+')}", None, args.requests),
            (f"plate search '{plate[:4]}' with partial matches", f"/console/tips?plate={plate[:4]}&partial=1", None,
             args.requests),
            ("related tips of a tip (fragment)", f"/console/tips/{plate_tip}/related", hx, args.requests),
            ("live update fragment (30 new tips)", f"/console/tips/live?after={back}&first=1", hx, args.requests),
            ("live update fragment (nothing new)", f"/console/tips/live?after={newest_arrival(redis)}&first=1", hx,
             args.requests),
        ]
        print(f"\n{'request':<52} {'p50 ms':>8} {'p99 ms':>8} {'KB':>6}")
        for label, path, headers, n in cases:
            measure(client, base, path, 5, headers)          # warm up
            r = measure(client, base, path, n, headers)
            print(f"{label:<52} {r['p50']:>8.1f} {r['p99']:>8.1f} {r['bytes'] / 1024:>6.0f}", flush=True)

        nobody, _ = sign_in(app, svc, "officer", officer="nobody-has-claimed-anything", email="bench-new@x.test")
        r = measure(nobody, base, "/console/tips?mine=1", args.requests // 4)
        print(f"{'inbox, mine (an officer with no claims: worst)':<52} {r['p50']:>8.1f} {r['p99']:>8.1f} "
              f"{r['bytes'] / 1024:>6.0f}")
        times = []
        for _ in range(5):
            for key in redis.scan_iter(match=keys.console_cache("*")):
                redis.delete(key)
            t0 = time.perf_counter()
            assert client.get("/console/dashboard", base_url=base).status_code == 200
            times.append((time.perf_counter() - t0) * 1000)
        cached = measure(client, base, "/console/dashboard", 20)
        print(f"{'dashboard, 30 days (computed / cached)':<52} {statistics.median(times):>8.1f} "
              f"{cached['p50']:>8.1f}")
        t0 = time.perf_counter()
        page = client.get("/console/exports", base_url=base).get_data(as_text=True)
        token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
        resp = client.post("/console/exports/tips.csv", base_url=base, data={"csrf_token": token},
                           headers={"Referer": base + "/console/exports"})
        body = resp.get_data()
        lines = body.count(b"\n") - 1
        print(f"{'CSV export, last 30 days':<52} {(time.perf_counter() - t0) * 1000:>8.1f} ms, "
              f"{lines} tips, {len(body) / 1024:.0f} KB")
        t0 = time.perf_counter()
        done = index.reindex(redis)
        print(f"{'reindex (flask --app wsgi tips reindex)':<52} {time.perf_counter() - t0:>8.1f} s for {done.tips} tips")
        print(f"\n(newest tip {newest}; server time through the Flask test client, Redis on 127.0.0.1; "
              f"{os.cpu_count()} CPUs)")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
