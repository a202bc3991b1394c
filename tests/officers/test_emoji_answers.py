"""An emoji-only answer (issue 10): the tip keeps the tipster's words as they wrote
them; officers' SMS summaries (SHOW, its thread, TIPS, duty notifications) and the
tipster's own review spell emoji out ("[emoji: pouting face x3]") instead of the
"???" that plain GSM-7 would make of them."""
from __future__ import annotations

import re

from bot.messaging.segments import is_gsm7
from bot.tipline import tips
from tests.helpers import assert_sms_sized


def test_emoji_answers_reach_officers_in_words(officer, tipster, redis):
    tipster.send("Someone keeps letting down my tyres")
    tipster.send("\U0001F621\U0001F621\U0001F621")                  # where: three pouting faces
    tipster.send("\U0001F44D\U0001F3FD")                            # when: thumbs up, skin tone
    tipster.send("\U0001F693\U0001F52B")                            # vehicle: police car, pistol
    for _ in range(2):
        review = tipster.send("SKIP")
    assert_sms_sized(review)
    assert ("where: [emoji: pouting face x3]; when: [emoji: thumbs up]; vehicle: [emoji: police car, pistol]"
            in review[0])
    tip_id = re.search(r"T-\w+", tipster.send("SEND")[0]).group(0)

    tip = tips.load_tip(redis, tip_id)   # kept as written
    assert tip["fields"]["where"] == "\U0001F621\U0001F621\U0001F621"
    assert tip["fields"]["vehicle"] == "\U0001F693\U0001F52B"

    show, thread = officer.send(f"SHOW {tip_id}")
    assert "Where: [emoji: pouting face x3]" in show and "When: [emoji: thumbs up]" in show
    assert "Vehicle: [emoji: police car, pistol]" in show
    assert "[now tipster] [emoji: pouting face x3]" in thread
    for text in (show, thread):
        assert is_gsm7(text) and "??" not in text
    listing = officer.send("TIPS")[0]
    assert f"{tip_id} now [emoji: pouting face x3] (no plate)" in listing


def test_duty_notification_spells_emoji_out(officer, tipster, worker, fake_twilio):
    officer.send("ON")
    tipster.send("\U0001F52A\U0001F52A he has a knife and is threatening people outside the Co-op right now")
    worker()
    [note] = [m["body"] for m in fake_twilio.sent_to(officer.number)]
    assert "URGENT" in note and "[emoji: knife x2] he has a knife" in note and is_gsm7(note)
