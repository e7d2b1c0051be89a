#!/usr/bin/env python3
"""Where a web server's sampled CPU went, as shares (issue 11, store30).

    python3 bench/web/profile-shares.py TRACE.speedscope.json [RENDERS]

TRACE: `dotnet-trace collect -p PID --profile dotnet-common,dotnet-sampled-thread-time` converted with
`dotnet-trace convert --format Speedscope` (bench/web/profile-renders.sh does both around N renders). Only time whose
leaf frame is the runtime's CPU_TIME counts (a thread on a CPU, not waiting); each category is inclusive (a sample in
EF's SQL generation under a page data load counts in both). Shares are what a loaded machine leaves comparable between
two builds: the load stretches every frame's wall time alike, not the proportions. With RENDERS, ms per render too.
"""
import collections
import json
import sys

# (label, any of these substrings in a frame of the stack)
CATEGORIES = [
    ("thread-pool workers spinning for work", ("LowLevelSpinWaiter",)),
    ("work started by Task.Run", ("System.Threading.Tasks.Task.Run",)),
    ("threads stopped for a GC", ("PollGC", "GCHeap", "gc_heap", "GarbageCollect")),
    ("page data loads (PrerenderHandoff.TimedAsync)", ("PrerenderHandoff.TimedAsync", "PrerenderHandoff+<TimedAsync")),
    ("EF: executing statements, reading rows", ("RelationalCommand.ExecuteReader", "SingleQueryingEnumerable", "SplitQueryingEnumerable")),
    ("EF: SQL generation", ("QuerySqlGenerator",)),
    ("EF: query compilation", ("QueryCompiler.CompileQueryCore",)),
    ("SQLite (native)", ("libe_sqlite3", "e_sqlite3", "sqlite3_")),
    ("opening a context or connection", ("SqliteConnection.Open", "DbContext..ctor", "StoreContexts.Open")),
    ("Blazor rendering (Renderer, RenderTreeBuilder, diff)", ("Microsoft.AspNetCore.Components.RenderTree", "Microsoft.AspNetCore.Components.Rendering")),
    ("HTML writing of the prerender", ("HtmlRenderer", "WriteComponentHtml", "Endpoints.EndpointHtmlRenderer")),
    ("MudBlazor components", ("MudBlazor",)),
    ("the time axis (TimeAxis)", ("TimeAxis",)),
    ("JIT", ("ThePreStub", "JIT_", "clrjit", "MethodDesc::DoPrestub")),
]

# Split of the prerender itself (store31): the page data loads run inside the components' OnParametersSetAsync, so they
# sit under the renderer's and the HTML renderer's frames, and the inclusive "Blazor rendering" and "HTML writing" rows
# above count them too. These rows do not overlap: (label, any of these in the stack, none of these in the stack).
PRERENDER = ("EndpointHtmlRenderer.RenderEndpointComponent", "StaticHtmlRenderer.WriteComponentHtml")
LOADS = ("PrerenderHandoff.TimedAsync", "PrerenderHandoff+<TimedAsync")
SPLIT = [
    ("prerender: the page data loads", LOADS, ()),
    ("prerender: garbage collections (GC polls) outside the loads", ("PollGC",), LOADS),
    ("prerender: writing the HTML (StaticHtmlRenderer.WriteComponentHtml)", ("StaticHtmlRenderer.WriteComponentHtml",), LOADS + ("PollGC",)),
    ("prerender: building components' render trees (BuildRenderTree)", ("BuildRenderTree",), LOADS + ("PollGC", "WriteComponentHtml")),
    ("prerender: the rest (creating components, parameters, diff)", (), LOADS + ("PollGC", "WriteComponentHtml", "BuildRenderTree")),
]


def main():
    path = sys.argv[1]
    renders = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    d = json.load(open(path))
    frames = [f["name"] for f in d["shared"]["frames"]]
    total = 0.0
    cat = collections.Counter()
    split = collections.Counter()
    prerender = 0.0
    for p in d["profiles"]:
        if p.get("type") != "evented":
            continue
        stack, last = [], None
        for e in p["events"]:
            t = e["at"]
            if stack and last is not None and t > last and frames[stack[-1]] == "CPU_TIME":
                dt = t - last
                total += dt
                names = [frames[i] for i in stack]
                for label, words in CATEGORIES:
                    if any(w in n for n in names for w in words):
                        cat[label] += dt
                if any(w in n for n in names for w in PRERENDER):
                    prerender += dt
                    for label, words, outside in SPLIT:
                        if (not words or any(w in n for n in names for w in words)) and not any(w in n for n in names for w in outside):
                            split[label] += dt
                            break
            last = t
            if e["type"] == "O":
                stack.append(e["frame"])
            else:
                stack.pop()
    print(f"sampled CPU {total:.0f} ms" + (f" over {renders} renders: {total / renders:.1f} ms per render" if renders else ""))
    for label, _ in CATEGORIES:
        c = cat[label]
        per = f" {c / renders:6.1f} ms/render" if renders else ""
        print(f"{c:9.0f} ms {100 * c / total if total else 0:5.1f}%{per}  {label}")
    print(f"the prerender (EndpointHtmlRenderer.RenderEndpointComponent, then WriteComponentHtml) {prerender:.0f} ms, split without overlap:")
    for label, _, _ in SPLIT:
        c = split[label]
        per = f" {c / renders:6.1f} ms/render" if renders else ""
        print(f"{c:9.0f} ms {100 * c / prerender if prerender else 0:5.1f}% of it{per}  {label}")


if __name__ == "__main__":
    main()
