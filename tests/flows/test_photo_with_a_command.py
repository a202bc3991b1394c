"""A photo sent with a command ("SEND" as its caption, or a slip of it) is kept on
the tip: the command used to drop it."""
from __future__ import annotations

from flows.engine import load_engine
from flows.events import Filed
from tests.flows.helpers import FlowPhone

PHOTO = "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1"


def test_a_photo_sent_with_send_is_filed_with_the_tip():
    phone = FlowPhone(load_engine())
    phone.send("Someone keeps letting down my tyres")
    result = phone.send("SEND", media=[PHOTO])
    assert [type(e) for e in result.events] == [Filed] and result.conv["media"] == [PHOTO]


def test_a_photo_sent_with_skip_or_a_slip_of_it_is_kept():
    phone = FlowPhone(load_engine())
    phone.send("Someone keeps letting down my tyres")
    result = phone.send("skp", media=[PHOTO])
    assert result.conv["state"] == "when" and result.conv["media"] == [PHOTO]
