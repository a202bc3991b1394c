"""The case workflow by text: CLOSE with an outcome (short codes), REOPEN and ASSIGN for
supervisors, HELP CLOSE for the codes; the same functions (bot.tipline.workflow) as the
console, each audited, refusals included."""
from __future__ import annotations

import pytest

from bot.officers import audit
from bot.tipline import case_state, tips, workflow
from tests.helpers import assert_sms_sized

SMITH, SARGE = "+447700900511", "+447700900513"


@pytest.fixture()
def sarge(officers):
    return officers.register(SARGE, name="Sgt Lee", badge="S1", role="supervisor")


def actions(redis, tip_id: str) -> list[tuple[str, str, str]]:
    return [(e["action"], e["name"], e["detail"]) for e in audit.entries(redis, tip_id=tip_id)]


@pytest.mark.parametrize("words, outcome, label", [
    ("NFA", "no_further_action", "No further action"),
    ("nfa", "no_further_action", "No further action"),
    ("no further action", "no_further_action", "No further action"),
    ("ARREST", "arrest", "Arrest"),
    ("arr", "arrest", "Arrest"),
    ("charged", "charge", "Charge"),
    ("RECOVERED", "property_recovered", "Property recovered"),
    ("intel", "intelligence_logged", "Intelligence logged"),
    ("unfounded", "unfounded", "Unfounded"),
])
def test_close_with_an_outcome_code(words, outcome, label, officer, tipster, file_tip, redis):
    tip_id = file_tip(tipster)
    reply = officer.send(f"CLOSE {tip_id} {words}")
    assert reply == [f"{tip_id} closed: {label}. No more relay messages can be sent on it."]
    assert_sms_sized(reply)
    tip = tips.load_tip(redis, tip_id)
    assert (tip["status"], tip["outcome"]) == ("closed", outcome)
    assert ("close", "PC Jones", label.lower()) in actions(redis, tip_id)
    assert officer.send(f"SHOW {tip_id}")[0].endswith(f"\nClosed: {label}")


def test_close_without_an_outcome_still_closes_as_before(officer, tipster, file_tip, redis):
    tip_id = file_tip(tipster)
    assert officer.send(f"CLOSE {tip_id}") == [f"{tip_id} closed. No more relay messages can be sent on it."]
    tip = tips.load_tip(redis, tip_id)
    assert tip["status"] == "closed" and "outcome" not in tip
    assert case_state.describe_state(tip) == "Closed (no outcome recorded)"


def test_close_as_a_duplicate_names_the_other_tip(officer, sarge, tipster, file_tip, make_phone, redis):
    first = file_tip(tipster)
    second = file_tip(make_phone("+447700900124"))
    assert officer.send(f"CLOSE {second} DUP")[0] == f"Which tip does it duplicate? e.g. CLOSE {second} DUP T-8ABC"
    assert officer.send(f"CLOSE {second} DUP T-ZZZZ")[0] == \
        f"{second} cannot be a duplicate of T-ZZZZ, which does not exist."
    assert officer.send(f"CLOSE {second} DUP {second}")[0] == f"{second} cannot be a duplicate of itself."
    reply = officer.send(f"close {second.lower()} dup {first[2:].lower()}")
    assert reply == [f"{second} closed: Duplicate of {first}. No more relay messages can be sent on it."]
    tip = tips.load_tip(redis, second)
    assert (tip["outcome"], tip["duplicate_of"]) == ("duplicate", first)
    assert tips.load_tip(redis, first)["status"] == "open" and workflow.duplicates(redis, first) == [second]
    sarge.send(f"REOPEN {second}")          # no longer a duplicate: the other tip stops listing it
    assert workflow.duplicates(redis, first) == [] and "duplicate_of" not in tips.load_tip(redis, second)


def test_an_unknown_outcome_is_refused_with_the_codes_and_audited(officer, tipster, file_tip, redis):
    tip_id = file_tip(tipster)
    reply = officer.send(f"CLOSE {tip_id} maybe")
    assert reply == [f"Unknown outcome MAYBE. Outcomes: ARREST, CHARGE, RECOVERED, INTEL, NFA, UNFOUNDED, "
                     f"DUP <tip>. e.g. CLOSE {tip_id} NFA"]
    assert_sms_sized(reply)
    assert "900123" not in officer.send(f"CLOSE {tip_id} 07700900123")[0]     # digits are never echoed
    assert tips.load_tip(redis, tip_id)["status"] == "open"
    assert [a for a in actions(redis, tip_id) if a[0] == "close_refused"][0][2] == "Unknown outcome MAYBE"


