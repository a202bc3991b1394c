"""CLAIM is a compare-and-set: two officers claiming one tip at the same moment are
never both told they have it. The tip goes to whoever commits first; the other is
told who has it. A supervisor may still take a claimed tip over, and anyone may
take one whose claimer has been disabled."""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from bot.officers import audit
from bot.tipline import tips
from tests.helpers import assert_sms_sized

SMITH, BROWN, SARGE = "+447700900511", "+447700900512", "+447700900513"


def test_claims_read_before_the_others_commit_give_the_tip_to_one(officers, officer, tipster, file_tip,
                                                                 command_turn, services, redis):
    officers.register(SMITH, name="PC Smith", badge="51")
    tip_id = file_tip(tipster)
    # Both officers' CLAIMs are handled (state read, reply decided) before either is saved.
    first, commit_first = command_turn(SMITH, f"CLAIM {tip_id}")
    second, commit_second = command_turn("+447700900501", f"CLAIM {tip_id}")   # PC Jones
    commit_first()
    commit_second()
    assert first == [f"You have claimed {tip_id}. Tipster replies now come to you. R {tip_id} <message> to write."]
    assert second == [f"{tip_id} is already claimed by PC Smith (51). A supervisor can reassign it."]
    assert_sms_sized(first + second)
    tip = tips.load_tip(redis, tip_id)
    assert tip["claimed_by"] == services.identity.pseudonym(SMITH) and tip["claimed_name"] == "PC Smith (51)"
    actions = [(e["action"], e["name"]) for e in audit.entries(redis, tip_id=tip_id)]
    assert ("claim", "PC Smith") in actions and ("claim_refused", "PC Jones") in actions
    assert ("claim", "PC Jones") not in actions


def test_simultaneous_claims_over_http_have_one_winner(officers, tipster, file_tip, live_text, services, redis):
    numbers = [f"+4477009006{n:02d}" for n in range(6)]
    for n, number in enumerate(numbers):
        officers.register(number, name=f"PC Racer{n}", badge=f"6{n}")
    for _ in range(5):
        tip_id = file_tip(tipster)
        tipster.send("NEW")
        barrier = threading.Barrier(len(numbers))

        def claim(number, tip_id=tip_id, barrier=barrier):
            barrier.wait()
            return number, live_text(number, f"CLAIM {tip_id}")[0]

        with ThreadPoolExecutor(max_workers=len(numbers)) as pool:
            answers = dict(pool.map(claim, numbers))
        winners = [n for n, reply in answers.items() if reply.startswith("You have claimed")]
        assert len(winners) == 1, answers
        tip = tips.load_tip(redis, tip_id)
        assert tip["claimed_by"] == services.identity.pseudonym(winners[0])
        for number, reply in answers.items():
            if number != winners[0]:
                assert reply == f"{tip_id} is already claimed by {tip['claimed_name']}. A supervisor can reassign it."


def test_supervisor_reassigns_and_a_disabled_claimers_tip_is_free(app, officers, officer, tipster, file_tip,
                                                                   command_turn, services, redis):
    officers.register(SMITH, name="PC Smith", badge="51")
    officers.register(SARGE, name="Sgt Lee", badge="S1", role="supervisor")
    tip_id = file_tip(tipster)
    assert officer.send(f"CLAIM {tip_id}")[0].startswith("You have claimed")
    # A supervisor reassigning races an officer's claim: the supervisor's takes it either way.
    late, commit_late = command_turn(SMITH, f"CLAIM {tip_id}")
    sarge, commit_sarge = command_turn(SARGE, f"CLAIM {tip_id}")
    commit_late()
    commit_sarge()
    assert late[0].startswith(f"{tip_id} is already claimed by PC Jones (4411)")
    assert sarge[0].startswith(f"You have claimed {tip_id} (from PC Jones (4411))")
    assert tips.load_tip(redis, tip_id)["claimed_name"] == "Sgt Lee (S1)"
    result = app.test_cli_runner().invoke(args=["officer", "disable", SARGE])
    assert result.exit_code == 0, result.output
    replies, commit = command_turn(SMITH, f"CLAIM {tip_id}")
    commit()
    assert replies[0].startswith(f"You have claimed {tip_id} (from Sgt Lee (S1))")
    assert tips.load_tip(redis, tip_id)["claimed_by"] == services.identity.pseudonym(SMITH)


def test_close_and_claim_at_the_same_moment(officers, officer, tipster, file_tip, command_turn, redis):
    """A CLOSE read before a CLAIM commits (and the other way round) does not leave a
    closed tip claimed, or an officer told they hold a tip someone has just closed."""
    officers.register(SMITH, name="PC Smith", badge="51")
    tip_id = file_tip(tipster)
    closing, commit_close = command_turn("+447700900501", f"CLOSE {tip_id}")
    claiming, commit_claim = command_turn(SMITH, f"CLAIM {tip_id}")
    commit_close()
    commit_claim()
    tip = tips.load_tip(redis, tip_id)
    assert closing == [f"{tip_id} closed. No more relay messages can be sent on it."]
    assert claiming == [f"{tip_id} is closed and cannot be claimed."]
    assert tip["status"] == "closed" and "claimed_by" not in tip
