"""Stop 36: English places (a tagged span run on into the next clause, ...). Texts invented for the tests."""
from nlp.pipeline import get_pipeline
from nlp.tagged_places import trimmed
from nlp.tail_verbs import and_then_next


def trim(text, span):
    doc = get_pipeline()(text)
    start = text.index(span)
    new_start, new_end = trimmed(doc, start, start + len(span))
    return text[new_start:new_end]


def test_tagged_span_cut_before_and_and_an_irregular_past_tense():
    assert trim("a van clipped him near brackwell and kept going", "brackwell and kept") == "brackwell"
    assert trim("she reversed into the bins in ollerby n drove off", "ollerby n drove") == "ollerby"


def test_tagged_span_cut_before_and_and_a_pronoun_split_by_the_tokenizer():
    assert trim("two boys by the weir at dunmoss and hes slipping in", "dunmoss and hes") == "dunmoss"
    assert trim("the car was parked in larchby and im scared", "larchby and im") == "larchby"


def test_tagged_span_cut_before_til():
    assert trim("followed me along rt 40 in hadleigh til our road", "hadleigh til") == "hadleigh"


def test_a_name_ending_in_a_verb_like_word_without_a_joiner_stays():
    assert trim("fly tipping on the black drove by the river", "black drove") == "black drove"
    assert not and_then_next("the", "drove")
    assert and_then_next("&", "ran")


def locations(text):
    import nlp
    return [value.lower() for value in nlp.extract(text).locations]


def test_landscape_word_after_a_place_joins_its_name():
    from nlp.feature_tails import tail_end
    text = "kids jumping off the wall at brancombe sands again"
    start = text.index("brancombe")
    assert text[start:tail_end(text, start + len("brancombe"), frozenset())] == "brancombe sands"
    text = "a car went into the water below lake wendle dam, hurry"
    start = text.index("lake wendle")
    assert text[start:tail_end(text, start + len("lake wendle"), frozenset())] == "lake wendle dam"


def test_landscape_word_before_a_street_word_or_a_phrase_is_left():
    from nlp.feature_tails import tail_end
    text = "mugged in oxley broad daylight"
    assert tail_end(text, text.index(" broad"), frozenset()) is None
    text = "bins on fire on oxley sands road"
    assert tail_end(text, text.index(" sands"), frozenset()) is None


def test_delaware_code_read_mid_clause_after_a_town():
    from nlp.mid_clause_codes import code_mid_clause
    text = "im at the shop in millsboro de with my dad"
    town = text.index("millsboro")
    assert code_mid_clause(text, town, text.index(" with"), "de", frozenset())
    text = "im at the shop in millsboro de the one by the lights"
    assert not code_mid_clause(text, town, text.index(" the one"), "de", frozenset())


def test_town_of_dictionary_words_after_a_road_and_near():
    from nlp.road_near_towns import town_after
    text = "pickup dumping tyres off route 88 near twin oaks, this morning"
    found = town_after(text, text.index(" near"))
    assert text[found[0]:found[1]] == "twin oaks"
    text = "someone shooting signs on county rd 12 outside tall timbers every night"
    found = town_after(text, text.index(" outside"))
    assert text[found[0]:found[1]] == "tall timbers"
    text = "tyres dumped off rt 9 near meadows of ash, loads"
    found = town_after(text, text.index(" near"))
    assert text[found[0]:found[1]] == "meadows of ash"


def test_no_town_after_a_road_for_a_condition_or_a_part_of_the_road():
    from nlp.road_near_towns import town_after
    for text, cue in (("stuck on the a38 in traffic for an hour", " in"),
                      ("broke down on route 9 near mile marker 12", " near"),
                      ("crash on highway 41 near the school", " near"),
                      ("someone on rt 9 near bills farm gate", " near")):
        assert town_after(text, text.index(cue)) is None


def test_road_town_in_extract():
    assert "twin oaks" in locations("white van dumping tyres off route 88 near twin oaks, this morning")


def test_seat_row_is_no_place():
    from nlp.tagged_not_places import shaped_not_place
    text = "a man kicked off in row 22 on the flight"
    start = text.index("row 22")
    assert shaped_not_place(text, start, start + len("row 22"))


def test_listed_town_joined_to_a_dictionary_word():
    from nlp.spaced_village_names import joined_end
    for text, town, want in (("sheep out on the lane at thornton in bracken, hurry", "thornton", "thornton in bracken"),
                             ("bins on fire at weston under ridge, send someone", "weston", "weston under ridge"),
                             ("quad bikes at appleton le dale every night", "appleton", "appleton le dale")):
        start = text.index(town)
        end = joined_end(text, start + len(town), town)
        assert text[start:end] == want


def test_listed_town_before_a_condition_or_a_second_town_joins_nothing():
    from nlp.spaced_village_names import joined_end
    for text, town in (("the barn at thornton on fire, hurry", "thornton"),
                       ("my nan from weston in hospital again", "weston"),
                       ("the shop in stanton on sundays", "stanton")):
        start = text.index(town)
        assert joined_end(text, start + len(town), town) is None


def test_place_name_endings_make_a_run_together_word_a_village():
    from nlp.villages import unknown_lowered
    assert unknown_lowered("hollowfold") and unknown_lowered("beaconshot")   # "hollow|fold": two words, but a name


def test_tagged_run_on_into_and_and_a_possessive_keeps_the_rule_end():
    from nlp.tagged_places import without_plain_tail
    text = "a kid fell in the canal at brandleigh and his mum cant swim"
    start = text.index("brandleigh")
    rule_end = start + len("brandleigh")
    end = text.index(" cant")
    assert without_plain_tail(text, start, end, [(start, rule_end)]) == rule_end
