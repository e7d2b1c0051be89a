using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace BorderWatch.Bench;

/// <summary>
/// `alloc-owners TRACE.nettrace [TOP]`: the sampled allocations (GC AllocationTick events, one per ~100 KB allocated, of a
/// trace taken with `dotnet-trace collect --profile gc-verbose`) by type, by the innermost BorderWatch frame of their stack
/// and by the innermost non-runtime frame (issue 11, store41: which code allocates a rendered page). Amounts are the
/// events' allocation amounts summed, so each row is an estimate of the bytes allocated.
/// </summary>
public static class AllocationOwners
{
    public static int Run(string[] args, TextWriter output)
    {
        var top = args.Length > 1 ? int.Parse(args[1]) : 30;
        // A .nettrace is converted to an .etlx beside it first (OpenOrConvert reads only .etl/.etlx).
        var etlx = args[0].EndsWith(".nettrace", StringComparison.Ordinal) ? TraceLog.CreateFromEventPipeDataFile(args[0]) : args[0];
        using var log = new TraceLog(etlx);
        var byType = new Dictionary<string, long>();
        var byOwn = new Dictionary<string, long>();
        var byFrame = new Dictionary<string, long>();
        var byStack = new Dictionary<string, long>();
        var byTypeFrame = new Dictionary<string, long>();
        long total = 0;
        foreach (var ev in log.Events)
        {
            if (ev is not GCAllocationTickTraceData tick) continue;
            var amount = tick.AllocationAmount64;
            total += amount;
            Add(byType, tick.TypeName ?? "?", amount);
            var frames = new List<string>();
            for (var s = ev.CallStack(); s is not null; s = s.Caller)
                frames.Add(s.CodeAddress.FullMethodName ?? s.CodeAddress.ModuleName ?? "?");
            var own = frames.FirstOrDefault(f => f.StartsWith("BorderWatch.", StringComparison.Ordinal)) ?? "(no BorderWatch frame)";
            Add(byOwn, own, amount);
            var outer = frames.FirstOrDefault(f => !f.StartsWith("System.", StringComparison.Ordinal) && f.Length > 0 && f != "?") ?? "(runtime only)";
            Add(byFrame, outer, amount);
            var caller = frames.FirstOrDefault(f => !f.StartsWith("System.", StringComparison.Ordinal) && !f.StartsWith("Microsoft.AspNetCore.Components.", StringComparison.Ordinal) && f.Length > 0 && f != "?") ?? "(runtime and Blazor only)";
            Add(byTypeFrame, $"{tick.TypeName} <- {outer} <- {caller}", amount);
            Add(byStack, string.Join(" <- ", frames.Take(8)), amount);
        }
        output.WriteLine($"sampled allocations: {total / 1024.0 / 1024.0:F1} MB");
        Print(output, "by type", byType, total, top);
        Print(output, "by innermost non-System frame", byFrame, total, top);
        Print(output, "by innermost BorderWatch frame", byOwn, total, top);
        Print(output, "by type, innermost non-System frame and innermost frame outside System and Blazor", byTypeFrame, total, top);
        Print(output, "by stack (8 innermost frames)", byStack, total, top);
        return 0;
    }

    static void Add(Dictionary<string, long> d, string key, long amount) =>
        d[key] = d.GetValueOrDefault(key) + amount;

    static void Print(TextWriter output, string title, Dictionary<string, long> d, long total, int top)
    {
        output.WriteLine($"\n## {title}");
        foreach (var (key, amount) in d.OrderByDescending(p => p.Value).Take(top))
            output.WriteLine($"{100.0 * amount / total,6:F1}%  {amount / 1024.0,9:F0} KB  {key}");
    }
}
