"""The words written after a town that belong to its name, which the rules and the location tagger leave off:
"on sea" ("rhos on sea", seaside_names.py), a hyphened rest ("howden-le-wear", hyphen_names.py) and a US state
code ("sparta tn", town_states.py). They run after the tagger has placed its spans, on every English text; each
has its own cheap gate. A listed river named by "the" alone is added (listed_rivers.py). A generic facility found
as a place ("the flea market") is dropped last (generic_facilities.py), and so is a firing range ("shots at the
range", firing_ranges.py).
"""
from __future__ import annotations

from spacy.tokens import Doc

from .at_corners import join_at_corners
from .closing_towns import add_closing_towns
from .comma_town_states import add_comma_towns
from .counted_tails import cut_counted_tails
from .feature_tails import with_feature_tails
from .firing_ranges import without_firing_ranges
from .flight_places import without_flight_ends
from .freeway_numbers import add_freeway_numbers
from .generic_facilities import without_generic_facilities
from .goods_makes import without_goods_makes
from .grid_addresses import add_grid_addresses
from .hyphen_names import join_hyphen_tails
from .listed_rivers import add_listed_rivers
from .main_streets import with_main_streets
from .named_car_parks import with_named_car_parks
from .old_roads import with_old
from .places_abroad import without_places_abroad
from .possessive_names import join_possessive_names
from .pub_tails import without_pub_tails
from .road_near_towns import add_road_towns
from .route_numbers import without_route_numbers
from .run_on_tails import cut_run_on_tails
from .scots_edges import cut_scots_edges
from .seaside_names import join_on_sea
from .shop_lots import add_shop_lots
from .shop_on_street import split_shops_on_streets
from .spaced_village_names import join_spaced_villages
from .span_splits import split_spans
from .street_heads import with_street_heads
from .the_addresses import add_the_addresses
from .the_before_names import drop_the_before_names
from .town_states import with_states
from .village_tails import join_village_tails
from .welsh_estates import join_welsh_estates


def with_town_tails(doc: Doc, text: str, confidence: float) -> None:
    join_on_sea(doc, text, confidence)
    join_hyphen_tails(doc, text, confidence)   # "howden| -le-wear", "cwm| -twrch"
    join_village_tails(doc, text)   # "sutton| valence", "ogbourne st| george"
    join_spaced_villages(doc, text, confidence)   # "hay| on wye", "tilton| on the hill"
    add_road_towns(doc, text, confidence)   # "on route 537 in| colts neck": a town of dictionary words after a road
    with_states(doc, text, confidence)
    add_comma_towns(doc, text, confidence)   # "hebron rd, heath oh,": a town only its state code shows
    add_the_addresses(doc, text, confidence)   # "3 the paddocks, cliffe woods": a street named with "the", after a number
    add_closing_towns(doc, text, confidence)   # "..., no rush, castlebar": a town no list knows signs the tip off
    with_main_streets(doc, text, confidence)   # "s main st", "the main street in <town>"
    join_welsh_estates(doc, text)   # "14 bro| dawel": one estate's name
    add_shop_lots(doc, text, confidence)   # "in the reasors lot": a shop no list knows, by its car park
    split_shops_on_streets(doc, text)   # "Peak Kebabs| on |Cavendish Parade": a shop and its street
    split_spans(doc, text)   # "hwy 123| north of |hagarville", "lamplugh| saturday"
    with_states(doc, text, confidence)   # again: a town split off a road ("county rd 1150 n south of |yorktown in")
    with_old(doc, text)   # "old hwy 41": found without its first word
    with_street_heads(doc, text)   # "on n white| sands blvd", "off joe| frank harris pkwy": the street's first words
    add_listed_rivers(doc, text, confidence)   # "over the wensum, few of us": a river by its name alone
    with_feature_tails(doc, text)   # "pendine| sands", "lake tenkiller| dam": a landscape word ends the name
    without_generic_facilities(doc, text)
    without_goods_makes(doc, text)   # "worth of makita n dewalt", "boardman mtb": goods, not places
    with_named_car_parks(doc, text, confidence)   # after the generic ones go: "overgate| car park", "carryduff car park|": a name, a town
    without_firing_ranges(doc, text)   # "shots at the range": a firing range, not The Range
    add_freeway_numbers(doc, text, confidence)   # "on the 405 by the getty exit": a freeway by its number
    cut_run_on_tails(doc, text)
    cut_scots_edges(doc, text)   # "fae salsburgh| tae |shotts", "coatbridge| wi no plates": Scots words, no name's
    join_at_corners(doc, text)   # "sycamore| at |9th": one corner
    cut_counted_tails(doc, text)   # "lundin links| 3 lassies": the count starts the next phrase
    without_pub_tails(doc, text)   # "wrens nest| pub": a pub by its name
    drop_the_before_names(doc, text)
    without_flight_ends(doc, text)   # "flight delay ua 1182 to denver": where a flight went, no place of the tip
    without_places_abroad(doc, text)   # "while we were in lanzarote": a resort abroad, no place to go to
    without_route_numbers(doc, text)   # "the 59 bolton bus", "dpd driver on route 14": a route, no place
    add_grid_addresses(doc, text)   # "1300 s| 900 e", "2100 S and| 700 E": a grid address or corner, whole
    join_possessive_names(doc, text)   # "Catfish Pete| 's": a shop named after its owner   # "the Dover mall": a name of two words loses its "the"   # "lostwithiel| sell weed", "rio rancho| every tuesday"
