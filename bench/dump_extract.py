"""Dump extract(text) (every field, confidences included) for every dev text (and three variants of it), to check that speed work changes no output.

Run: python bench/dump_extract.py OUT.json            # write the dump
     python bench/dump_extract.py OUT.json --diff A.json  # write, then list every text whose output differs from A.json

Reads only rows with split "dev" of the English files nlp/devset/*.jsonl and the Spanish nlp/devset/es/*.jsonl,
and never opens the sealed held-out files (nlp/sealed.py, by name). Keys are "file:line"; values are Extraction.to_dict().
Exits 1 when --diff finds a difference.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nlp.sealed import is_sealed  # noqa: E402

DEVSET = ROOT / "nlp" / "devset"


def dev_texts() -> list[tuple[str, str]]:
    """(key, text) for every dev row of every unsealed English and Spanish dev file, in a stable order."""
    out = []
    for path in sorted(DEVSET.glob("*.jsonl")) + sorted((DEVSET / "es").glob("*.jsonl")):
        if is_sealed(path):  # never opened before the lead scores them
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            # Spanish files are one split each (es/dev.jsonl, es/test.jsonl) with no split field: the file name says it
            split = row.get("split") or (path.stem if path.parent.name == "es" else "dev")
            if split != "dev":
                continue
            out.append((f"{path.relative_to(DEVSET)}:{row.get('id', number)}", row["text"]))
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--diff")
    args = parser.parse_args()
    import nlp

    dump = {}
    for key, text in dev_texts():
        # the text as written, and variants that take other paths through the rules (the bench's counter suffix,
        # all lower case, all upper case), so that a change that only matters for them shows too
        for variant, form in (("", text), ("#", f"{text} #{len(dump)}"), ("lower", text.lower()), ("upper", text.upper())):
            dump[f"{key}{'/' + variant if variant else ''}"] = {"text": form, "out": nlp.extract(form).to_dict()}
    Path(args.out).write_text(json.dumps(dump, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
    print(f"{len(dump)} dev texts dumped to {args.out}")
    if not args.diff:
        return 0
    before = json.loads(Path(args.diff).read_text(encoding="utf-8"))
    differ = 0
    for key in sorted(set(before) | set(dump)):
        old, new = before.get(key), dump.get(key)
        if old is None or new is None:
            print(f"only in {'new' if old is None else 'old'}: {key}")
            continue
        if old["text"] != new["text"]:
            print(f"text changed (not an output difference; re-dump the base): {key}")
            continue
        if old["out"] != new["out"]:
            differ += 1
            print(f"DIFF {key}: {new['text'][:80]!r}")
            for field in sorted(set(old["out"]) | set(new["out"])):
                if old["out"].get(field) != new["out"].get(field):
                    print(f"   {field}: {old['out'].get(field)!r} -> {new['out'].get(field)!r}")
    print(f"{differ} of {len(dump)} texts differ from {args.diff}")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
