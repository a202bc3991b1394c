"""The dev set: >= 500 texts split into dev (tuned on) and test (scored only). The dev split meets
the plate and location targets with no false plates on negatives; the test split (every
nlp/devset/*.jsonl file is read: the held-out texts come in their own file) is scored by
`python -m nlp.evaluate --split test` and reported, never asserted on here (it is not tuned on)."""
import json

from nlp.evaluate import DEFAULT_DEVSET, evaluate, load, main, normalise, prf
from nlp.sealed import SEALED_ENGLISH


def test_devset_is_split_and_large_enough():
    everything = load(split="all")
    assert len(everything) >= 500
    dev, test = load(split="dev"), load(split="test")
    assert len(dev) + len(test) == len(everything) and len(dev) >= 500
    assert {item["id"] for item in dev}.isdisjoint(item["id"] for item in test)
    assert len({item["id"] for item in everything}) == len(everything)


def test_every_jsonl_file_of_the_folder_is_read_by_split(tmp_path):
    def line(id_, split=None):
        item = {"id": id_, "text": "shots fired on Main St right now", "plates": [], "locations": ["Main St"], "urgent": True}
        return json.dumps(item | ({"split": split} if split else {}))

    (tmp_path / "devset.jsonl").write_text(line("a", "dev") + "\n" + line("b") + "\n", encoding="utf-8")
    (tmp_path / "heldout.jsonl").write_text(line("c", "test") + "\n\n" + line("d", "test") + "\n", encoding="utf-8")
    (tmp_path / "es").mkdir()
    (tmp_path / "es" / "test.jsonl").write_text(line("e", "test") + "\n", encoding="utf-8")
    assert [i["id"] for i in load(split="dev", directory=tmp_path)] == ["a", "b"]  # no split field: dev
    assert [i["id"] for i in load(split="test", directory=tmp_path)] == ["c", "d"]  # not the es folder
    assert len(load(split="all", directory=tmp_path)) == 4
    assert [i["id"] for i in load(tmp_path / "heldout.jsonl", "all")] == ["c", "d"]


def test_the_sealed_file_is_read_only_when_named(tmp_path):
    item = {"id": "s", "text": "shots fired on Main St right now", "locations": ["Main St"], "urgent": True}
    (tmp_path / "devset.jsonl").write_text(json.dumps(item | {"id": "a"}) + "\n", encoding="utf-8")
    (tmp_path / SEALED_ENGLISH).write_text(json.dumps(item | {"split": "test"}) + "\n", encoding="utf-8")
    assert [i["id"] for i in load(split="all", directory=tmp_path)] == ["a"]
    assert [i["id"] for i in load(tmp_path / SEALED_ENGLISH, "test")] == ["s"]


def test_the_command_reads_the_default_set_and_says_when_a_split_is_empty(capsys):
    assert main(["--split", "dev"]) == 0
    out = capsys.readouterr().out
    assert DEFAULT_DEVSET.name in out and "urgent" in out
    assert main([str(DEFAULT_DEVSET), "--split", "test"]) == 1  # devset.jsonl holds dev texts only
    assert "no test texts" in capsys.readouterr().out


