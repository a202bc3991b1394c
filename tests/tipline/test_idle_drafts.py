"""No tip is lost: a quiet draft is filed as partial by a job scheduled with rq's
scheduler (state in Redis, so it survives a restart)."""
from __future__ import annotations

import time

import pytest
from rq.registry import ScheduledJobRegistry

from bot import create_app
from bot.messaging import queues
from bot.store import keys
from bot.tipline import drafts, tips
from tests.helpers import conversation


@pytest.fixture()
def app(config):
    # 1.8 s: long enough that a loaded CI machine still sends a text and runs the
    # worker inside it (0.6 s was not: CI failed on it once), short enough to wait out.
    return create_app({**config, "DRAFT_IDLE_MINUTES": IDLE_MINUTES})


IDLE_MINUTES = 0.03
PAST_DEADLINE_S = IDLE_MINUTES * 60 + 0.4


def test_quiet_draft_is_filed_as_partial_tip(services, make_phone, worker):
    svc = services
    phone = make_phone("+447700900555")
    phone.send("Someone is stripping the lead off the church roof")
    registry = ScheduledJobRegistry(queues.HOUSEKEEPING, connection=svc.redis)
    assert registry.count == 1  # scheduled in Redis, not in this process
    worker()  # too early: nothing filed
    assert conversation(svc, phone.number)["state"] == "where"
    time.sleep(PAST_DEADLINE_S)
    worker()
    conv = conversation(svc, phone.number)
    assert conv["state"] == "filed"
    tip = tips.load_tip(svc.redis, conv["tip_id"])
    assert tip["partial"] and tip["fields"]["what"].startswith("Someone is stripping")
    assert svc.redis.zscore(keys.TIPS_BY_TIME, conv["tip_id"]) is not None
    # the tipster texting again later adds to that tip
    assert "Added to your tip" in " ".join(phone.send("It was a white van"))


def test_activity_pushes_the_deadline_back(services, make_phone):
    svc = services
    phone = make_phone("+447700900556")
    phone.send("Dog fouling and threats on the green")
    conv = conversation(svc, phone.number)
    now = conv["last_at"] + 0.3  # before the deadline
    assert drafts.check_draft(svc, svc.identity.pseudonym(phone.number), now=now) == "rescheduled"
    assert conversation(svc, phone.number)["state"] == "where"
    later = conv["last_at"] + 5
    assert drafts.check_draft(svc, svc.identity.pseudonym(phone.number), now=later) == "filed"


class TestWithAnHourToGo:
    """Every text lands well before the deadline, however slow the machine: a second
    check may only be scheduled once the first is due, so three texts keep one."""

    @pytest.fixture()
    def app(self, config):
        return create_app({**config, "DRAFT_IDLE_MINUTES": 60})

    def test_one_pending_check_per_draft(self, services, make_phone):
        svc = services
        phone = make_phone("+447700900557")
        for text in ("Speeding cars outside the school", "High Street", "every morning"):
            phone.send(text)
        assert ScheduledJobRegistry(queues.HOUSEKEEPING, connection=svc.redis).count == 1


def test_greeting_only_is_not_filed(services, make_phone, worker):
    svc = services
    phone = make_phone("+447700900558")
    phone.send("hi")
    time.sleep(PAST_DEADLINE_S)
    worker()
    assert svc.redis.zcard(keys.TIPS_BY_TIME) == 0
