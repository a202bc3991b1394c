"""FlowEngine.help_for: the flow's share of a HELP answer (the host answers HELP
before any flow and adds this), for each kind of state. No I/O, no Flask."""
from __future__ import annotations

from flows.engine import load_engine
from tests.flows.helpers import CTX, FlowPhone


def test_help_for_each_state():
    engine = load_engine()
    phone = FlowPhone(engine)
    assert engine.help_for(None, CTX) == [] and engine.help_for(engine.new_conversation(), CTX) == []
    phone.send("hi")
    assert engine.help_for(phone.conv, CTX) == ["You are starting a tip: just answer the question.",
                                                "Now: What happened? Tell us in your own words."]
    phone.send("Someone keeps letting down my tyres")
    assert engine.help_for(phone.conv, CTX) == [
        "Your tip is kept. Reply SKIP to skip this question, SEND to file your tip, DELETE to throw it away, BACK "
        "to fix an answer.", "Now: Where was this? A street, junction, landmark or postcode."]
    for _ in range(5):
        phone.send("SKIP")
    assert engine.help_for(phone.conv, CTX) == [
        "Your tip is ready: reply SEND to file it, DELETE to throw it away, or text more to add."]
    phone.send("SEND")
    tip_id = phone.conv["tip_id"]
    assert engine.help_for(phone.conv, CTX) == [
        f"Your tip {tip_id} is filed. To add to it, start your text with {tip_id}. DELETE to withdraw it, NEW to "
        "start a new tip."]
    phone.send("DELETE")
    assert engine.help_for(phone.conv, CTX) == [
        f"Withdraw your tip {tip_id}? Officers keep what you sent, marked withdrawn. Reply DELETE to confirm, or NO "
        "to keep it."]


def test_help_while_a_which_tip_question_is_open():
    engine = load_engine()
    phone = FlowPhone(engine)
    for text in ("Someone keeps letting down my tyres", "Fly tipping in the lay-by"):
        phone.send(text)
        phone.send("SEND")
        phone.send("NEW", after_minutes=120)
    phone.officer_writes("T-2345")
    phone.officer_writes("T-2346")
    phone.send("DELETE")   # the draft NEW opened
    phone.send("about 2am")
    assert engine.help_for(phone.conv, CTX) == ["Which tip is this about? Reply T-2346 or T-2345 with your answer."]


def test_the_commands_that_work_in_each_state():
    engine = load_engine()
    assert engine.commands_in("what") == ["SEND", "SKIP", "DELETE"]
    assert engine.commands_in("where") == ["SEND", "SKIP", "DELETE", "BACK"]
    assert engine.commands_in("review") == ["SEND", "DELETE", "BACK"]
    assert engine.commands_in("filed") == ["DELETE", "NEW"]
    assert engine.commands_in("withdraw") == ["SKIP", "DELETE"]
    assert engine.commands_in("start") == []
    assert engine.help_of("DELETE", "where") == "throw it away"
    assert engine.help_of("DELETE", "filed") == engine.help_of("DELETE", "withdraw") == "withdraw your tip"
