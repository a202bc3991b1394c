"""The command line, run as a subprocess: `python -m nlp --jsonl` and `python -m nlp "text"`."""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the checkout: `python -m nlp` runs from there
FIELDS = ["id", "plates", "partial_plates", "locations", "times", "vehicles", "phones", "urgent"]


def run(args, stdin=""):
    # the timeout only guards against a hang: loading the pipeline in a fresh process took up to ~50 s on a
    # two-core machine at load 10 (two failures at 60 s during stop 33), so it is generous
    return subprocess.run([sys.executable, "-m", "nlp", *args], input=stdin, capture_output=True, text=True,
                          cwd=ROOT, timeout=300, check=True).stdout


def test_jsonl_round_trip():
    lines = [{"id": 1, "text": "some dude selling from a car at 8th n poplar, tag hvm2207"},
             {"id": "b", "text": ""}, {"id": 3, "text": "shots fired at 52nd and Market just now"}]
    out = [json.loads(line) for line in run(["--jsonl"], "\n".join(json.dumps(x) for x in lines)).splitlines()]
    assert [o["id"] for o in out] == [1, "b", 3]
    for o in out:
        assert all(field in o for field in FIELDS)
        assert isinstance(o["urgent"], bool)
        assert all(isinstance(v, str) for f in FIELDS[1:-1] for v in o[f])
    assert out[0]["plates"] == ["HVM2207"] and out[0]["locations"] == ["8th n poplar"]
    assert out[1]["plates"] == [] and out[1]["urgent"] is False
    assert out[2]["urgent"] is True and out[2]["locations"] == ["52nd and Market"]


def test_single_text_pretty():
    out = json.loads(run(["Black Yamaha reg SK19 WFD"]))
    assert out["plates"] == ["SK19WFD"]
