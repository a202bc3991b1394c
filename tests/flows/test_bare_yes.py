"""A bare "yes" answers no question, and "ok"/"thanks" add nothing to a tip; a vehicle described
when asked about people is the vehicle's answer (found by texting the simulator as a tipster:
before, the review read "vehicle: yes; people: a grey golf reg AB12 CDE")."""
from __future__ import annotations

import pytest

from flows.engine import load_definition, made_of
from flows.loading import load_languages
from flows.near_miss import phrase_of
from nlp import extract
from tests.flows.helpers import FlowPhone


@pytest.fixture()
def phone(reading_phone):   # facts are read from each text, as the host does
    return reading_phone


def to_vehicle_question(phone):
    phone.send("theres a lad selling weed outside the co-op on brook road most evenings")
    assert phone.conv["state"] == "vehicle"


@pytest.mark.parametrize("yes", ["yes", "Yeah", "yep!", "yes there was", "yeah, there was", "Y"])
def test_a_bare_yes_to_the_vehicle_question_asks_what_it_was(phone, yes):
    to_vehicle_question(phone)
    result = phone.send(yes)
    assert result.lines == ["What was it? Colour, make, model, plate (even part of it)."]
    assert result.conv["state"] == "vehicle"
    assert "vehicle" not in result.conv["fields"] and "vehicle" not in result.conv["skipped"]
    result = phone.send("a grey golf reg AB12 CDE")
    assert result.conv["fields"]["vehicle"] == "a grey golf reg AB12 CDE"
    assert result.conv["state"] == "people"
    assert yes not in result.conv["texts"]   # nothing for an officer to read


def test_yes_with_the_details_is_an_answer(phone):
    to_vehicle_question(phone)
    result = phone.send("yes a silver transit")
    assert result.conv["fields"]["vehicle"] == "yes a silver transit"
    assert result.conv["state"] == "people"


def test_a_bare_yes_to_the_people_and_more_questions(phone):
    to_vehicle_question(phone)
    phone.send("SKIP")
    result = phone.send("yeah")
    assert result.lines == ["Describe them: clothes, build, age, names."]
    assert result.conv["state"] == "people" and "people" not in result.conv["fields"]
    phone.send("SKIP")
    result = phone.send("yes")
    assert result.lines == ["Go ahead: tell us what else."]
    assert result.conv["state"] == "more"


def test_a_bare_yes_to_where_is_still_taken_as_written(phone):
    """Only questions that ask whether there was something have ``if_yes``."""
    phone.send("someone keeps dumping rubbish")
    assert phone.conv["state"] == "where"
    result = phone.send("yes")
    assert result.conv["fields"]["where"] == "yes"


def test_a_vehicle_described_at_the_people_question_is_the_vehicles_answer(phone):
    to_vehicle_question(phone)
    phone.send("SKIP")                      # no vehicle, they said; then they describe one
    result = phone.send("a grey golf reg AB12 CDE")
    assert result.conv["fields"].get("vehicle") == "a grey golf reg AB12 CDE"
    assert "people" not in result.conv["fields"]
    assert "vehicle" not in result.conv["skipped"] and "people" not in result.conv["skipped"]
    assert result.conv["state"] == "people"   # still open: asked again
    assert "Got it: plate AB12CDE" in result.lines[0] and "Anyone involved?" in result.lines[-1]
    result = phone.send("tall skinny lad about 17 in a grey tracksuit")
    assert "tall skinny lad" in result.conv["fields"]["people"] and result.conv["state"] == "more"


def test_a_vehicle_at_the_people_question_stays_there_when_the_vehicle_is_answered(phone):
    to_vehicle_question(phone)
    phone.send("a red van")
    result = phone.send("a grey golf reg AB12 CDE")
    assert result.conv["fields"]["vehicle"] == "a red van"
    assert result.conv["fields"]["people"] == "a grey golf reg AB12 CDE"
    assert result.conv["state"] == "more"


@pytest.mark.parametrize("ack", ["ok thanks", "yeah", "no, that's it", "Cheers", "ok cool thank you", "yes thanks"])
def test_at_the_review_a_yes_or_thanks_adds_nothing(phone, ack):
    to_vehicle_question(phone)
    phone.send("SKIP")
    phone.send("SKIP")
    result = phone.send("SKIP")
    assert result.conv["state"] == "review"
    texts_before = list(result.conv["texts"])
    result = phone.send(ack)
    assert result.lines == ["Your tip is ready: reply SEND to file it, DELETE to throw it away, or text more to add."]
    assert "more" not in result.conv["fields"] and result.conv["texts"] == texts_before
    result = phone.send("thanks for listening, he has a dog too")   # words with content are added
    assert result.conv["fields"]["more"] == "thanks for listening, he has a dog too"


def test_spanish_bare_yes_and_thanks(engine):
    phone = FlowPhone(engine, extract=extract)
    phone.ctx["lang"] = "es"
    phone.send("alguien se robo las bocinas de mi carro anoche en la calle Lehigh")
    assert phone.conv["state"] == "vehicle"
    result = phone.send("si, habia uno")
    assert result.conv["state"] == "vehicle" and result.lines[0].startswith("¿Cómo era?")
    phone.send("una troca blanca placa JKM 4410")
    phone.send("SALTAR")
    phone.send("no gracias")
    result = phone.send("vale gracias")
    assert result.conv["state"] == "review" and "more" not in result.conv["fields"]
    assert result.lines[0].startswith("Su aviso está listo")


def test_a_spanish_person_described_at_the_vehicle_question_answers_the_people_question(engine):
    """Found in the simulator: "moreno alto con chamarra negra" was filed as the vehicle, and the people
    question was asked next (nothing read Spanish descriptions)."""
    phone = FlowPhone(engine, extract=extract)
    phone.ctx["lang"] = "es"
    phone.send("alguien se robo las bocinas de mi carro anoche en la calle Lehigh")
    assert phone.conv["state"] == "vehicle"
    result = phone.send("moreno alto con chamarra negra")
    assert "vehicle" not in result.conv["fields"]
    assert result.conv["fields"]["people"] == "moreno alto con chamarra negra"
    assert result.conv["state"] == "more"


def test_the_word_lists_are_short_phrases_and_never_commands(engine):
    definition = load_definition("tip")
    lists = [definition["affirmatives"], definition["acknowledgements"]]
    lists += [extra.get(name, []) for extra in load_languages("tip", None).values()
              for name in ("affirmatives", "acknowledgements")]
    for phrase in (p for words in lists for p in words):
        assert 1 <= len(phrase_of(phrase).split()) <= 4, phrase
        assert engine.command_of(phrase) is None, phrase
        assert phrase_of(phrase) not in engine.greetings, phrase


def test_made_of():
    phrases = {"OK", "THANKS", "THANK YOU", "NO THAT'S IT"}
    assert made_of("OK THANKS", phrases) and made_of("OK THANK YOU", phrases)
    assert not made_of("OK THANK", phrases) and not made_of("", phrases)
    assert not made_of("THANKS FOR THAT", phrases)
