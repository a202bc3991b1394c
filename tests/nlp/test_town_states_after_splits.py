"""A US town split off a road it ran on from still takes its state code ("county rd 40 s north of <town> in,")."""
import nlp


def locations(text):
    return [value.lower() for value in nlp.extract(text).locations]


def test_town_split_off_a_county_road_keeps_its_code():
    found = locations("junk cars dumped at the end of county rd 600 w north of fairmount in, been there weeks")
    assert "fairmount in" in found


def test_code_that_is_a_word_mid_clause_stays_out():
    found = locations("junk cars dumped at the end of county rd 600 w north of fairmount in the ditch")
    assert "fairmount in" not in found
