"""Texts that are not the immediate TwiML reply: rq send jobs (idempotent per
message and recipient, throttled per sender, opt-out checked at send time, each
ending in a final state), the Twilio and local-mode transports, Twilio's errors
and why a text failed (failures), GSM-7 segments, queues, and delivery statuses."""
