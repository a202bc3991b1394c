"""Tip retention (bot.tipline.retention, bot.governance.sweeper): the sweep deletes
tips past their deadline and nothing else, keeps open and held tips, audits each
deletion without content; the worker runs it as a self-rescheduling rq job.

Tips are filed through the signed webhook and closed by an officer's CLOSE text;
the sweep is run with ``now`` years ahead rather than by editing timestamps."""
from __future__ import annotations

import re
import time

import pytest
from rq import SimpleWorker
from rq.registry import ScheduledJobRegistry

from bot import create_app
from bot.governance import holds, sweeper
from bot.messaging import queues
from bot.officers import audit
from bot.store import keys
from bot.tipline import drafts, retention, tips
from tests.conftest import Phone

DAY = 86400
OFFICER = "+447700900501"
TIP_ID = re.compile(r"T-[A-Z0-9]{4,6}")
TIP_TEXT = "Two lads dealing from a grey Honda Civic HVM2207 outside the Co-op on Market Street"


def file_tip(phone, text: str = TIP_TEXT) -> str:
    phone.send(text)
    match = TIP_ID.search(" ".join(phone.send("SEND")))
    assert match
    return match.group(0)


@pytest.fixture()
def officer(app, make_phone):
    result = app.test_cli_runner().invoke(args=["officer", "add", "--name", "PC Jones", "--phone", OFFICER,
                                                "--badge", "4411", "--role", "supervisor"])
    assert result.exit_code == 0, result.output
    return make_phone(OFFICER)


def close(officer, tip_id: str) -> None:
    assert "closed" in " ".join(officer.send(f"CLOSE {tip_id}"))


def gone(redis, tip_id: str) -> bool:
    return not redis.exists(keys.tip(tip_id), keys.tip_thread(tip_id)) and \
        redis.zscore(keys.TIPS_BY_TIME, tip_id) is None


def test_sweep_deletes_expired_closed_tips_and_keeps_open_and_held_ones(app, services, redis, make_phone,
                                                                        officer):
    open_tip = file_tip(make_phone("+447700900111"))
    closed_tip = file_tip(make_phone("+447700900112"))
    held_tip = file_tip(make_phone("+447700900113"))
    for tip_id in (closed_tip, held_tip):
        close(officer, tip_id)
    holds.place(redis, held_tip, reason="Op Larch disclosure", by="DS Patel")
    six_years = services.config["RETENTION_CLOSED_DAYS"] * DAY

    early = sweeper.sweep(services, now=time.time() + six_years - DAY)
    assert early.deleted == [] and not gone(redis, closed_tip)

    result = sweeper.sweep(services, now=time.time() + six_years + DAY)
    assert [t for t, _ in result.deleted] == [closed_tip]
    assert gone(redis, closed_tip)
    assert redis.sismember(keys.TIP_IDS, closed_tip)   # the ID is never issued again
    for kept in (open_tip, held_tip):
        assert tips.load_tip(redis, kept) and redis.llen(keys.tip_thread(kept))
    # Open tips are kept however old they are (RETENTION_OPEN_DAYS=0).
    assert sweeper.sweep(services, now=time.time() + 50 * 365 * DAY).deleted == []

    [entry] = audit.entries(redis, action="tip_expired")
    assert entry["tip"] == closed_tip and entry["officer"] == "retention"
    assert "closed tip" in entry["detail"] and "HVM2207" not in entry["detail"]
    assert "Market" not in str(entry)


def test_released_hold_lets_the_schedule_apply_again(app, services, redis, make_phone, officer):
    tip_id = file_tip(make_phone("+447700900114"))
    close(officer, tip_id)
    holds.place(redis, tip_id, reason="IOPC referral", by="Insp Hale")
    later = time.time() + (services.config["RETENTION_CLOSED_DAYS"] + 1) * DAY
    assert sweeper.sweep(services, now=later).deleted == []
    holds.release(redis, tip_id, reason="referral concluded", by="Insp Hale")
    assert [t for t, _ in sweeper.sweep(services, now=later).deleted] == [tip_id]
    actions = [e["action"] for e in audit.entries(redis, tip_id=tip_id)]
    assert actions[-3:] == ["tip_held", "tip_hold_released", "tip_expired"]


def test_a_hold_placed_between_scan_and_delete_wins(services, redis, make_phone, officer):
    tip_id = file_tip(make_phone("+447700900115"))
    close(officer, tip_id)
    policy = retention.Policy.from_config(services.config)
    later = time.time() + (policy.closed_days + 1) * DAY
    assert [t for t, _ in retention.due(redis, policy, later)] == [tip_id]
    holds.place(redis, tip_id, reason="late hold", by="DS Patel")   # after the scan, before the delete
    with pytest.raises(retention.Held):
        retention.remove_tip(redis, tip_id, retention.still_due(tip_id, policy, later), lambda pipe, v: None)
    assert tips.load_tip(redis, tip_id)


