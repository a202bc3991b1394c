"""The sealed held-out files are named once (nlp/sealed.py); every reader of the dev sets asks `is_sealed`."""
import pytest

from nlp.sealed import SEALED_ENGLISH, SEALED_FILES, SEALED_NOTES, SEALED_SPANISH, devset_name, is_sealed


@pytest.mark.parametrize("path", [
    f"nlp/devset/{SEALED_ENGLISH}", SEALED_ENGLISH, f"/tmp/x/devset/{SEALED_ENGLISH}",
    f"nlp/devset/{SEALED_SPANISH}", SEALED_SPANISH, f"C:\\work\\nlp\\devset\\{SEALED_SPANISH.replace('/', chr(92))}",
    *(f"nlp/devset/{note}" for note in SEALED_NOTES),
])
def test_a_sealed_file_or_note_is_refused_however_it_is_named(path):
    assert is_sealed(path)


@pytest.mark.parametrize("path", ["nlp/devset/devset.jsonl", "nlp/devset/es/dev.jsonl", "es/dev.jsonl", "dev_s22a.jsonl"])
def test_a_dev_file_is_not_sealed(path):
    assert not is_sealed(path)


def test_the_english_name_in_the_spanish_folder_is_another_file():
    # es/heldout6.jsonl is not the English heldout6.jsonl: a language folder is part of the name
    assert devset_name(f"nlp/devset/es/{SEALED_ENGLISH}") == f"es/{SEALED_ENGLISH}"
    assert (f"es/{SEALED_ENGLISH}" in SEALED_FILES) == is_sealed(f"nlp/devset/es/{SEALED_ENGLISH}")


def test_the_sealed_files_exist_until_they_are_scored_and_folded():
    from nlp.evaluate import DEVSET_DIR
    for name in SEALED_FILES:
        assert (DEVSET_DIR / name).exists(), name
