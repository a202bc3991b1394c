"""Erasure of a tip on request and legal hold (bot.governance.erasure, .holds):
everything about the tip goes, including the rq job payloads that carried its
words; a held tip is refused; every step is audited with who and why."""
from __future__ import annotations

import re

import pytest

from bot.governance import erasure, holds
from bot.officers import audit
from bot.store import keys
from bot.tipline import tips
from tests.conftest import all_redis_dump

TIPSTER = "+447700900123"
OFFICER = "+447700900501"
TIP_ID = re.compile(r"T-[A-Z0-9]{4,6}")
TIP_TEXT = "Two lads dealing from a grey Honda Civic HVM2207 outside the Co-op on Market Street"
RELAY = "Which way did the Civic go after"
FOLLOW_UP = "Towards the retail park by the canal"


def every_value(redis) -> str:
    """Every key and value as text, rq's zlib-compressed job payloads unpacked too."""
    return "\n".join(f"{key}\n{values}" for key, values in all_redis_dump(redis))


@pytest.fixture()
def exchange(app, make_phone, worker):
    """A filed tip, an officer's relay to the tipster, the tipster's answer forwarded:
    the tip's words are now in its record, thread, conversation, reply cache and rq jobs."""
    result = app.test_cli_runner().invoke(args=["officer", "add", "--name", "PC Jones", "--phone", OFFICER,
                                                "--badge", "4411", "--role", "supervisor"])
    assert result.exit_code == 0, result.output
    tipster, officer = make_phone(TIPSTER), make_phone(OFFICER)
    tipster.send(TIP_TEXT)
    tip_id = TIP_ID.search(" ".join(tipster.send("SEND"))).group(0)
    assert "Queued for the tipster" in " ".join(officer.send(f"R {tip_id} {RELAY}"))
    worker()
    tipster.send(FOLLOW_UP)
    worker()
    return tip_id, tipster


def test_erasure_deletes_everything_about_the_tip_and_is_audited(app, services, redis, exchange):
    tip_id, tipster = exchange
    before = every_value(redis)
    assert all(text in before for text in ("HVM2207", RELAY, FOLLOW_UP))   # the scan sees them

    done = erasure.erase_tip(services, tip_id, reason="SAR-2026-0042 erasure request", by="J. Okafor (DPO)")

    after = every_value(redis)
    for text in ("HVM2207", "Market Street", RELAY, FOLLOW_UP):
        assert text not in after, text
    assert tips.load_tip(redis, tip_id) is None and not redis.exists(keys.tip_thread(tip_id))
    assert redis.zscore(keys.TIPS_BY_TIME, tip_id) is None
    assert not redis.exists(keys.conversation(services.identity.pseudonym(tipster.number)))
    assert done.conversation and done.jobs_deleted >= 2 and done.cached_replies >= 1
    [entry] = audit.entries(redis, action="tip_erased")
    assert entry["tip"] == tip_id and entry["detail"] == "SAR-2026-0042 erasure request"
    assert entry["officer"] == "admin" and entry["name"] == "J. Okafor (DPO)" and entry["badge"].startswith("os:")
    # The tipster can still text: a fresh conversation, not a write into the erased tip.
    tipster.send("hello again, something new")
    assert not redis.exists(keys.tip(tip_id))


def test_a_held_tip_is_not_erased_until_released(services, redis, exchange):
    tip_id, _ = exchange
    holds.place(redis, tip_id, reason="Op Larch: CPIA retention", by="DS Patel")
    with pytest.raises(erasure.Refused, match="legal hold"):
        erasure.erase_tip(services, tip_id, reason="erasure request", by="J. Okafor (DPO)")
    assert tips.load_tip(redis, tip_id)["fields"]["what"].startswith("Two lads")
    assert audit.entries(redis, action="tip_erased") == []
    holds.release(redis, tip_id, reason="case closed, no proceedings", by="DS Patel")
    erasure.erase_tip(services, tip_id, reason="erasure request", by="J. Okafor (DPO)")
    assert tips.load_tip(redis, tip_id) is None
    assert [e["action"] for e in audit.entries(redis, tip_id=tip_id)][-3:] == \
        ["tip_held", "tip_hold_released", "tip_erased"]


def test_cli_hold_release_erase_and_their_refusals(app, redis, exchange):
    tip_id, _ = exchange
    cli = app.test_cli_runner()
    short = tip_id.replace("T-", "").lower()   # officers' spellings work here too
    assert cli.invoke(args=["tips", "erase", tip_id, "--reason", "x", "--yes"]).exit_code != 0   # --by required
    held = cli.invoke(args=["tips", "hold", short, "--reason", "IOPC referral", "--by", "Insp Hale"])
    assert held.exit_code == 0 and "on legal hold" in held.output
    assert tip_id in cli.invoke(args=["tips", "holds"]).output
    again = cli.invoke(args=["tips", "hold", tip_id, "--reason", "second", "--by", "Insp Hale"])
    assert again.exit_code != 0 and "already on hold" in again.output
    refused = cli.invoke(args=["tips", "erase", tip_id, "--reason", "request", "--by", "DPO", "--yes"])
    assert refused.exit_code != 0 and "legal hold" in refused.output and tips.load_tip(redis, tip_id)
    assert cli.invoke(args=["tips", "release", tip_id, "--reason", "done", "--by", "Insp Hale"]).exit_code == 0
    unconfirmed = cli.invoke(args=["tips", "erase", tip_id, "--reason", "request", "--by", "DPO"], input="n\n")
    assert unconfirmed.exit_code != 0 and tips.load_tip(redis, tip_id)
    erased = cli.invoke(args=["tips", "erase", tip_id, "--reason", "request", "--by", "DPO", "--yes"])
    assert erased.exit_code == 0 and f"Erased {tip_id}" in erased.output
    assert "HVM2207" not in erased.output
    missing = cli.invoke(args=["tips", "erase", tip_id, "--reason", "request", "--by", "DPO", "--yes"])
    assert missing.exit_code != 0 and "not found" in missing.output
    assert [e["action"] for e in audit.entries(redis, tip_id=tip_id)][-3:] == \
        ["tip_held", "tip_hold_released", "tip_erased"]


def test_erasure_lists_the_photos_left_on_twilio(app, services, make_phone):
    phone = make_phone("+447700900124")
    url = "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1"
    phone.send("Fly-tipping again behind the garages on Elm Close", media=[url])
    tip_id = TIP_ID.search(" ".join(phone.send("SEND"))).group(0)
    out = app.test_cli_runner().invoke(args=["tips", "erase", tip_id, "--reason", "r", "--by", "DPO", "--yes"])
    assert out.exit_code == 0 and url in out.output and "Twilio" in out.output
