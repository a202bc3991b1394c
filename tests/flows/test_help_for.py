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
        "Your tip so far is kept. Reply SKIP to skip this question, SEND to file your tip, DELETE to throw your "
        "draft away.", "Now: Where was this? A street, junction, landmark or postcode."]
    for _ in range(5):
        phone.send("SKIP")
    assert engine.help_for(phone.conv, CTX) == [
        "Your tip is ready: reply SEND to file it, DELETE to throw it away, or text more to add."]
    phone.send("SEND")
    assert engine.help_for(phone.conv, CTX) == [
        f"Your tip {phone.conv['tip_id']} is filed. Text again any time to add to it, or NEW to start a new tip."]


def test_the_commands_that_work_in_each_state():
    engine = load_engine()
    assert engine.commands_in("where") == ["SEND", "SKIP", "DELETE"]
    assert engine.commands_in("review") == ["SEND", "DELETE"]
    assert engine.commands_in("filed") == ["NEW"]
    assert engine.commands_in("start") == []
