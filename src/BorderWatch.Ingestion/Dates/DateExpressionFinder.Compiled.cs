using System.Text.RegularExpressions;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Dates;

public sealed partial class DateExpressionFinder
{
    private readonly Dictionary<Regex, TieredRegex> tiered;

    /// <summary>
    /// The regex to run for one of this finder's patterns: the pattern itself (interpreted) for its first
    /// <see cref="TieredRegex.CompileAfter"/> uses, then its compiled twin (the same expression and options plus
    /// <see cref="RegexOptions.Compiled"/>, so it matches exactly the same text, several times faster than the interpreter:
    /// the patterns run over every sentence, several times per article). A short run never pays for compiling them.
    /// </summary>
    private Regex Fast(Regex pattern) => tiered.TryGetValue(pattern, out var twin) ? twin.Current : pattern;

    /// <summary>How many of this finder's patterns run compiled now (for tests and benchmarks).</summary>
    internal int CompiledPatternCount => tiered.Values.Count(t => t.IsCompiled);

    private static Dictionary<Regex, TieredRegex> Tiered(IEnumerable<Regex> patterns, int compileAfter)
    {
        var twins = new Dictionary<Regex, TieredRegex>(ReferenceEqualityComparer.Instance);
        foreach (var pattern in patterns)
            twins[pattern] = new TieredRegex(pattern, compileAfter);
        return twins;
    }
}
