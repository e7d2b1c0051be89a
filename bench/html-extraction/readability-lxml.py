#!/usr/bin/env python3
"""readability-lxml: main text of every page in PAGES_DIR written to OUT_DIR/<page>.txt.
Main text = Document.short_title() and the text of Document.summary() (readability-lxml exposes no byline).
Usage: readability-lxml.py PAGES_DIR OUT_DIR [WARM_SECONDS]   (Debian: apt-get install python3-readability python3-lxml)
"""
import json
import sys
import time
from pathlib import Path

t_start = time.perf_counter()
import lxml.html  # noqa: E402
from readability import Document  # noqa: E402


def extract(html):
    doc = Document(html)
    body = lxml.html.fromstring(doc.summary(html_partial=True))
    blocks = [" ".join(e.text_content().split()) for e in body.iter("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "td")]
    text = "\n\n".join(b for b in blocks if b) or " ".join(body.text_content().split())
    return doc.short_title() + "\n\n" + text


def main():
    pages_dir, out_dir = Path(sys.argv[1]), Path(sys.argv[2])
    warm_seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 0.0
    pages = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(pages_dir.glob("*.html"))]
    t0 = time.perf_counter()
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, html in pages:
        (out_dir / (name + ".txt")).write_text(extract(html), encoding="utf-8")
    first_pass_ms = (time.perf_counter() - t0) * 1000
    warm = None
    if warm_seconds > 0:
        end = time.perf_counter() + warm_seconds
        while time.perf_counter() < end:
            for _, html in pages:
                extract(html)
        n, s = 0, time.perf_counter()
        while time.perf_counter() < s + warm_seconds:
            for _, html in pages:
                extract(html)
            n += len(pages)
        warm = n / (time.perf_counter() - s)
    print(json.dumps({"tool": "readability-lxml", "pages": len(pages), "firstPassMs": first_pass_ms, "warmPagesPerSecond": warm}))


if __name__ == "__main__":
    main()
