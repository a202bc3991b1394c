"""Where a lower-case street name after "calle"/"avenida" may stop besides the end of its clause (spanish_places.py
NAME_RUN_RE): before the area it lies in ("calle gabino barreda de la colonia san rafael", "calle melchor ocampo
del fracc. las palmas") and before a door number the clause goes on after ("calle fuente seca 4 y dice", "calle sol
naciente 9 cerca del oxxo"). The words of the run are still judged one by one there (not a verb, a function word).
"""
from __future__ import annotations

# "de la colonia", "del fraccionamiento", "en la col.": the area word closes the street's name before it
AREA_AFTER = (r"\s+(?:de|del|en)\s+(?:la\s+|el\s+)?(?:colonia|col\b|fraccionamiento|fracc\b|barrio|urbanizaci[oó]n|"
              r"unidad\s+habitacional|ejido|poblado)")
# a door number, then a word that goes on with the clause or places the street: "4 y dice", "12 cerca de"
NUMBER_THEN = r"\s+\d{1,4}\s+(?:y|e|en|de|del|por|cerca|junto|frente|esquina|entre|casi|donde|se|hay|esta|está)\s"
NAME_RUN_STOPS = AREA_AFTER + "|" + NUMBER_THEN
