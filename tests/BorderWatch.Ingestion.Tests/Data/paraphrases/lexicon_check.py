"""Lists the paraphrase sentences that contain a phrase of the pipeline's trigger lexicon.

usage (from the repository root):
  python3 tests/BorderWatch.Ingestion.Tests/Data/paraphrases/lexicon_check.py \
      tests/BorderWatch.Ingestion.Tests/Data/paraphrases/paraphrases.jsonl

Reads src/BorderWatch.Ingestion/Lexicon/triggers.json (every type list, weak, fightingActs, armedGroupOnly,
captureVerbs; not 'circumstance') and statements.json ('speech' and 'cues'), and matches each phrase the way the
lexicon's comment describes: words folded to lower case, '*' ends a prefix, '#' is a number, '...' skips up to three
words. The last line gives the number of sentences with a match (0 is the aim).
"""
import json, os, re, sys
L = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../../src/BorderWatch.Ingestion/Lexicon/")
tr = json.load(open(L + "triggers.json")); st = json.load(open(L + "statements.json"))
phrases = []
for k, v in tr.items():
    if k in ("_comment", "order", "circumstance"): continue
    phrases += [(k, p) for p in v]
for k in ("speech", "cues"):
    phrases += [("statement:" + k, p) for p in st[k]]
def toks(s):
    s = s.lower().replace("\u2019", "'")
    return re.findall(r"[\w'#*]+|\.\.\.", s)
def tokmatch(pt, w):
    if pt == "#": return bool(re.fullmatch(r"[\d,.]+", w))
    if pt.endswith("*"): return w.startswith(pt[:-1])
    return pt == w
def match(pts, ws, i):
    if not pts: return True
    if pts[0] == "...":
        return any(match(pts[1:], ws, j) for j in range(i, min(len(ws), i + 3) + 1))
    return i < len(ws) and tokmatch(pts[0], ws[i]) and match(pts[1:], ws, i + 1)
def hits(text):
    ws = toks(text); out = []
    for k, p in phrases:
        pts = toks(p)
        if any(match(pts, ws, i) for i in range(len(ws))): out.append((k, p))
    return out
bad = 0
for l in open(sys.argv[1]):
    r = json.loads(l); h = hits(r["text"])
    if h: bad += 1; print(r["id"], "|", r["text"], "|", h)
print("sentences with a lexicon word:", bad)
