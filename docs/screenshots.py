"""Screenshots of the staff console for the README: docs/screenshots/{inbox,tip,dashboard,staff}.png.

Served exactly as the browser tests serve it (tests/console/browser/conftest.py: the app over
https on 127.0.0.1, a real Redis server, the fake Twilio server) and photographed in Debian's
headless Chromium with Playwright. Demo data only: invented tips, tipsters on Ofcom's drama range
(07700 900xxx), staff at police.example.test; tips reach the app as Twilio-signed webhooks, the
officer's reply goes through the masked relay to the fake Twilio server and the tipster answers.

    .venv/bin/python docs/screenshots.py [--out docs/screenshots]

tests/console/browser/test_screenshots.py runs ``seed`` and ``shoot`` against the live-server fixture,
so this script cannot rot unnoticed.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import random
import re
import ssl
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASSWORD = "harbour pencil autumn 58"
DAY = 86400.0
OUT = ROOT / "docs" / "screenshots"
SHOTS = ("inbox", "tip", "dashboard", "staff")

MAIN_TIPSTER = "+447700900123"
OTHER_TIPSTERS = ("+447700900456", "+447700900789")

# Older tips, written as the inbound path writes them (tips.write_tip, facts from the NLP), spread over
# the last 30 days so the dashboard has a shape. (text, urgent)
BACKGROUND = [
    "Cannabis smell from the flat above the launderette on Victoria Road every night",
    "Silver BMW 3 series KX17 was doing doughnuts in the Tesco car park around 11pm",
    "Fly tipping again behind the garages on Orchard Close, mattresses and paint tins",
    "Someone trying car door handles along Station Road about 2am, hoodie and gloves",
    "Lads on a stolen moped going up and down Church Lane, no plates",
    "Cash in hand deals outside the chippy on the High Street most afternoons",
    "Woman being shouted at in a red Corsa YF63 LMN at the bus stop on Mill Lane",
    "Drugs being passed through the fence at the park by the school gates at 3pm",
    "Same van WU68 KTR parked outside 14 Meadow Way for a week, men loading tools at night",
    "Graffiti on the underpass by Bridge Street, tags say the same crew as last month",
    "Kids throwing stones at buses on Castle Hill around 4pm",
    "Shed broken into on Willow Drive, bikes taken, saw a white Transit leaving",
    "Man selling fake perfume from a car boot at the Sunday market",
    "Speeding every morning on Abbey Road, black Audi A3 DE19 XKP",
    "Loud parties and dealing at 22 Grange Avenue, cars coming and going all night",
    "Catalytic converters cut off two cars on Priory Gardens last night",
]
OUTCOMES = ("arrest", "intelligence_logged", "no_further_action", "property_recovered", "charge", "unfounded")


@dataclass
class Login:
    """An enrolled console account, signed in through the real pages (email, password, a TOTP code)."""
    id: str
    email: str
    name: str
    password: str
    secret: str
    _step: int = field(default=-1, repr=False)

    def code(self) -> str:
        import pyotp

        step = max(int(time.time() // 30), self._step + 1)     # each code is accepted once
        self._step = step
        return pyotp.TOTP(self.secret).at(step * 30)


def enrolled(services, *, email: str, name: str, role: str) -> Login:
    """A staff account created and enrolled as ``staff add`` and the enrolment page do."""
    import pyotp

    from bot.console import accounts

    person, token = accounts.create(services, email=email, name=name, role=role)
    _, secret = accounts.enrolment(services, token)
    totp = pyotp.TOTP(secret)
    accounts.complete_enrolment(services, token, password=PASSWORD, confirm=PASSWORD, code=totp.now())
    return Login(person.id, email, name, PASSWORD, secret, _step=int(time.time() // 30))


def demo_photo() -> bytes:
    """A made-up street photo (a car by a shop front) whose EXIF carries a GPS position, as a phone's would."""
    from PIL import ExifTags, Image, ImageDraw

    img = Image.new("RGB", (640, 400), (150, 170, 190))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 260, 640, 400), fill=(90, 90, 95))                       # road
    draw.rectangle((40, 60, 600, 260), fill=(180, 140, 110))                     # shop front
    draw.rectangle((80, 110, 260, 250), fill=(60, 80, 100))                      # window
    draw.rectangle((330, 120, 420, 260), fill=(40, 60, 40))                      # door
    draw.rectangle((60, 70, 580, 100), fill=(0, 110, 70))                        # sign
    draw.rounded_rectangle((170, 250, 470, 330), 30, fill=(120, 125, 130))      # car
    draw.rectangle((230, 215, 410, 260), fill=(110, 115, 120))
    for x in (215, 425):
        draw.ellipse((x - 28, 305, x + 28, 361), fill=(20, 20, 20))
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Acme Phones"
    exif[ExifTags.IFD.GPSInfo] = {ExifTags.GPS.GPSLatitudeRef: "N", ExifTags.GPS.GPSLatitude: (51.0, 27.0, 7.2),
                                  ExifTags.GPS.GPSLongitudeRef: "W", ExifTags.GPS.GPSLongitude: (2.0, 35.0, 24.0)}
    out = io.BytesIO()
    img.save(out, "JPEG", quality=85, exif=exif)
    return out.getvalue()