def test_withdrawn_and_near_empty_partial_tips_go_sooner(services, redis, make_phone):
    cfg = services.config
    # Withdrawn: an urgent draft (visible to officers at once) that the tipster then discards.
    urgent = make_phone("+447700900116")
    urgent.send("A man is waving a knife outside the chip shop on Hill Road right now")
    urgent.send("DELETE")
    [withdrawn] = [t for t in tips.recent_tip_ids(redis, 10) if tips.load_tip(redis, t).get("withdrawn") == "1"]
    # Partial tips filed by the idle timer: one near-empty, one with a plate in it.
    near_empty, with_plate = make_phone("+447700900117"), make_phone("+447700900118")
    near_empty.send("is this anonymous")
    with_plate.send("the van HVM2207 again")
    for p in (near_empty, with_plate):
        pseudonym = services.identity.pseudonym(p.number)
        assert drafts.check_draft(services, pseudonym, now=time.time() + 3600) == "filed"
    partial_ids = [t for t in tips.recent_tip_ids(redis, 10) if t != withdrawn]
    by_text = {tips.load_tip(redis, t)["fields"]["what"]: t for t in partial_ids}
    empty_id, plate_id = by_text["is this anonymous"], by_text["the van HVM2207 again"]

    after_partial = sweeper.sweep(services, now=time.time() + (cfg["RETENTION_PARTIAL_DAYS"] + 1) * DAY)
    assert [(t, v.rule) for t, v in after_partial.deleted] == [(empty_id, "partial")]
    assert tips.load_tip(redis, plate_id) and tips.load_tip(redis, withdrawn)

    after_year = sweeper.sweep(services, now=time.time() + (cfg["RETENTION_WITHDRAWN_DAYS"] + 1) * DAY)
    assert [(t, v.rule) for t, v in after_year.deleted] == [(withdrawn, "withdrawn")]
    assert tips.load_tip(redis, plate_id)   # a partial tip with facts in it is an open tip: kept


def test_deleting_a_tip_forgets_it_in_the_tipster_conversation(services, redis, make_phone, officer):
    """A later text must start a new tip, not write into the deleted one's keys."""
    tipster = make_phone("+447700900119")
    tip_id = file_tip(tipster)
    close(officer, tip_id)
    later = time.time() + (services.config["RETENTION_CLOSED_DAYS"] + 1) * DAY
    assert sweeper.sweep(services, now=later).deleted
    assert not redis.exists(keys.conversation(services.identity.pseudonym(tipster.number)))
    tipster.send("One more thing about those lads")
    assert not redis.exists(keys.tip(tip_id)) and not redis.exists(keys.tip_thread(tip_id))


def test_expire_cli_dry_run_lists_and_deletes_nothing(app, redis, make_phone, officer):
    tip_id = file_tip(make_phone("+447700900120"))
    close(officer, tip_id)
    fast = create_app({**app.config, "RETENTION_CLOSED_DAYS": 1e-9})
    runner = fast.test_cli_runner()
    out = runner.invoke(args=["tips", "expire", "--dry-run"]).output
    assert tip_id in out and "dry run" in out and tips.load_tip(redis, tip_id)
    out = runner.invoke(args=["tips", "expire", "--by", "R. Clerk"]).output
    assert tip_id in out and "1 tips deleted" in out and gone(redis, tip_id)
    [entry] = audit.entries(redis, action="tip_expired")
    assert "run by R. Clerk" in entry["name"]


# -- the periodic rq job ------------------------------------------------------------------------


def drain(app) -> None:
    svc = app.extensions["tipline"]
    with app.app_context():
        SimpleWorker([svc.queues[n] for n in queues.ALL_QUEUES], connection=svc.redis).work(
            burst=True, with_scheduler=True, logging_level="WARNING")


def sweep_jobs(redis) -> list[str]:
    ids = ScheduledJobRegistry(queues.HOUSEKEEPING, connection=redis).get_job_ids()
    return [j for j in ids if j.startswith(sweeper.JOB_ID_PREFIX)]


def test_worker_runs_the_sweep_and_schedules_the_next_one(config):
    app = create_app({**config, "RETENTION_CLOSED_DAYS": 1e-6})   # 0.09 s after closing
    svc, redis = app.extensions["tipline"], app.extensions["tipline"].redis
    assert app.test_cli_runner().invoke(args=["officer", "add", "--name", "PC Jones", "--phone", OFFICER,
                                              "--role", "supervisor"]).exit_code == 0
    tip_id = file_tip(Phone(app.test_client(), "+447700900121"))
    close(Phone(app.test_client(), OFFICER), tip_id)
    time.sleep(0.2)

    period = svc.config["RETENTION_SWEEP_HOURS"] * 3600
    # A chain whose slot is already due (as after workers were down overnight).
    first = sweeper.schedule_next(svc, now=time.time() - period)
    assert first and sweep_jobs(redis) == [first]
    assert sweeper.ensure_scheduled(svc, now=time.time() - period) is None   # same slot: refused
    drain(app)
    assert gone(redis, tip_id)
    [next_id] = sweep_jobs(redis)   # the run scheduled the next slot, and only that
    assert next_id == f"{sweeper.JOB_ID_PREFIX}{int(sweeper.next_slot(time.time(), period))}"
    assert sweeper.ensure_scheduled(svc) is None   # a worker starting now adds nothing
    assert sweep_jobs(redis) == [next_id]


def test_sweeping_can_be_switched_off(config):
    app = create_app({**config, "RETENTION_SWEEP_HOURS": 0})
    svc = app.extensions["tipline"]
    assert sweeper.ensure_scheduled(svc) is None and sweep_jobs(svc.redis) == []
