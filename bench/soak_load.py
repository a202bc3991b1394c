"""The soak's load (bench/bench_soak.py): who texts what, and when. Tipsters texting tips
in 3-4 texts (a share of them never texting SEND), paced as Poisson arrivals; an officer
relaying questions, some of them answered; the alert and its STOP storm; the Redis restart.
Every text is signed as Twilio signs it and recorded with its answer.

It is separate from the run (the processes, the clock, the drain) because it is the
workload itself: what a change to the load means is read here, what the machine did is
read in soak_watch.py and soak_results.py. ``SoakLoad`` is a part of ``Soak``: its methods
use the run's state (``self.url``, ``self.records``, ``self.args`` ...)."""
from __future__ import annotations

import random
import re
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from xml.etree import ElementTree

import requests

PUBLIC = "https://tips.bench.test"
OFFICER_PHONE = "+447700900501"
TWILIO_TIMEOUT_S = 15          # Twilio gives up on a webhook after 15 s
UNAVAILABLE_MARK = "cannot deal with it just now"
OPTED_OUT_MARK = "You will get no more texts"
SUB_BASE = 447000000000        # seeded subscribers +447000000000 ...
TIPSTER_BASE = 447701000000    # tipsters +447701000001 ...
ALERT_TEXT = "Car break-ins on Church Lane overnight. Please lock your car and keep valuables out of sight."
STOP_VARIANTS = ["STOP", "Stop", "stop", "STOP please", "Stop please", "stop it", "STOP ALERTS", "Stop!!!",
                 "unsubscribe", "\uff33\uff34\uff2f\uff30", "stop texting me", "no more texts",
                 "Please stop texting me", "STOPALL", "stop pls", "Stop. Thanks"]

WHAT = ["a man selling weed from a car", "lads breaking into the sheds", "someone dealing outside the chippy",
        "people fly tipping from a van", "a bloke nicking bikes from the rack", "cannabis smell from the flat above",
        "a car doing doughnuts in the car park", "two men trying car door handles", "kids throwing stones at buses",
        "a woman shoplifting from the Co-op", "someone growing plants in the loft next door",
        "a van parked up with the engine running for hours", "people coming and going from number 14 all night"]
PLACES = ["Church Lane", "the Co-op on High Street", "Radstock Road", "the park by Station Road", "Mill Street",
          "the garages behind Oak Avenue", "Fosseway", "the Red Lion car park", "Frome Road", "Bath Street",
          "the school gates on Combe Hill", "Charlton Road", "the bus stop on Bristol Road", "Waterloo Road"]
WHEN = ["last night about 11pm", "yesterday afternoon", "every Friday around 9", "last Tuesday evening",
        "on Sunday morning about 6am", "two days ago", "most nights this week", "last weekend", "this morning early"]
VEHICLES = ["silver Ford Focus", "black BMW", "white Transit van", "red Vauxhall Corsa", "grey Audi A3",
            "blue Nissan Qashqai", "green Land Rover", "black Mercedes van"]
PEOPLE = ["two lads, one in a grey hoodie", "a tall man with a beard, about 40", "a woman and her boyfriend, {name}",
          "three teenagers on bikes", "a short bloke in a puffer jacket they call {name}", "an older man, bald, {name}",
          "a couple, she has red hair", "a man in a hi vis vest"]
NAMES = ["Dean", "Kyle", "Shane", "Gary", "Tracey", "Jodie", "Wayne", "Darren", "Leanne", "Craig", "Stacey", "Lee"]
MORE = ["they use the back entrance", "SKIP", "there is a dog with them", "a neighbour saw it too",
        "it has been going on for weeks", "SKIP", "they park on the verge", "I can send photos later"]