def test_reopen_is_for_supervisors(officer, sarge, tipster, file_tip, redis):
    tip_id = file_tip(tipster)
    officer.send(f"CLAIM {tip_id}")
    officer.send(f"CLOSE {tip_id} NFA")
    assert officer.send(f"REOPEN {tip_id}") == ["Only a supervisor can reopen a tip."]
    assert sarge.send(f"CLAIM {tip_id}") == [
        f"{tip_id} is closed and cannot be claimed. REOPEN {tip_id} to open it again."]
    assert sarge.send(f"REOPEN {tip_id}") == [f"{tip_id} reopened. Relay messages can be sent on it again."]
    tip = tips.load_tip(redis, tip_id)
    assert tip["status"] == "open" and "outcome" not in tip and tip["claimed_name"] == "PC Jones (4411)"
    assert case_state.describe_state(tip) == "Reopened by Sgt Lee (S1): claimed by PC Jones (4411)"
    assert sarge.send(f"REOPEN {tip_id}") == [f"{tip_id} is not closed."]
    assert "Queued" in officer.send(f"R {tip_id} one more question")[0]
    done = actions(redis, tip_id)
    assert ("reopen_refused", "PC Jones", "not a supervisor") in done
    assert ("reopen", "Sgt Lee", "was closed: No further action") in done


def test_assign_by_badge_texts_the_officer(officers, officer, sarge, tipster, file_tip, worker, fake_twilio, redis,
                                           services):
    tip_id = file_tip(tipster)
    officers.register(SMITH, name="PC Smith", badge="51")
    assert officer.send(f"ASSIGN {tip_id} 51") == ["Only a supervisor can assign a tip."]
    assert sarge.send(f"ASSIGN {tip_id}") == [f"Usage: ASSIGN {tip_id} <badge>, e.g. ASSIGN {tip_id} 4411"]
    assert sarge.send(f"ASSIGN {tip_id} 99") == ["No active officer has badge 99."]
    officer.send(f"CLAIM {tip_id}")
    reply = sarge.send(f"ASSIGN {tip_id} 51")
    assert reply == [f"{tip_id} assigned to PC Smith (51) (from PC Jones (4411)). They have been texted."]
    assert_sms_sized(reply)
    tip = tips.load_tip(redis, tip_id)
    assert tip["claimed_by"] == services.identity.pseudonym(SMITH) and tip["assigned_name"] == "Sgt Lee (S1)"
    worker()
    [text] = [m["body"] for m in fake_twilio.sent_to(SMITH)]
    assert text.startswith(f"Sgt Lee (S1) assigned you tip {tip_id}:") and f"R {tip_id}" in text
    assert sarge.send(f"ASSIGN {tip_id} 51") == [f"{tip_id} is already held by PC Smith (51)."]
    # PC Jones no longer holds it: he cannot close it while PC Smith is active.
    assert "only they or a supervisor can close it" in officer.send(f"CLOSE {tip_id} NFA")[0]
    done = actions(redis, tip_id)
    assert ("assign", "Sgt Lee", "to PC Smith (51) from PC Jones (4411)") in done
    assert ("assign_refused", "PC Jones", "not a supervisor") in done


def test_help_close_lists_the_outcome_codes_and_the_command_list_still_fits(officer):
    detail = officer.send("HELP CLOSE")[0]
    assert "NFA" in detail and "ARREST" in detail and "DUP <tip>" in detail
    assert "REOPEN <tip>" in officer.send("HELP REOPEN")[0] and "ASSIGN <tip> <badge>" in officer.send("HELP assign")[0]
    listing = officer.send("CMDS")[0]
    assert "CLOSE <tip> [outcome]" in listing
    assert_sms_sized([listing, detail, officer.send("nonsensical")[0]])


def test_parse_outcome_words():
    assert case_state.parse_outcome("N.F.A.") == "no_further_action"
    assert case_state.parse_outcome("property recovered") == "property_recovered"
    assert case_state.parse_outcome("dupe") == "duplicate"
    assert case_state.parse_outcome("nothing") is None
    assert set(case_state.OUTCOME_WORDS) == set(case_state.OUTCOMES)
