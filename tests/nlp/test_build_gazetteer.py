"""The offline gazetteer builder, run from nlp/tools/: usage without input, and what it keeps from a CSV."""
import subprocess
import sys
from pathlib import Path

from nlp.tools.build_gazetteer import build

ROOT = Path(__file__).resolve().parents[2]


def test_runs_as_a_module_and_prints_usage_without_a_csv():
    run = subprocess.run([sys.executable, "-m", "nlp.tools.build_gazetteer"], capture_output=True, text=True,
                         cwd=ROOT, timeout=60)
    assert run.returncode == 2
    assert "python -m nlp.tools.build_gazetteer" in run.stdout


def test_keeps_us_and_gb_places_and_flags_names_that_read_as_words(tmp_path):
    csv = tmp_path / "cities.csv"
    csv.write_text("lat,lon,name,admin1,admin2,cc\n"
                   "0,0,Philadelphia,PA,,US\n0,0,Jackson,MS,,US\n0,0,Texas,TX,,US\n0,0,March,,,GB\n"
                   "0,0,Paulton,,,GB\n0,0,Ys,,,GB\n0,0,Lyon,,,FR\n", encoding="utf-8")
    assert build(csv) == {"US": {"Philadelphia": "-", "Jackson": "a"}, "GB": {"Paulton": "-"}}
