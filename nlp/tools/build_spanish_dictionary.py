"""Write nlp/data/es/dictionary_words.txt: the Spanish words of Debian's `wspanish` word list (public domain) that the
commonest-10,000 list (es/common_words.txt) lacks, lower case and without accents. spanish_article_names.py reads it
to tell a thing ("en el sotano", "en la cochera", "en la alberca") from a barrio no dictionary holds ("en el
zurguen", "en la chantria"). Nothing is fetched at run time; run by hand once:

    apt-get install wspanish && python -m nlp.tools.build_spanish_dictionary /usr/share/dict/spanish
"""
from __future__ import annotations

import sys

from ..lexicon import DATA_DIR, UNACCENTED, word_list

OUT = DATA_DIR / "es" / "dictionary_words.txt"
HEADER = """# Spanish words of Debian's wspanish word list (public domain; Agustin Martin and others) not in es/common_words.txt,
# lower case, accents dropped, 4+ letters; written by nlp/tools/build_spanish_dictionary.py and read by
# nlp/spanish_article_names.py (a word here is a thing, not a barrio's name).
"""


def main(path: str) -> None:
    common = word_list("es/common_words.txt")
    words = set()
    for line in open(path, encoding="utf-8"):
        word = line.strip().lower().translate(UNACCENTED)
        if len(word) >= 4 and word.isalpha() and word not in common:
            words.add(word)
    OUT.write_text(HEADER + "\n".join(sorted(words)) + "\n", encoding="utf-8")
    print(len(words), "words ->", OUT)


if __name__ == "__main__":
    main(sys.argv[1])