def file_tip(phone, *texts: str, media: list[str] | None = None) -> str:
    """A tipster texts a tip (the first text with any photos) and files it with SEND; its ID."""
    phone.send(texts[0], media=media)
    for text in texts[1:]:
        phone.send(text)
    replies = phone.send("SEND")
    found = re.search(r"T-[A-Z0-9]{4,6}", " ".join(replies))
    if not found:
        raise RuntimeError(f"no tip filed: {replies}")
    return found.group(0)


ANSWERS = (("where was this", "Outside the Co-op on Market Street, by the cash machine"),
           ("when was it", "Most evenings about 9pm, last seen tonight"),
           ("was there a vehicle", "Grey Honda Civic HVM2207"),
           ("anyone involved", "Two lads, early 20s, one in a red North Face jacket"),
           ("anything else", "SKIP"),
           ("reply send", "SEND"))


def answer_questions(phone, first: str, media: list[str] | None = None) -> str:
    """A tipster who answers each of the bot's questions, then files the tip; its ID."""
    replies = phone.send(first, media=media)
    for _ in range(len(ANSWERS) + 1):
        said = " ".join(replies)
        filed = re.search(r"Your tip is (T-[A-Z0-9]{4,6})", said)
        if filed:
            return filed.group(1)
        answer = next((text for question, text in ANSWERS if question in said.lower()), None)
        if answer is None:
            raise RuntimeError(f"unexpected question: {said}")
        replies = phone.send(answer)
    raise RuntimeError(f"the tip was not filed: {replies}")


def background_tips(services, now: float, rng: random.Random) -> None:
    """Older tips over the last 30 days, with claims and outcomes, written as the inbound save writes them."""
    from bot.tipline import tips

    redis = services.redis
    for n in range(40):
        text = BACKGROUND[n % len(BACKGROUND)]
        at = now - DAY * rng.uniform(0.3, 30) if n else now - 3600
        facts = services.extract(text).to_dict()
        urgent = bool(facts.pop("urgent", False))
        reason = facts.pop("urgent_reason", "") or ""
        tip_id = tips.allocate_tip_id(redis)
        conv = {"tip_id": tip_id, "fields": {"what": text}, "facts": facts, "media": [], "texts": [text],
                "text_count": 1, "synced_texts": 0, "started_at": at - 120, "urgent": urgent,
                "urgent_reason": reason}
        pseudonym = services.identity.pseudonym(f"+4477009002{n % 100:02d}")
        pipe = redis.pipeline(transaction=True)
        tips.write_tip(pipe, conv, pseudonym, partial=False, now=at)
        age_days = (now - at) / DAY
        if age_days > 4 and rng.random() < 0.85:
            pipe.hset(tips_key(tip_id), mapping={"status": "closed", "outcome": rng.choice(OUTCOMES),
                                                 "closed_at": at + DAY, "first_reply_at": at + rng.uniform(600, 9000)})
        elif age_days > 1 and rng.random() < 0.6:
            pipe.hset(tips_key(tip_id), mapping={"claimed_by": "staff:demo", "claimed_name": "PC Okafor",
                                                 "first_reply_at": at + rng.uniform(300, 5000)})
        pipe.execute()


def tips_key(tip_id: str) -> str:
    from bot.store import keys

    return keys.tip(tip_id)


def seed(services, phone, work, add_media) -> dict:
    """Demo data: staff, a month of older tips, and three tips sent as signed SMS (one with a photo,
    one sharing its plate). ``phone(number)`` -> a Phone texting the app; ``work()`` runs the jobs;
    ``add_media(bytes)`` -> a media URL on the fake Twilio server. Returns the logins and the main tip."""
    rng = random.Random(11)
    now = time.time()
    admin = enrolled(services, email="alex.morgan@police.example.test", name="Alex Morgan", role="admin")
    for email, name, role in (("sam.patel@police.example.test", "Sgt Sam Patel", "supervisor"),
                              ("dc.ellis@police.example.test", "DC Jo Ellis", "officer"),
                              ("pc.okafor@police.example.test", "PC Chris Okafor", "officer")):
        enrolled(services, email=email, name=name, role=role)
    background_tips(services, now, rng)
    other = phone(OTHER_TIPSTERS[0])
    file_tip(other, "The grey Civic HVM2207 is parked on the pavement by St Mary's school again, engine running")
    main = phone(MAIN_TIPSTER)
    tip_id = answer_questions(main, "Two lads dealing drugs from a car, it has been going on for weeks",
                              media=[add_media(demo_photo())])
    file_tip(phone(OTHER_TIPSTERS[1]), "Someone has been trying the doors of cars on Elm Grove tonight, tall, dark coat")
    work()                                   # fetch the photo, deliver the officers' news
    return {"admin": admin, "tip_id": tip_id, "tipster": main}


