"""Texts that are not the immediate TwiML reply: rq send jobs (idempotent per
message and recipient, throttled per sender, opt-out checked at send time), the
Twilio and local-mode transports, GSM-7 segments, queues, and delivery statuses."""
