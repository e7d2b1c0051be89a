#!/usr/bin/env python3
"""EXPLAIN QUERY PLAN and CPU per run of one statement through the app's own SQLite (SQLitePCLRaw's libe_sqlite3 of the
   Release web build, via ctypes: the sqlite3 shell and python's module are other versions, with other plans). Read-only.
   bench/web/app-sqlite.py DB 'SQL' [repeat]   (prints the plan, then rows of the first run, then CPU/wall per run)"""
import ctypes, sys, time, os
ctypes.CDLL("libm.so.6", mode=ctypes.RTLD_GLOBAL)
L = os.environ.get("ESQL_LIB", os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../src/BorderWatch.Web/bin/Release/net10.0/runtimes/linux-x64/native/libe_sqlite3.so"))
s = ctypes.CDLL(L)
s.sqlite3_libversion.restype = ctypes.c_char_p
s.sqlite3_column_text.restype = ctypes.c_char_p
s.sqlite3_errmsg.restype = ctypes.c_char_p
db = ctypes.c_void_p()
assert s.sqlite3_open_v2(sys.argv[1].encode(), ctypes.byref(db), 1, None) == 0
def run(sql):
    st = ctypes.c_void_p()
    if s.sqlite3_prepare_v2(db, sql.encode(), -1, ctypes.byref(st), None) != 0:
        raise SystemExit(s.sqlite3_errmsg(db).decode())
    rows = []
    while s.sqlite3_step(st) == 100:
        n = s.sqlite3_column_count(st)
        rows.append(tuple((s.sqlite3_column_text(st, k) or b"").decode() for k in range(n)))
    s.sqlite3_finalize(st)
    return rows
sql = sys.argv[2]; rep = int(sys.argv[3]) if len(sys.argv) > 3 else 5
print("sqlite", s.sqlite3_libversion().decode())
for r in run("EXPLAIN QUERY PLAN " + sql): print("  ", r[1], r[3])
times = []
for k in range(rep):
    c0 = time.process_time(); w0 = time.perf_counter(); rows = run(sql); times.append(((time.process_time() - c0) * 1000, (time.perf_counter() - w0) * 1000))
    if k == 0: print("rows", len(rows), rows[:3])
print("cpu ms", sorted(round(t[0], 2) for t in times), "wall ms", sorted(round(t[1], 1) for t in times), "load", open("/proc/loadavg").read().split()[:3])