def sign_in(page, base: str, login: Login) -> None:
    page.goto(base + "/console/login")
    page.fill("input[name=email]", login.email)
    page.fill("input[name=password]", login.password)
    page.click("form [type=submit]")
    page.fill("input[name=code]", login.code())
    page.click("form [type=submit]")
    page.wait_for_url("**/console/tips**")


def shoot(browser, base: str, data: dict, work, out: Path, status=None) -> dict[str, Path]:
    """Act on the main tip in the browser (claim, reply, the tipster's answer, a note), then
    photograph the inbox, the tip page, the dashboard and the staff list. {name: png path}.
    ``status(sid, state)`` posts a delivery status callback for a relay message, if given."""
    out.mkdir(parents=True, exist_ok=True)
    ctx = browser.new_context(ignore_https_errors=True, viewport={"width": 1280, "height": 900})
    page = ctx.new_page()
    page.set_default_timeout(15_000)
    sign_in(page, base, data["admin"])
    tip_id = data["tip_id"]
    page.goto(f"{base}/console/tips/{tip_id}")
    page.get_by_role("button", name="Claim this tip").click()
    page.fill("textarea[name=text]", "Thanks. Which evenings is he there, and does anyone else drive the Civic?")
    page.get_by_role("button", name="Send to the tipster").click()
    work()                                                     # the relay job: to the fake Twilio server
    if status:
        status("delivered")
    data["tipster"].send("Mostly Fridays. His brother drives it in the day, he parks by the cash machine")
    page.fill("textarea[name=note]", "HVM2207 on ANPR: three hits on the A4 this week, all after 8pm")
    page.get_by_role("button", name="Add note").click()
    page.locator(".flash").wait_for()
    shots = {}
    page.goto(f"{base}/console/tips/{tip_id}")
    shots["tip"] = out / "tip.png"
    page.screenshot(path=str(shots["tip"]), full_page=True)
    page.goto(base + "/console/tips")
    page.locator("#tip-rows tr").first.wait_for()
    shots["inbox"] = out / "inbox.png"
    page.screenshot(path=str(shots["inbox"]), full_page=False)
    page.goto(base + "/console/dashboard")
    shots["dashboard"] = out / "dashboard.png"
    page.screenshot(path=str(shots["dashboard"]), full_page=True)
    page.goto(base + "/console/staff")
    shots["staff"] = out / "staff.png"
    page.screenshot(path=str(shots["staff"]), full_page=False)
    ctx.close()
    return shots


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(OUT), help="folder for the PNGs (default docs/screenshots)")
    args = parser.parse_args()
    if not os.path.exists("/usr/bin/chromium"):
        sys.exit("needs Debian's chromium: apt-get install chromium chromium-driver")

    from playwright.sync_api import sync_playwright
    from werkzeug.serving import make_server

    from bot import create_app
    from tests.conftest import Phone, base_config, run_jobs
    from tests.console.browser.conftest import CHROMIUM, CHROMIUM_ARGS, _self_signed
    from tests.fakes.redis_server import RedisServer, free_port
    from tests.fakes.twilio_server import FakeTwilio
    from tests.helpers import ACCOUNT_SID, AUTH_TOKEN

    with tempfile.TemporaryDirectory() as tmp:
        redis_server = RedisServer().start()
        twilio = FakeTwilio(ACCOUNT_SID, AUTH_TOKEN).start()
        server = None
        try:
            port = free_port()
            base = f"https://127.0.0.1:{port}"
            config = {**base_config(redis_server.url, Path(tmp), twilio.url), "PUBLIC_BASE_URL": base,
                      "TESTING": False}
            app = create_app(config)
            services = app.extensions["tipline"]
            cert, key = _self_signed(Path(tmp))
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(cert, key)
            server = make_server("127.0.0.1", port, app, threaded=True, ssl_context=context)
            threading.Thread(target=server.serve_forever, daemon=True).start()

            def phone(number: str) -> Phone:
                return Phone(app.test_client(), number, base_url=base)

            def work() -> None:
                run_jobs(app)

            data = seed(services, phone, work, twilio.add_media)

            def status(state: str) -> None:
                for message in twilio.sent_to(MAIN_TIPSTER):
                    phone("+447700900999").post("/sms/status", {"MessageSid": message["sid"], "MessageStatus": state})

            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
                shots = shoot(browser, base, data, work, Path(args.out), status)
                browser.close()
            for name, path in shots.items():
                print(f"{name}: {path} ({path.stat().st_size // 1024} KiB)")
            print(json.dumps({"relayed": [m["body"] for m in twilio.sent_to(MAIN_TIPSTER)]}))
        finally:
            if server is not None:
                server.shutdown()
            twilio.stop()
            redis_server.stop()


if __name__ == "__main__":
    main()
