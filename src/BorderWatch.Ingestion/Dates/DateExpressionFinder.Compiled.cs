using System.Text.RegularExpressions;

namespace BorderWatch.Ingestion.Dates;

public static partial class DateExpressionFinder
{
    /// <summary>
    /// The compiled twin of one of this finder's patterns: the same expression and options plus
    /// <see cref="RegexOptions.Compiled"/>, so it matches exactly the same text, several times faster than the interpreter
    /// (the patterns run over every sentence, several times per article). Built once, on first use.
    /// </summary>
    private static Regex Fast(Regex pattern) => CompiledPatterns.Twins.TryGetValue(pattern, out var twin) ? twin : pattern;

    private static class CompiledPatterns
    {
        public static readonly Dictionary<Regex, Regex> Twins = Build();

        private static Dictionary<Regex, Regex> Build()
        {
            var twins = new Dictionary<Regex, Regex>(ReferenceEqualityComparer.Instance);
            foreach (var pattern in Patterns.Select(p => p.Pattern).Append(SinceBefore).Append(TargetBefore).Append(ReportBefore).Append(EventBefore))
                twins[pattern] = new Regex(pattern.ToString(), pattern.Options | RegexOptions.Compiled, pattern.MatchTimeout);
            return twins;
        }
    }
}
