"""The spaCy pipeline itself: declared component order, one cue pass, inspection spans,
lean lexemes, bounded vocab."""
import threading

from nlp import extract, get_pipeline, pipeline
from nlp.doc_attrs import FAST, LOWER_WORDS, PLATES, TEXT, URGENT_REASON, attrs

# Texts that between them take every path that reads or writes a Doc attribute: vehicles and
# plates next to times and phones, a street that swallows a vehicle word ("Dodge St"), a town
# after a strong cue, urgency.
CONTRACT_TEXTS = (
    "black Dodge Ram on Dodge St tag HVM2207 at 9pm yesterday, call 215-555-0143, in Reading, shots fired",
    "a blue Ford parked on Ford Street near Fishponds, reg began with KN",
    # a street named after a model, not a make ("Ford Street" is never read as a vehicle): places drops the vehicle
    "a camry parked on Camry Lane all night",
    "nothing to see here",
    # an animal in a car the vehicles component names (nlp/urgency_kinds.in_a_car): the urgency judge reads the vehicles
    "a spaniel in a silver Toyota Corolla outside the gym, windows up",
    # a state "now" in a calm report (nlp/settled_now.py): it rewrites the times
    "my bike was stolen last week, the shed has a new lock on it now",
    # the Spanish readings (nlp/spanish.py): a vehicle, a plate, a time, a place and a phone
    "un BMW negro con placa JKM4410 en la calle Cambria a las 3 de la mañana, llame al 215-555-0143",
    # a neighbourhood the Spanish pass guesses (nlp/spanish_areas.find_barrios): it writes the confidence
    "se llevaron un generador de la obra en gulfton anoche",
    # a place only the learned tagger finds (nlp/span_tagger.py): it reads and writes the confidence too
    "dealers at 5100 Walnut all night",
    # a description the people tagger widens (nlp/people_tagger.py): it reads the blocking facts and the confidence
    "bloke with a green suede jacket nicked my bike from outside the shop",
    # a vehicle the tipster hedges (nlp/vehicles.py): scored below CONFIDENT, so it reads and writes the confidence
    "i think it was a grey vauxhall astra",
)


class RecordingUserData(dict):
    """doc.user_data that notes which entries a component reads and writes."""

    def __init__(self, data):
        super().__init__(data)
        self.reads, self.writes = set(), set()

    def get(self, key, default=None):
        self.reads.add(key)
        return super().get(key, default)

    def __getitem__(self, key):
        self.reads.add(key)
        return super().__getitem__(key)

    def __contains__(self, key):
        self.reads.add(key)
        return super().__contains__(key)

    def __setitem__(self, key, value):
        self.writes.add(key)
        super().__setitem__(key, value)

    def update(self, *args, **kwargs):
        new = dict(*args, **kwargs)
        self.writes.update(new)
        super().update(new)


def test_components_run_in_the_declared_order_and_every_requirement_is_assigned_earlier():
    nlp = get_pipeline()
    assert tuple(nlp.pipe_names[-len(pipeline.PIPE_NAMES):]) == pipeline.PIPE_NAMES
    problems = nlp.analyze_pipes()["problems"]
    assert all(problems[name] == [] for name in pipeline.PIPE_NAMES), problems
    assert all(nlp.get_pipe_meta(name).assigns for name in pipeline.PIPE_NAMES)


def test_components_read_and_write_exactly_what_they_declare():
    """The declarations are checked against what each component really does to doc.user_data."""
    nlp = get_pipeline()
    reads = {name: set() for name in pipeline.PIPE_NAMES}
    writes = {name: set() for name in pipeline.PIPE_NAMES}
    for text in CONTRACT_TEXTS:
        doc = nlp.make_doc(text)
        doc.user_data.update({TEXT: text, FAST: True})  # as extract() runs them
        for name in pipeline.PIPE_NAMES:
            doc.user_data = recorder = RecordingUserData(doc.user_data)
            doc = nlp.get_pipe(name)(doc)
            reads[name] |= recorder.reads - {TEXT, FAST, LOWER_WORDS}  # per-Doc scratch, not component output
            writes[name] |= recorder.writes - {TEXT, FAST, LOWER_WORDS}
    for name in pipeline.PIPE_NAMES:
        meta = nlp.get_pipe_meta(name)
        assert set(attrs(*reads[name])) == set(meta.requires), name
        assert set(attrs(*writes[name])) == set(meta.assigns) - {"doc.spans"}, name


def test_results_are_doc_extensions():
    doc = get_pipeline()("tag HVM2207, shots fired")
    assert doc._.plates == doc.user_data[PLATES] == [(4, 11, "HVM2207")]
    assert doc._.urgent_reason == doc.user_data[URGENT_REASON] == "shots fired"
    assert get_pipeline().make_doc("x")._.plates is None  # nothing assigned yet


def test_one_cue_matcher_and_inspection_spans():
    nlp = get_pipeline()
    assert "tip_cues" in nlp.pipe_names and not any("ruler" in name for name in nlp.pipe_names)
    doc = nlp("black Ford Focus tag HVM2207 at 49th and Woodland in Reading, shots fired")
    assert [s.text for s in doc.spans["vehicles"]] == ["black Ford Focus"]
    assert [s.text for s in doc.spans["plates"]] == ["HVM2207"]
    assert "49th and Woodland" in [s.text for s in doc.spans["locations"]]
    assert {s.label_ for s in doc.spans["vehicle_parts"]} == {"COLOUR", "MAKE", "MODEL"}
    assert doc._.urgent_reason == "shots fired"


def test_new_words_get_only_the_attributes_the_rules_read():
    doc = get_pipeline().make_doc("Zqxvbn7 ran")
    token = doc[0]
    assert (token.lower_, token.is_alpha, token.is_title) == ("zqxvbn7", False, True)
    assert token.shape_ == ""  # not computed: it would add strings for every new word


def test_vocab_is_rebuilt_in_the_background_past_the_limit(monkeypatch):
    before = get_pipeline()
    monkeypatch.setattr(pipeline, "MAX_STRINGS", len(before.vocab.strings))
    extract("brand new words: Qwzzy Plonkett tag ZZ99ZZZ")
    for thread in threading.enumerate():
        if thread.name == "nlp-vocab-rebuild":
            thread.join(timeout=30)
    monkeypatch.undo()  # or the next call would start another rebuild
    after = get_pipeline()
    assert after is not before
    assert extract("grey Jeep Wrangler Jersey tags R82KLT doing laps at 49th and Woodland").plates == ["R82KLT"]
