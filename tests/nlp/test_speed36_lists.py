"""Stop 36's tidy: the '#'-commented word lists of nlp/data are read by lexicon.word_list alone (cached, one copy)."""


def test_the_data_word_lists_are_read_by_the_one_cached_reader():
    # the modules that read a '#'-commented list of nlp/data read it through lexicon.word_list: one reader, one copy
    from nlp import counted_tails, firing_ranges, in_town_ends, run_on_tails, spanish_de_names, tagged_not_places
    from nlp.features import not_river_names
    from nlp.lexicon import word_list
    assert counted_tails.numbered_place_words() is word_list("en/numbered_place_words.txt")
    assert firing_ranges.gun_words() is word_list("en/firing_range_words.txt")
    assert in_town_ends.covered_in_words() is word_list("en/covered_in_words.txt")
    assert run_on_tails.run_on_words() is word_list("en/run_on_tails.txt")
    assert spanish_de_names.not_street_of_words() is word_list("es/not_street_of_words.txt")
    assert tagged_not_places.code_heads() is word_list("en/code_heads.txt")
    assert not_river_names() is word_list("en/not_river_names.txt")


def test_no_module_keeps_its_own_commented_list_reader():
    from pathlib import Path
    root = Path(__file__).resolve().parents[2] / "nlp"
    own = [path.name for path in root.glob("*.py") if path.name != "lexicon.py"
           and 'not line.startswith("#")' in path.read_text(encoding="utf-8")]
    assert own == []


def test_a_word_list_skips_comments_and_blank_lines_and_keeps_case(tmp_path, monkeypatch):
    from nlp import lexicon
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "probe.txt").write_text("# a comment\nMill Lane\n\n  brook \n#brook\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "DATA_DIR", tmp_path)
    # the reader under the cache: the cached lists the modules hold stay as they are
    assert lexicon.word_list.__wrapped__("en/probe.txt") == frozenset(("Mill Lane", "brook"))
