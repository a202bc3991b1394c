"""Phone numbers written in a tip (US and UK shapes, and any country's with its + code), found by regex so they can
be redacted. Spanish-only shapes that need a Spanish phone word before them are spanish.py's."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .doc_attrs import PHONES, attrs
from .local_phones import local_phones
from .no_phone_shapes import no_phone_plan
from .other_numbers import other_kind_before, to_call_after
from .spans import store, text_of

# US: (215) 555-0143, 215-555-0143, 215.555.0143, 2155550143, +1 215 555 0143
# UK: 07700 900123, 07700900123, +44 7700 900123, 0117 496 0123, 020 7946 0958
# Not a piece of a longer number: an order number "113-4471902-5520883" goes on after a hyphen, an IBAN's groups of four
# ("ES91 2100 0418 4502 0005 1332") go on before or after the ten digits; a ticket's "0429-118830-4477" goes on before
PHONE_RE = re.compile(
    r"(?<![\w+])(?<!\d{4}\s)(?<!\d-)(?:"
    r"(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-]?)\d{3}[\s.-]?\d{4}"
    r"|(?:\+44\s?\(?0?\)?\s?|0)(?:\d{2,4}[\s.-]?\d{3,4}[\s.-]?\d{3,4}|\d{9,10})"
    r")(?!\w|-\d|\s\d{4}(?!\d))"
)
# Another country's code: "+52 55 4812 7709", "+34 612 345 678", "+33 6 12 34 56 78" (10-14 digits; +1 and +44 are PHONE_RE's),
# or written with the international prefix 00 and spaces ("0034 611 224 187"; no country code starts with 0; "0091-7731-22"
# is a reference)
INTL_PHONE_RE = re.compile(
    r"(?<![\w+])(?:\+(?!1\b|1\s|44)\d{2,3}(?:[\s.-]?\d{1,4}){2,5}|00(?!44)[1-9]\d{0,2}(?: \d{1,4}){2,5})(?!\w)")

# "my nhs no is 485 777 3456", "account number 0123 456 7890", "ebay item 2847715502", "the ad number was 1489920331",
# "bag tag says 0125 447 901": a number of another kind, not a phone; past a letters code ("ref TVL 0038125774") or
# the first digit groups of the same number ("imei 35 209 110 334 5577")
OTHER_NUMBER_BEFORE_RE = re.compile(
    r"\b(?:nhs|ssn|nino|account|acct|policy|order|ref|reference|case|imei|serial|card|tracking|invoice|crime|incident|"
    r"customer|member|membership|passport|licence|license|(?<!caller\s)id|transaction|fine|penalty|ticket|booking|confirmation|"
    r"receipt|parcel|claim|tag|item|listing|ad|advert|auction|notice|citation|summons|sku|product|"
    # credit and fines paperwork: "agreement no 4419203318", "NIP 7702118842" (a speeding notice), "pcn", "loan"
    r"agreement|contract|loan|mortgage|nip|pcn|voucher|"
    # Spanish: "el control es 448 120 9931" (a money transfer), "pedido", "referencia", "transacción", "equipaje", "iban"
    r"control|pedido|referencia|transacci[oó]n|equipaje|iban|"
    # a serial ("s/n 4471882290"), a licence or a record check ("cdl", "dbs"); Spanish: a parcel's, a claim's, a
    # customer's, a contract's, an ID's number ("envio 4471882290", "numero de incidencia 2026004471", "INE")
    r"s/n|sn|cdl|dbs|utr|env[ií]o|incidencia|cliente|siniestro|contrato|reclamo|clabe|pasaporte|ine|curp|dni|nie|tal[oó]n)\b"
    r"(?:\s+(?:no\.?|number|num|#|id))?(?:\s+(?:is|was|says|said|reads|read|es|era|dice|dec[ií]a))?\s*[:#]?\s*"
    r"(?:(?-i:[A-Z]{2,4}\d{0,2})\s+|\d{1,4}[\s-]+){0,3}$",
    re.IGNORECASE)


def find_phones(text: str) -> list[tuple[int, int, str]]:
    digits = sum(map(str.isdigit, text))
    if digits < 7:  # cheap pre-check: most tips have no phone number
        return []
    if digits < 10:
        return local_phones(text, [])   # "got a text from 555-0148": seven digits after a calling word
    found = []
    for match in INTL_PHONE_RE.finditer(text) if "+" in text or "00" in text else ():
        digits = sum(map(str.isdigit, match.group()))
        if 10 <= digits <= 14 and not OTHER_NUMBER_BEFORE_RE.search(text, max(0, match.start() - 40), match.start()):
            found.append((match.start(), match.end(), match.group()))
    for match in PHONE_RE.finditer(text):
        digits = sum(map(str.isdigit, match.group()))
        if 10 <= digits <= 13 and not any(s < match.end() and match.start() < e for s, e, _ in found) \
                and not OTHER_NUMBER_BEFORE_RE.search(text, max(0, match.start() - 40), match.start()):
            found.append((match.start(), match.end(), match.group()))
    # "blue badge, number 0044 7819 2231", "tarjeta oyster ... tiene el numero ...": another thing's number
    found += local_phones(text, found)
    return sorted(phone for phone in found if not (other_kind_before(text, phone[0]) and not to_call_after(text, phone[1]))
                  and not no_phone_plan(phone[2]))


@Language.component("tip_phones", assigns=attrs(PHONES) + ["doc.spans"])
def phone_finder(doc: Doc) -> Doc:
    """Find the phone numbers written in the text.

    doc (Doc): The Doc to annotate.
    RETURNS (Doc): The same Doc, with doc._.phones set.
    """
    store(doc, PHONES, find_phones(text_of(doc)))
    return doc
