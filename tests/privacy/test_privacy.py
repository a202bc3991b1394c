"""The tipster's number and Twilio's location fields are in no Redis key or value
(except the sealed entry) and in no log line."""
from __future__ import annotations

import logging

NUMBER = "+12155550143"
FORMS = [NUMBER, "2155550143", "(215) 555-0143", "215-555-0143", "5550143", "555-0143"]
LOCATION = {"FromCity": "PHILADELPHIA", "FromState": "PA", "FromZip": "19140", "FromCountry": "US",
            "ToCity": "PHILADELPHIA"}


def test_no_number_or_location_fields_anywhere(make_phone, redis, services, redis_dump, caplog):
    caplog.set_level(logging.DEBUG)
    phone = make_phone(NUMBER)
    for text in ("grey Jeep Wrangler Jersey tags R82KLT doing laps at 49th and Woodland",
                 "around 10pm", "two guys, one in a red jacket", "SEND", "they came back", "HELP", "STOP"):
        phone.send(text, extra=LOCATION)
    sealed_key = f"tl:num:{{{services.identity.pseudonym(NUMBER)}}}"
    dump = redis_dump()
    assert any(key == sealed_key for key, _ in dump)
    for key, value in dump:
        blob = key + " " + (value if key != sealed_key else "")
        for form in FORMS + ["PHILADELPHIA", "19140"]:
            assert form not in blob, (key, form)
    assert services.identity.unseal(redis.get(sealed_key)) == NUMBER
    logged = "\n".join(r.getMessage() for r in caplog.records)
    for form in FORMS + ["PHILADELPHIA"]:
        assert form not in logged
