"""Speed work of stop 27 (outputs unchanged): each faster form checked against the form it replaced."""
import pytest

from nlp.tagger_features import window_marks


def every_window(worth: list[int], n: int, window: int = 2) -> list[bool]:
    """The loop window_marks replaced: every window marked in full."""
    scored = [False] * n
    for i in worth:
        for j in range(max(0, i - window), min(n, i + window + 1)):
            scored[j] = True
    return scored


@pytest.mark.parametrize("worth,n", [
    ([], 0), ([], 6), ([0], 1), ([0], 6), ([5], 6), ([2], 6), ([0, 1, 2, 3], 4), ([1, 7], 12), ([1, 4], 12),
    ([1, 6], 12), ([0, 11], 12), ([3, 4, 9], 10), (list(range(20)), 20),
])
def test_window_marks_marks_what_every_window_marked(worth, n):
    assert window_marks(worth, n) == every_window(worth, n)


def test_window_marks_reads_its_window():
    assert window_marks([4], 9, window=1) == every_window([4], 9, window=1)
    assert window_marks([0, 8], 9, window=3) == every_window([0, 8], 9, window=3)


# The pre-check regexes written from their digit (codes.py, plate_shapes.py) against the forms they replaced: they
# are only ever asked whether the text has a match, so the same texts must pass.
HINTS = [
    ("nlp.codes", "POSTCODE_HINT_RE", r"[A-Za-z]\d"),
    ("nlp.codes", "UK_ROAD_HINT_RE", r"\b[ABMabm]\d"),
    ("nlp.plate_shapes", "LETTER_DIGIT_RE", r"[A-Za-z][ -]?\d|\d[A-Za-z]|\d [A-Z]"),
]
HINT_TEXTS = [
    "", "7", "a7", "7a", "a 7", "a-7", "7 A", "7 a", "7-a", "a  7", "_7", "b9", "xb9", "on the a38 again", "M5 j17",
    "bs1 4dj", "BS1 4DJ", "at 11 pm", "about 11pm", "flat 2b", "4 Ashley Road", "ab12 cde", "no digits here",
    "call 07700 900123", "£20", "route 66", "x-1", "10 PM", "2nd street", "1st", "9 o'clock", "é7", "7é", "a\u0663",
    "\u0663a", "a \u0663", "m\u0663", "mm9", "9mm", "i-95", "k-10", "the 5 of us",
]


@pytest.mark.parametrize("module,name,old", HINTS)
def test_a_pre_check_from_its_digit_passes_the_texts_its_old_form_passed(module, name, old):
    import importlib
    import re

    new = getattr(importlib.import_module(module), name)
    assert new.pattern.startswith(r"\d(")  # what makes it quick: the engine skips to the next digit
    old_re = re.compile(old)
    for text in HINT_TEXTS + [f"{a}{b}{c}" for a in "aM7 -_" for b in "b7 -" for c in "9cC -"]:
        assert bool(new.search(text)) == bool(old_re.search(text)), text


class NeverAsked:
    def search(self, *args):
        raise AssertionError("the regex ran on a text with no hyphen")


def test_the_letter_road_gate_needs_a_hyphen(monkeypatch):
    import nlp.codes as codes
    from nlp.codes import find_roads
    from nlp.spans import LETTERS_RE

    real = codes.LETTER_ROAD_HINT_RE
    monkeypatch.setattr(codes, "LETTER_ROAD_HINT_RE", NeverAsked())
    assert find_roads("went past the m 59 sign at 9", frozenset(("went", "past", "the", "m", "sign", "at"))) == []
    monkeypatch.setattr(codes, "LETTER_ROAD_HINT_RE", real)
    for text in ("turned off k-10 by the services", "took m-59 east", "got on the k 10 bus", "m59 parts"):
        present = frozenset(LETTERS_RE.findall(text.lower()))
        assert bool(find_roads(text, present)) == ("-" in text), text


@pytest.mark.parametrize("text", [
    "silver astra AB12 CDE outside", "the van was WC57 KBR", "reg A123 BCD last night", "Y 291 HKW by the shop",
    "plate ABC 123D", "tag HVM2207 on a grey ram", "tag ABCD-1234 then gone", "it was 2CX4471", "4471 NT on a BMW",
    "the old R82KLT", "ABCD 1234", "a ford XYZ 123 and AB12CDE", "about 9pm, van AB12 CDE", "nothing 1 here",
])
def test_uncued_plates_read_from_near_the_first_digit_find_what_the_whole_text_gives(text, monkeypatch):
    import nlp.plate_shapes as plate_shapes

    fast = plate_shapes.uncued_plates(text, text.isupper())
    # the same shapes searched over the whole text: no match can start before the first digit - MAX_BEFORE_DIGIT
    monkeypatch.setattr(plate_shapes, "MAX_BEFORE_DIGIT", 10_000)
    assert fast == plate_shapes.uncued_plates(text, text.isupper())
    # "nothing 1 here" needs a cue; "4471 NT on a BMW" is a plate before the vehicle it is on (plates, stop 27)
    assert bool(fast) == (text != "nothing 1 here"), text


def test_uncued_plates_skip_the_words_before_the_first_digit(monkeypatch):
    import nlp.plate_shapes as plate_shapes

    searched_from = []
    real = plate_shapes.SINGLE_RE

    class Recording:
        def finditer(self, text, pos=0):
            searched_from.append(pos)
            return real.finditer(text, pos)

    monkeypatch.setattr(plate_shapes, "SINGLE_RE", Recording())
    text = "a long line of words with no number in them until the plate HVM2207"
    assert plate_shapes.uncued_plates(text, False) == [(text.index("HVM"), len(text))]
    assert searched_from == [text.index("2207") - plate_shapes.MAX_BEFORE_DIGIT]


def runs_of(tags: list[str], label: str) -> list[tuple[int, int]]:
    """The loop tags_to_tokens replaced (an "O" after the last tag, the label's tags built per token)."""
    found, start = [], None
    for i, tag in enumerate([*tags, "O"]):
        if start is not None and tag != f"I-{label}":
            found.append((start, i))
            start = None
        if tag == f"B-{label}":
            start = i
    return found


@pytest.mark.parametrize("tags", [
    [], ["O"], ["B-LOC"], ["I-LOC"], ["B-LOC", "I-LOC"], ["O", "B-LOC", "I-LOC", "O", "B-LOC"], ["B-LOC", "B-LOC"],
    ["I-LOC", "B-LOC", "I-LOC", "I-LOC"], ["B-PER", "I-PER", "O"], ["B-LOC", "I-PER", "B-PER", "I-LOC"],
])
@pytest.mark.parametrize("label", ["LOC", "PER"])
def test_tags_to_tokens_finds_the_runs_the_per_token_loop_found(tags, label):
    from nlp.perceptron import tags_to_tokens

    assert tags_to_tokens(tags, label) == runs_of(tags, label)


def test_tags_to_tokens_returns_at_once_without_a_begin_tag():
    from nlp.perceptron import tags_to_tokens

    class NoLoop(list):
        def __iter__(self):
            raise AssertionError("walked the tags of a text with no B- tag")

    assert tags_to_tokens(NoLoop(["O", "I-LOC", "O"]), "LOC") == []
