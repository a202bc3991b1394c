"""Stop 33's speed work changed how gates are tested, not what they let through: these texts (written for the tests)
each need a gate the new test must still open."""
import nlp


def test_clause_kind_gate_word_inside_another_word():
    # the gate words are substrings: "hold" inside "holding", "hang" inside "hanging" still let the clause regex read it
    from nlp.pipeline import get_pipeline
    from nlp.urgency_kinds import GATE_WORDS, cues_with_kinds
    assert "hold" in GATE_WORDS and "hang" in GATE_WORDS
    for text in ("kid holding onto a buoy out past the pier, tide goin out",   # "hold" inside "holding"
                 "a man clinging to an upturned canoe off the slipway, current is taking him out"):
        assert "IN_DANGER" in {span.label_ for span in cues_with_kinds(get_pipeline()(text))}
    assert "IN_DANGER" not in {span.label_ for span in cues_with_kinds(get_pipeline()("a man in a canoe off the slipway"))}


def test_the_urgency_readings_share_one_reading_of_the_cues():
    from nlp.pipeline import get_pipeline
    from nlp.urgency import counter_evidence, firm_calm, judge
    from nlp.urgency_kinds import cues_with_kinds
    for text in ("two blokes scrapping outside the chippy on mill lane, one has a bottle",
                 "the skip fire behind the co-op is out now, fire brigade left",
                 "someone nicked my bike from the shed last tuesday"):
        doc = get_pipeline()(text)
        cues = cues_with_kinds(doc)
        assert judge(doc, cues) == judge(doc)
        assert firm_calm(doc, cues) == firm_calm(doc)
        assert counter_evidence(doc, cues) == counter_evidence(doc)


def test_coloured_in_capitals_still_opens_the_gate():
    assert nlp.extract("a DARK GREEN COLOURED VAUXHALL CORSA was parked outside").vehicles == ["DARK GREEN COLOURED VAUXHALL CORSA"]
    assert nlp.extract("a teal coloured ford focus did a runner").vehicles == ["teal coloured ford focus"]
    assert nlp.extract("a copper colored jeep wrangler parked up by the gate").vehicles == ["copper colored jeep wrangler"]


def test_state_code_after_a_town_and_a_run_on_code():
    # with_states reads its two regexes first now: a code after a town is still taken in, a run-on still cut
    assert nlp.extract("she lives in selma al and the car was there").locations == ["selma al"]
    assert nlp.extract("we drove over from sparta tn last night").locations == ["sparta tn"]


def test_comma_town_gate_codes_leave_out_the_word_codes():
    from nlp.comma_town_states import WORD_CODES, gate_codes
    assert gate_codes().isdisjoint(WORD_CODES) and "pa" in gate_codes()
    assert "bristol pa" in [v.lower() for v in nlp.extract("seen on 5th and mill, bristol pa, white van").locations]
