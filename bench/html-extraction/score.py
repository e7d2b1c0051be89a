#!/usr/bin/env python3
"""Word-F1 of extracted main text against hand-made gold text (python3 stdlib only).

Usage: score.py GOLD_DIR PRED_DIR [--json | --brief]
Each gold/<page>.txt is compared with PRED_DIR/<page>.txt. Words are Unicode \\w+ runs, lower-cased, compared as
multisets (bag of words): precision = shared / predicted, recall = shared / gold. A missing prediction scores 0.
Prints per-page figures and the mean (macro) F1 over pages, plus the micro F1 over all words.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

WORD = re.compile(r"\w+", re.UNICODE)


def words(text):
    return Counter(w.lower() for w in WORD.findall(text))


def score(gold_text, pred_text):
    gold, pred = words(gold_text), words(pred_text)
    shared = sum((gold & pred).values())
    g, p = sum(gold.values()), sum(pred.values())
    precision = shared / p if p else 0.0
    recall = shared / g if g else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "shared": shared, "gold": g, "pred": p}


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    gold_dir, pred_dir = Path(argv[1]), Path(argv[2])
    rows = {}
    for gold_file in sorted(gold_dir.glob("*.txt")):
        pred_file = pred_dir / gold_file.name
        pred = pred_file.read_text(encoding="utf-8") if pred_file.exists() else ""
        rows[gold_file.stem] = score(gold_file.read_text(encoding="utf-8"), pred)
    if not rows:
        print(f"no gold files in {gold_dir}", file=sys.stderr)
        return 2
    macro = sum(r["f1"] for r in rows.values()) / len(rows)
    shared = sum(r["shared"] for r in rows.values())
    g = sum(r["gold"] for r in rows.values())
    p = sum(r["pred"] for r in rows.values())
    micro_p, micro_r = (shared / p if p else 0.0), (shared / g if g else 0.0)
    micro = 2 * micro_p * micro_r / (micro_p + micro_r) if micro_p + micro_r else 0.0
    if "--brief" in argv:
        print(f"{macro:.3f} {micro:.3f}")
    elif "--json" in argv:
        print(json.dumps({"pages": rows, "macro_f1": macro, "micro_f1": micro}))
    else:
        for name, r in rows.items():
            print(f"  {name:24} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}")
        print(f"  {'mean (macro) word-F1':24} {macro:.3f}   micro word-F1 {micro:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
