using System.Reflection;
using System.Text.Json;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>The word lists that tell <see cref="ClauseSyntax"/> how to read a parsed predicate (Lexicon/syntax.json).</summary>
public sealed record SyntaxLexicon(
    IReadOnlySet<string> ReportClasses, IReadOnlySet<string> AccusationClasses, IReadOnlySet<string> DenialClasses,
    IReadOnlySet<string> StatementClasses, IReadOnlySet<string> LightVerbs, IReadOnlySet<string> Aftermath,
    IReadOnlySet<string> MeetingTopics, IReadOnlySet<string> BackgroundMarks, IReadOnlySet<string> NonAgentClasses)
{
    public static SyntaxLexicon Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        HashSet<string> Set(string name) => doc.RootElement.TryGetProperty(name, out var a)
            ? a.EnumerateArray().Select(e => e.GetString() ?? "").Where(s => s.Length > 0).ToHashSet(StringComparer.Ordinal)
            : throw new InvalidOperationException($"syntax.json: the list '{name}' is missing");
        return new(Set("reportClasses"), Set("accusationClasses"), Set("denialClasses"), Set("statementClasses"), Set("lightVerbs"), Set("aftermath"),
            Set("meetingTopics"), Set("backgroundMarks"), Set("nonAgentClasses"));
    }

    private static readonly Lazy<SyntaxLexicon> Instance = new(() =>
    {
        using var stream = typeof(SyntaxLexicon).Assembly.GetManifestResourceStream("BorderWatch.Lexicon.syntax.json")
                           ?? throw new InvalidOperationException("Embedded resource BorderWatch.Lexicon.syntax.json is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    });

    public static SyntaxLexicon Default => Instance.Value;
}