def plate(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNOPRSTVWXY"
    return (f"{rng.choice(letters)}{rng.choice(letters)}{rng.randint(10, 74)} "
            f"{''.join(rng.choice(letters) for _ in range(3))}")


def twiml_messages(xml: str) -> list[str]:
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError:
        return ["<unparseable TwiML>"]
    return ["".join(m.itertext()) for m in root.iter("Message")]


class Pacer:
    """Poisson arrivals at ``rate`` per second, shared by all tipster threads (open loop
    as far as the thread count allows; no catch-up burst after a stall)."""

    def __init__(self, rate: float, rng: random.Random):
        self.rate, self.rng, self.lock = rate, rng, threading.Lock()
        self.next = time.monotonic()

    def wait(self, stop: threading.Event) -> bool:
        with self.lock:
            now = time.monotonic()
            self.next = max(self.next, now - 1.0) + self.rng.expovariate(self.rate)
            at = self.next
        while not stop.is_set():
            left = at - time.monotonic()
            if left <= 0:
                return True
            stop.wait(min(left, 0.5))
        return False


class SoakLoad:
    """The load's actors and how a text is sent (a part of bench_soak.Soak)."""

    def session(self) -> requests.Session:
        s = getattr(self.local, "session", None)
        if s is None:
            s = self.local.session = requests.Session()
        return s

    def text(self, phone: str, body: str, kind: str, **meta) -> dict:
        sid = "SM" + uuid.uuid4().hex
        form = {"From": phone, "To": "+447700900000", "Body": body, "MessageSid": sid, "NumMedia": "0",
                "FromCountry": "GB"}
        sig = self.validator.compute_signature(PUBLIC + "/sms", form)
        rec = {"sid": sid, "from": phone, "body": body, "kind": kind, "sent": time.time(), **meta}
        t0 = time.perf_counter()
        try:
            r = self.session().post(self.url + "/sms", data=form, headers={"X-Twilio-Signature": sig},
                                    timeout=TWILIO_TIMEOUT_S)
            rec["status"] = r.status_code
            rec["replies"] = twiml_messages(r.text) if r.status_code == 200 else []
        except requests.Timeout:
            rec["status"], rec["replies"] = "timeout", []
        except requests.RequestException as exc:
            rec["status"], rec["replies"] = f"error:{type(exc).__name__}", []
            self.local.session = None
        rec["latency"] = time.perf_counter() - t0
        rec["done"] = time.time()
        rec["spooled"] = any(UNAVAILABLE_MARK in m for m in rec["replies"])
        with self.rec_lock:
            self.records.append(rec)
        return rec

    def text_until_taken(self, phone: str, body: str, kind: str, retype_suffix: str = "", **meta) -> dict:
        """Text; with no answer (or not a 200), text again. A spooled text is kept: not retyped."""
        rec = first = self.text(phone, body, kind, **meta)
        tries = 1
        while rec["status"] != 200 and tries < 4 and not self.stopping.is_set():
            time.sleep(2 + self.rand().random() * 2)
            rec = self.text(phone, body + retype_suffix, kind, retype=tries, retype_of=first["sid"], **meta)
            tries += 1
        return rec

    def rand(self) -> random.Random:
        r = getattr(self.local, "rng", None)
        if r is None:
            with self.rng_lock:
                r = self.local.rng = random.Random(self.rng.random())
        return r

    def tipster(self, pacer: Pacer) -> None:
        rng = self.rand()
        while not self.stop_load.is_set():
            with self.filed_lock:
                self.tipster_seq += 1
                phone = f"+{TIPSTER_BASE + self.tipster_seq}"
            vehicle = f"{rng.choice(VEHICLES)} reg {plate(rng)}"
            script = [f"{rng.choice(WHAT)} at {rng.choice(PLACES)}, {vehicle}".capitalize(),
                      rng.choice(WHEN),
                      rng.choice(PEOPLE).format(name=rng.choice(NAMES) + f" from number {rng.randint(2, 120)}")]
            if rng.random() < 0.5:
                script.append(rng.choice(MORE))
            abandon = rng.random() < self.args.abandon_share   # goes quiet: filed by the idle check
            if abandon:
                script = script[:2 + rng.randint(0, 1)]
            else:
                script.append("SEND")
            for body in script:
                if not pacer.wait(self.stop_load):
                    return
                rec = self.text_until_taken(phone, body, "tip")
                if body == "SEND":
                    m = re.search(r"Your tip is (T-[A-Z0-9]+)", " ".join(rec["replies"]))
                    if m:
                        with self.filed_lock:
                            self.filed.append((m.group(1), phone))
            if abandon and not self.stop_load.is_set():
                with self.filed_lock:
                    self.abandoned.append(phone)

    def officer(self) -> None:
        rng = self.rand()
        n = 0
        next_relay = time.monotonic() + 5
        alert_at = time.monotonic() + self.duration * self.args.alert_at
        while not self.stop_load.is_set():
            if self.alert_id is None and time.monotonic() >= alert_at:
                self.send_alert()
                continue
            wake = min(next_relay, alert_at) if self.alert_id is None else next_relay
            if self.stop_load.wait(max(0.0, wake - time.monotonic())):
                return
            if time.monotonic() < next_relay:
                continue
            next_relay += self.args.relay_every * (0.5 + rng.random())
            with self.filed_lock:
                recent = self.filed[-60:]
            if not recent:
                continue
            tip_id, phone = rng.choice(recent)
            n += 1
            text = f"Q{n}: thanks, which way did they go after {rng.choice(PLACES)}?"
            rec = self.text_until_taken(OFFICER_PHONE, f"R {tip_id} {text}", "relay", " (resent)",
                                        tip=tip_id, tipster=phone, n=n)
            sent = any(m.startswith("Sent to the tipster") for m in rec["replies"])
            if sent and rng.random() < self.args.answer_share and \
                    time.monotonic() + 10 < self.load_end:
                k = n
                timer = threading.Timer(3 + 5 * rng.random(), self.answer, (phone, tip_id, k))
                timer.daemon = True
                self.answer_timers.append(timer)
                timer.start()

    def answer(self, phone: str, tip_id: str, k: int) -> None:
        if self.stop_load.is_set():
            return
        rng = self.rand()
        self.text_until_taken(phone, f"A{k}: towards {rng.choice(PLACES)}, in the {rng.choice(VEHICLES)}",
                              "answer", " (resent)", tip=tip_id)

    def send_alert(self) -> None:
        rec = self.text_until_taken(OFFICER_PHONE, f"ALERT NHW 5km BA3 5QE {ALERT_TEXT}", "alert-cmd")
        m = re.search(r"SEND (A-\d+)( CONFIRM)?", " ".join(rec["replies"]))
        if not m:
            self.event(f"ALERT not previewed: {rec['status']} {rec['replies']}")
            self.alert_id = "none"
            return
        alert_id = m.group(1)
        rec = self.text_until_taken(OFFICER_PHONE, f"SEND {alert_id}{m.group(2) or ''}", "alert-cmd")
        self.alert_id = alert_id
        self.alert_confirmed_at = rec["done"]
        self.event(f"alert {alert_id} sent by SMS{' with CONFIRM' if m.group(2) else ''}: "
                   f"{(rec['replies'] or ['(no reply)'])[0][:90]}")
        threading.Thread(target=self.stop_storm, daemon=True).start()

    def stop_storm(self) -> None:
        rng = self.rand()
        chosen = rng.sample(range(self.args.subscribers), min(self.args.stops, self.args.subscribers))
        start = time.monotonic() + 1.0
        offsets = sorted(rng.uniform(0, self.args.storm_seconds) for _ in chosen)
        self.event(f"STOP storm: {len(chosen)} subscribers over {self.args.storm_seconds:g} s")
        with ThreadPoolExecutor(max_workers=24) as pool:
            for i, off in zip(chosen, offsets):
                delay = start + off - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
                pool.submit(self.text_until_taken, f"+{SUB_BASE + i}", rng.choice(self.stop_variants), "stop")
        self.event("STOP storm: all sent")

    def restart_redis(self) -> None:
        at = self.t0 + self.duration * self.args.restart_at
        while time.time() < at:
            if self.stop_load.wait(0.5):
                return
        self.event("Redis SHUTDOWN (AOF fsynced)")
        self.redis_server.shutdown()
        self.down_at = self.t()
        time.sleep(self.args.down_seconds)
        self.redis_server.start()
        self.up_at = self.t()
        self.event(f"Redis started again on the same port and dir ({self.up_at - self.down_at:.1f} s down)")
