"""The synthetic tips the console benchmarks load (bench_console.py, bench_console_languages.py):
``load`` writes N tips spread over D days through ``tips.write_tip`` (so the search indexes are
written exactly as the inbound path writes them), with realistic facts (UK plates, some repeated
and some partial, places, real postcodes, phone numbers typed in the text, words from a
long-tailed vocabulary) and case states (older tips mostly closed with an outcome, claims spread
over 40 officers).

It is separate from bench_console.py because it is the data, not the measurement: two
benchmarks load the same tips, and what they look like is read here."""
from __future__ import annotations

import json
import random
import time

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
