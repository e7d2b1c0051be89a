using System.Text.Json;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>The word lists of <c>Lexicon/occasions.json</c>: a page's own occasion and the texts it is about, told beside
/// the events at a border (precision33; <see cref="NonIncidents"/>, <see cref="SameEvent"/>).</summary>
/// <param name="TextNouns">Texts an event may be the topic of ("a story about fighting", "an article about talks").</param>
/// <param name="TopicCases">The case of that topic ("about").</param>
/// <param name="ForumNouns">A gathering held by a publisher or an institute ("roundtable", "seminar", "webinar").</param>
/// <param name="ForumRoles">Its participants as the subject of a meeting verb ("participants discussed ...").</param>
/// <param name="Participation">Lemmas of taking part, a verb alone or a verb and its object ("participate", "take part").</param>
/// <param name="TimelineMarks">What follows the date that opens a timeline line ("14 September - ...").</param>
/// <param name="ForumAgentCases">The case of the agent of a clause on the forum word, who attend it ("a seminar attended by
/// Kyrgyz and Tajik officers", mend33a).</param>
/// <param name="PointingDeterminers">Determiners of an "in" phrase that points back to the exercise ("took part in the
/// drill", mend33a: once spelled in C#).</param>
public sealed record OccasionLexicon(IReadOnlySet<string> TextNouns, IReadOnlySet<string> TopicCases, IReadOnlySet<string> ForumNouns,
    IReadOnlySet<string> ForumRoles, IReadOnlySet<string> Participation, IReadOnlyList<string> TimelineMarks, IReadOnlySet<string> ForumAgentCases, IReadOnlySet<string> PointingDeterminers)
{
    /// <summary>Verbs of a body's deliberation ("examine", "consider"): with one of <see cref="DraftTexts"/> as the object, the
    /// hearing's own business (precision36).</summary>
    public IReadOnlySet<string> DeliberationVerbs { get; init; } = new HashSet<string>();
    /// <summary>Texts a body deliberates on ("draft law", "bill", "amendments").</summary>
    public IReadOnlySet<string> DraftTexts { get; init; } = new HashSet<string>();
    /// <summary>A legislature or its members as the subject of a deliberation ("the committee", "deputies", mend36).</summary>
    public IReadOnlySet<string> LegislativeBodies { get; init; } = new HashSet<string>();
    /// <summary>Words that tell an act as a new one of its kind ("again", "another", "a second", mend36).</summary>
    public IReadOnlySet<string> RepetitionWords { get; init; } = new HashSet<string>();

    public static OccasionLexicon Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        List<string> List(string name) => doc.RootElement.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array
            ? a.EnumerateArray().Select(e => e.GetString() ?? "").Where(s => s.Length > 0).ToList()
            : throw new InvalidOperationException($"occasions.json: the list '{name}' is missing");
        HashSet<string> Set(string name) => List(name).ToHashSet(StringComparer.Ordinal);
        return new(Set("textNouns"), Set("topicCases"), Set("forumNouns"), Set("forumRoles"), Set("participation"), List("timelineMarks"), Set("forumAgentCases"), Set("pointingDeterminers"))
        {
            DeliberationVerbs = Set("deliberationVerbs"),
            DraftTexts = Set("draftTexts"),
            LegislativeBodies = Set("legislativeBodies"),
            RepetitionWords = Set("repetitionWords"),
        };
    }

    /// <summary>A fresh copy of the embedded <c>Lexicon/occasions.json</c>.</summary>
    public static OccasionLexicon LoadEmbedded() => Parse(LexiconResource.Read("occasions.json"));
}
