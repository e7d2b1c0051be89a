#!/usr/bin/env python3
"""Times of an export's first byte, first line (the CSV header) and first data row, and of the whole body, in seconds.

    bench/web/first-row.py URL

Reads the response as it streams (no buffering past the socket), so the times are when each part arrived."""
import sys, time, urllib.request

start = time.perf_counter()
with urllib.request.urlopen(sys.argv[1], timeout=600) as r:
    first_byte = None; lines = []; size = 0; pending = b""
    while True:
        chunk = r.read1(65536)
        if not chunk: break
        now = time.perf_counter() - start
        if first_byte is None: first_byte = now
        size += len(chunk); pending += chunk
        while len(lines) < 2 and b"\n" in pending:
            pending = pending.split(b"\n", 1)[1]; lines.append(now)
        if len(lines) >= 2: pending = b""
total = time.perf_counter() - start
fmt = lambda v: "-" if v is None else f"{v:.3f}"
print(f"first byte {fmt(first_byte)} s  header {fmt(lines[0] if lines else None)} s  first row {fmt(lines[1] if len(lines) > 1 else None)} s  total {total:.3f} s  {size} bytes")
