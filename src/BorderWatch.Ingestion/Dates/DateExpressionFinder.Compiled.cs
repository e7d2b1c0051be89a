using System.Text.RegularExpressions;

namespace BorderWatch.Ingestion.Dates;

public sealed partial class DateExpressionFinder
{
    private readonly Lazy<Dictionary<Regex, Regex>> compiled;

    /// <summary>
    /// The compiled twin of one of this finder's patterns: the same expression and options plus
    /// <see cref="RegexOptions.Compiled"/>, so it matches exactly the same text, several times faster than the interpreter
    /// (the patterns run over every sentence, several times per article). Built once per finder, on first use.
    /// </summary>
    private Regex Fast(Regex pattern) => compiled.Value.TryGetValue(pattern, out var twin) ? twin : pattern;

    private static Dictionary<Regex, Regex> CompiledTwins(IEnumerable<Regex> patterns)
    {
        var twins = new Dictionary<Regex, Regex>(ReferenceEqualityComparer.Instance);
        foreach (var pattern in patterns)
            twins[pattern] = new Regex(pattern.ToString(), pattern.Options | RegexOptions.Compiled, pattern.MatchTimeout);
        return twins;
    }
}
