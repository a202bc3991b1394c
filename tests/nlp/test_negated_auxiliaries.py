"""An apostrophe-less negated auxiliary before a street word is a verb, not a street name ("i cant drive")."""
import nlp


def locations(text: str) -> list[str]:
    return nlp.extract(text).to_dict()["locations"]


def test_cant_drive_is_no_street():
    assert locations("my leg is stuck, i cant drive, please send someone") == []


def test_wont_drive_is_no_street():
    assert locations("she wont drive home after the party, shes too drunk") == []


def test_real_street_still_found():
    assert locations("a fight outside 14 harbour drive right now") == ["14 harbour drive"]
