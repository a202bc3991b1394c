"""The bot's own fixed texts outside flows: short, plain GSM-7, placeholders filled
from config (programme, force, emergency, non_emergency)."""

HELP = ("{programme} ({force}): send us a tip by text, anonymously. Emergency: call {emergency}. "
        "Non-emergency: {non_emergency}. Reply STOP to stop texts, START to restart.")
# HELP in the middle of a tip: the flow's options come first (flows.engine.help_for), then this,
# shorter than HELP so that both fit one text of two segments.
HELP_IN_TIP = ("{programme}: tips are anonymous. Emergency: call {emergency}. Non-emergency: {non_emergency}. "
               "Reply STOP to stop texts.")
OPTED_OUT = ("You will get no more texts from {programme}. Reply START to undo. "
             "In an emergency call {emergency}.")
OPTED_IN = "Welcome back to {programme}. Reply HELP for help, STOP to stop texts."
SMS_ONLY = ("This line takes SMS text messages only. Please send your message as an ordinary text to this "
            "number. In an emergency call {emergency}.")
# The text is kept (spooled to disk) and processed when Redis is back: asking people to
# send it again would only get it processed twice.
UNAVAILABLE = ("We have your text but cannot deal with it just now. It will be handled shortly: "
               "no need to send it again. In an emergency call {emergency}.")