# The dev figures must not fall (a regression guard). Issue 13's targets (plates 0.99 with 0 false plates,
# locations 0.95, people 0.85, urgent 0.97) are for text the rules never saw, measured once per held-out set
# (nlp/devset/HELDOUT*.md). Dev met them until stop 20 folded in 713 texts the rules had not seen
# (dev_s20a/b, heldout3): locations then stood at 0.944 and urgent at 0.970, and those are the floors here
# (less 0.004 for the learned models' retraining) until the rules are tuned back above the targets. Stop 21
# folded in dev_s21a/b (fresh batches: 0.77 on locations at their first score) and relabelled 72 rows:
# locations 0.922 and urgent 0.960 with both batches in, then 0.937 and 0.971 after their fixes and the stop's
# learned models; folding in heldout4 after its one score (locations 0.804, urgent 0.824) gave 0.924 and 0.954:
# those were the floors at stop 21. Stop 22 folded in 740 more unseen texts (dev_s22a/b/u, then heldout5 after its
# one score: plates 0.952, locations 0.875, urgent 0.875): after the stop's fixes, dev stands at plates 0.987
# (0 false plates), locations 0.926, people 0.910, urgent 0.934. Stop 23 folded in dev_s23a/u (320 fresh texts,
# urgent 0.563 and 0.883 at their one score, mostly false alarms) and, after its one score, heldout6 (389: plates
# 0.978, locations 0.895, people 0.802, urgent 0.851): after the stop's fixes dev stands at plates 0.987 (0 false
# plates), locations 0.931, people 0.902, urgent 0.944; the floors are those, rounded down. Stop 24 folded in
# dev_s24a/u (128 fresh texts: locations 0.797 and 0.899, urgent 0.000 (5 false alarms) and 0.911 at their one
# score): dev then stood at locations 0.928, urgent 0.942. After the stop's fixes (the urgency model retrained on
# dev: in-sample) and heldout7 folded in after its one score (plates 0.970, 0 false; locations 0.902; people 0.872;
# urgent 0.936), dev stands at plates 0.986 (0 false plates), locations 0.937, people 0.907, urgent 0.976; the
# floors are those, rounded down. Stop 25 folded in dev_s25a/u (194 fresh texts; at their one score, on the rules of
# stop 24: locations 0.819 and 0.924, plates 0.952 with one false plate, a drill model "DCD791", urgent 0.977 and
# 0.968): dev then stood at plates 0.985, locations 0.934, people 0.907, urgent 0.976; the location floor was 0.93,
# and the drill model (a false plate) let through, until the stop's fixes. After them, and heldout8 folded in after its
# one score (454: plates 0.975 with 1 false plate, fixed after the fold; locations 0.884; people 0.867; urgent 0.962),
# dev stands at plates 0.998 (0 false plates), locations 0.940, people 0.904, urgent 0.979; the floors are those,
# rounded down. Stop 26 added dev_s26a/u (213 fresh texts; at their one score: locations 0.771 and 0.935): dev then
# stood at locations 0.936, so the floor is 0.935 until the stop's fixes. After them, and heldout9 folded in after its
# one score (418: plates 0.956 with 3 false plates, fixed after the fold as kinds; locations 0.897; people 0.875;
# urgent 0.880), dev stands at plates 0.996 (0 false plates), locations 0.939, people 0.917, urgent 0.976; the floors
# are those, rounded down; after the stop's second round (fixes from heldout9's errors) locations 0.942, urgent 0.978.
# Stop 29 folded in heldout12 after its one score (402: plates 0.957, 0 false plates; locations 0.868; urgent 0.924):
# dev then stood at plates 0.998, locations 0.941, people 0.933, urgent 0.975 (0.9748). After the stop's second round
# (fixes from heldout12's errors): plates 1.000 (0 false plates), locations 0.943, people 0.933, urgent 0.978; the
# floors are those, rounded down.
# Stop 31 folded in heldout14 after its one score (403: plates 0.962, 0 false plates; locations 0.884; urgent 0.898):
# dev then stood at plates 0.996, locations 0.949, people 0.931, urgent 0.975 (0.9750 less a hair): the urgent floor
# is 0.97 until the stop's second round.
# After the stop's second round: plates 0.997, locations 0.952, people 0.931, urgent 0.976; the floors are those,
# rounded down.
# Stop 32 added its fresh batches (dev_s32a, dev_s32u: locations 0.908 / 0.843 on their one score): dev locations
# 0.9496, so that floor is 0.945 until the stop's rounds lift it back.
# The fold of heldout15 (444: plates 0.971, 1 false plate fixed as a kind; locations 0.871; people 0.861; urgent
# 0.922): dev then stood at plates 0.996, locations 0.949, people 0.928, urgent 0.974: people 0.925 and urgent 0.97
# until the stop's second round.
# After the stop's second round: plates 0.996 (0 false plates), locations 0.951, people 0.931, urgent 0.9749: the
# floors are those rounded down (urgent stays 0.97).
# Stop 35: the fold of heldout18 (259: urgent 0.880 unseen) left dev urgent at 0.968 (floor 0.965 for the second
# round); after it, urgent 0.972: back to 0.97.
# Stop 37: the fold of heldout20 (300: urgent 0.890 unseen) and the fresh dev_s37u (0.854) left dev urgent at
# 0.9697: floor 0.965 for the second round; after it, urgent 0.9702: back to 0.97.
# Stop 38, at the end (13,748 English dev texts, heldout21 folded): people 0.938, locations 0.953, urgent 0.974:
# the people floor 0.93.
DEV_FLOORS = {"plates": 0.99, "locations": 0.945, "people": 0.93, "urgent": 0.97}


def test_dev_split_figures_do_not_fall():
    result = evaluate(load(split="dev"))
    assert result["negatives"] >= 50
    for field, floor in DEV_FLOORS.items():
        counts = result["counts"][field]
        assert prf(counts["tp"], counts["fp"], counts["fn"])[2] >= floor, field
    assert result["false_plates"] == []


def test_matching_rule_is_normalised_string_match():
    assert normalise("locations", "  Farrington   Road, ") == "farrington road"
    assert normalise("plates", "sk19 wfd") == "SK19WFD"
    assert normalise("phones", "(215) 555-0143") == "2155550143"
