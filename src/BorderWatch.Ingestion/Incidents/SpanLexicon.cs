using System.Text.Json;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// Lemma lists for the predicates <see cref="ClauseSyntax"/> reads by their arguments when no WordNet event class types
/// the verb (Lexicon/spans.json): places given up, arrivals, routes travelled, texts approved, time spent doing something, a text
/// come away with.
/// </summary>
public sealed record SpanLexicon(
    IReadOnlySet<string> YieldVerbs, IReadOnlySet<string> ArrivalVerbs, IReadOnlySet<string> ArrivalPrepositions, IReadOnlySet<string> RouteVerbs,
    IReadOnlySet<string> Routes, IReadOnlySet<string> ApproveVerbs, IReadOnlySet<string> Documents, IReadOnlySet<string> SpanVerbs,
    IReadOnlySet<string> OutcomeVerbs, IReadOnlySet<string> YieldPrepositions, IReadOnlySet<string> SourcePrepositions, IReadOnlySet<string> OutcomePrepositions)
{
    /// <summary>A party's post or unit ("the Tajik border detachment", "their post"): materiel arriving there from a named
    /// state reaches that party (model38).</summary>
    public IReadOnlySet<string> Posts { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>A verb one of the span rules reads by its lemma: when the rule leaves it without an incident, it declined it.</summary>
    public bool Reads(string lemma) =>
        YieldVerbs.Contains(lemma) || ArrivalVerbs.Contains(lemma) || RouteVerbs.Contains(lemma) || ApproveVerbs.Contains(lemma) || SpanVerbs.Contains(lemma);

    public static SpanLexicon Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        HashSet<string> Set(string name) => LexiconJson.WordSet(doc.RootElement, "spans.json", name);
        return new(Set("yieldVerbs"), Set("arrivalVerbs"), Set("arrivalPrepositions"), Set("routeVerbs"), Set("routes"), Set("approveVerbs"),
            Set("documents"), Set("spanVerbs"), Set("outcomeVerbs"), Set("yieldPrepositions"), Set("sourcePrepositions"), Set("outcomePrepositions"))
            { Posts = Set("posts") };
    }

    private static readonly Lazy<SpanLexicon> Instance = new(() => Parse(LexiconResource.Read("spans.json")));

    public static SpanLexicon Default => Instance.Value;
}
