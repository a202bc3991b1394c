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
UNAVAILABLE = ("Sorry, we could not take your text just now. Please text again in a few minutes. "
               "In an emergency call {emergency}.")
