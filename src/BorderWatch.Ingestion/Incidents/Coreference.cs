using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseText;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>Back-references: spans pointing to what the sentences before named, and events continuing the one before.</summary>
internal sealed class Coreference
{
    private readonly Lexicon lexicon;

    public Coreference(Lexicon lexicon) => this.lexicon = lexicon;

    /// <summary>
    /// "Tajik soldiers opened fire on a Kyrgyz patrol ..." right after "Kyrgyz and Tajik troops fought on Friday": an
    /// event with no date of its own, of the same type as the incident just before it (in its paragraph or the one
    /// before), continues that incident and takes its date instead of the document's.
    /// </summary>
    internal static ExtractedIncident? ContinuesPrevious(AnalysisInput input, int si, ExtractedIncident incident, List<ExtractedIncident> before, List<int> paragraphOf)
    {
        if (before.Count == 0 || incident.Type == IncidentType.Statement || incident.Status == IncidentStatus.Planned) return null;
        if (incident.DateBasis != DateBasis.Document) return null;
        var previous = before[^1];
        if (previous.Type != incident.Type || paragraphOf[^1] < input.Sentences[si].Paragraph - 1) return null;
        if (!previous.Date.IsKnown || previous.DateBasis == DateBasis.Document ||
            previous.Date.Precision <= incident.Date.Precision) return null;
        return incident with { Date = previous.Date, DateInferred = true, DateBasis = DateBasis.EarlierIncident,
            DateNote = $"continues the {previous.Type.ToCode()} just before it ({previous.Date})" };
    }

    /// <summary>
    /// A span that points back with a definite reference ("the shoot-out", "the smugglers") and names no state, person,
    /// armed group or place of its own, apart from whoever tells it ("Taliban spokesman Zabiullah Mujahid told reporters the incident ...").
    /// </summary>
    internal bool IsAnaphoric(Clause span) =>
        lexicon.Anaphoric.Matches(span.Tokens).Count > 0 &&
        !span.Mentions.Any(m => (m.Entry.Kind is EntryKind.State or EntryKind.Person or EntryKind.ArmedGroup || m.Place is not null) &&
                                !(span.Speaker is { Start: >= 0 } sp && m.Start >= sp.Start && m.End <= sp.End));

    /// <summary>Mentions of the nearest earlier sentence (same paragraph, or the two before for a definite reference; up to three back) that names a state.</summary>
    internal static List<EntityMention> PreviousStates(AnalysisInput input, int si, IReadOnlyList<EntityMention> allMentions, bool acrossParagraphs = false)
    {
        var paragraph = input.Sentences[si].Paragraph;
        // Wire copy puts each sentence in a paragraph of its own: a definite reference may look one paragraph back.
        return StatesBefore(input, si, allMentions, 3, prev => prev.Paragraph == paragraph || acrossParagraphs && prev.Paragraph >= paragraph - 2);
    }

    /// <summary>The mentions of the nearest of the <paramref name="reach"/> sentences before <paramref name="si"/> that
    /// names a state, looking back only while <paramref name="within"/> holds; empty if none does.</summary>
    internal static List<EntityMention> StatesBefore(AnalysisInput input, int si, IReadOnlyList<EntityMention> allMentions, int reach, Func<Sentence, bool> within)
    {
        for (var back = 1; back <= reach && si - back >= 0; back++)
        {
            var prev = input.Sentences[si - back];
            if (!within(prev)) break;
            var prevMentions = MentionsIn(allMentions, prev.Start, prev.End);
            if (prevMentions.Any(m => m.Entry.Kind == EntryKind.State)) return prevMentions;
        }
        return [];
    }
}
