"""A shop named by its car park ("in the reasors lot") is the place, without "the" (nlp/shop_lots.py); a kind of
lot ("the parking lot", "the church lot", "the parkin lot") is none."""
import pytest

import nlp


@pytest.mark.parametrize("text, places", [
    ("guy keyed my car in the brennemans lot", ["brennemans"]),
    ("woman screaming in the Dobbins Grocery parking lot", ["dobbins grocery"]),
    ("someone sleeping in a truck in the kwiktrak lot", ["kwiktrak"]),
    ("fight outside the ziggys lot right now", ["ziggys"]),
    ("bike stolen from the hollingers parking lot", ["hollingers"]),
    ("van parked behind the Petes Market lot all day", ["petes market"]),
    ("car break ins at the stop-n-save lot again", ["stop-n-save"]),
    ("dude selling pills out his trunk in the Mcnallys lot", ["mcnallys"]),
    ("kids on dirt bikes round the fastbreak lot", ["fastbreak"]),
])
def test_shop_found(text, places):
    assert sorted(value.lower() for value in nlp.extract(text).locations) == places


@pytest.mark.parametrize("text", [
    "kids smoking in the parking lot",
    "fight in the church lot after service",
    "car parked in the back lot all night",
    "they met in the empty lot behind the school",
    "someone crying in the hospital parking lot",
    "drugs being sold in the school lot",
    "dude sleeping in the gravel lot",
    "a lot of people were in the lot",
    "i paid a lot for that car",
    "he took the whole lot of them",
    "cars racing in the overflow lot",
    "guys hanging about in the staff car lot",
    "kids doing donuts in the parkin lot",
    "drug deals round the parkin lot every night",
])
def test_kinds_of_lot_stay_no_place(text):
    assert nlp.extract(text).locations == []
