#!/usr/bin/env python3
"""Who does a web server's sampled CPU work inside requests: the innermost library of each sample (issue 11, store37).

    python3 bench/web/profile-owners.py TRACE.speedscope.json [TOP]

TRACE as for bench/web/profile-shares.py (bench/web/profile-renders.sh writes it). Only samples whose leaf frame is
CPU_TIME count. Each is given to the innermost frame of its stack that belongs to SQLite (Microsoft.Data.Sqlite,
SQLitePCLRaw), EF Core, MudBlazor, BorderWatch, Blazor (Microsoft.AspNetCore.Components*), Serilog or the rest of
ASP.NET Core, so the shares add up to 100% (profile-shares.py's categories are inclusive and overlap): Blazor's share
is the renderer's own work (building frames, diffing, creating components, setting parameters, writing HTML), not the
components' code. Samples outside a request (no Kestrel or renderer frame: thread-pool spinning, timers) are listed
apart. With TOP, the TOP innermost methods of the MudBlazor, BorderWatch and Blazor samples.
"""
import collections
import json
import re
import sys

OWNERS = [("SQLite", ("Microsoft.Data.Sqlite", "SQLitePCLRaw", "e_sqlite3")), ("EF Core", ("Microsoft.EntityFrameworkCore",)),
          ("MudBlazor", ("MudBlazor",)), ("BorderWatch", ("BorderWatch",)), ("Blazor", ("Microsoft.AspNetCore.Components",)),
          ("Serilog", ("Serilog",)), ("ASP.NET Core", ("Microsoft.AspNetCore", "Microsoft.Extensions", "System.Net", "System.IO.Pipelines"))]


def main(path, top):
    trace = json.load(open(path))
    frames = [f["name"] for f in trace["shared"]["frames"]]
    owners, methods = collections.Counter(), collections.Counter()
    for profile in trace["profiles"]:
        stack, last = [], None
        for e in profile["events"]:
            at = e["at"]
            if last is not None and stack and frames[stack[-1]] == "CPU_TIME":
                names = [frames[i] for i in stack[:-1]]
                in_request = any("HttpProtocol" in n or "RendererSynchronizationContext" in n for n in names)
                owner, method = "other", ""
                for n in reversed(names):
                    lib = n.split("!")[0]
                    hit = next((o for o, prefixes in OWNERS if lib.startswith(prefixes)), None)
                    if hit:
                        owner, method = hit, re.sub(r"\(.*", "", n.split("!", 1)[-1])[:110]
                        break
                key = owner if in_request else "(outside a request) " + owner
                owners[key] += at - last
                if in_request and owner in ("MudBlazor", "BorderWatch", "Blazor"):
                    methods[(owner, method)] += at - last
            last = at
            if e["type"] == "O":
                stack.append(e["frame"])
            elif stack and stack[-1] == e["frame"]:
                stack.pop()
            elif e["frame"] in stack:
                stack = stack[:len(stack) - 1 - stack[::-1].index(e["frame"])]
    inside = sum(v for k, v in owners.items() if not k.startswith("("))
    print(f"sampled CPU inside requests: {inside:.0f} ms")
    for k, v in owners.most_common():
        share = f"{100 * v / inside:5.1f}%" if not k.startswith("(") else "      "
        print(f"{v:9.0f} ms {share}  {k}")
    for (owner, method), v in methods.most_common(top):
        print(f"{v:9.0f} ms  {owner:12} {method}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 0)
