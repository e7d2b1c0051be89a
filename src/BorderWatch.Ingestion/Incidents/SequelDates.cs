using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// attrib44: a clause that opens with what puts it right after an event told earlier ("After the shooting the group ran
/// down a stream bed and crossed into Uzbekistan", "At the end of the exercise the two sides signed a protocol", "Since
/// then boats have been out on the reservoir every night"; context.json sequelOpeners) and has no date of its own takes
/// that event's day, not the month of writing. The event is the last act told up to <see cref="Reach"/> sentences before
/// in the same section and dated to the day by the text (not a plan, not a saying); when the opener names an event
/// ("after the exercise"), the last such act of that event's type if there is one.
/// </summary>
internal static class SequelDates
{
    /// <summary>How many sentences back the earlier event may be told (a wire copy tells the wounded and the return of fire between).</summary>
    internal const int Reach = 8;

    /// <summary>How many words after an opener ending in "the" the event word may stand ("after the brief exchange of fire").</summary>
    private const int NounReach = 4;

    internal const string Note = "told as following an event before it: that event's day";

    internal static ExtractedIncident Apply(Lexicon lexicon, AnalysisInput input, int si, Clause span, ExtractedIncident incident,
        IReadOnlyList<ExtractedIncident> found, DateContext context)
    {
        if (incident.DateBasis != DateBasis.Document || incident.Status == IncidentStatus.Planned || incident.Type == IncidentType.Statement) return incident;
        if (span.TriggerToken < 0 || span.TriggerToken >= span.Tokens.Count) return incident;
        var opener = lexicon.SequelOpeners.Matches(span.Tokens, span.SentenceFirstToken).Where(m => m.Last < span.TriggerToken).Cast<PhraseMatch?>().FirstOrDefault();
        if (opener is not { } o) return incident;
        // "after the shooting": the opener names an event; "after the men reached the bank" names none and is left alone.
        var named = span.Tokens[o.Last].Folded == "the";
        var noun = named ? span.Tokens.GetRange(o.Last + 1, Math.Min(NounReach, span.TriggerToken - o.Last - 1)) : [];
        if (named && lexicon.EventWords(noun).Count == 0) return incident;
        var from = input.Sentences[Math.Max(0, si - Reach)].Start;
        var sentenceStart = input.Sentences[si].Start;
        var candidates = found.Where(r => r.ExcerptStart >= from && r.ExcerptStart < sentenceStart && r.Type != IncidentType.Statement &&
                                          r.Status != IncidentStatus.Planned && r.DateBasis != DateBasis.Document &&
                                          r.Date is { IsKnown: true, Precision: DatePrecision.Day } &&
                                          context.Sections.SameSection(si, Math.Max(0, input.SentenceAt(r.ExcerptStart)))).ToList();
        if (candidates.Count == 0) return incident;
        var earlier = (named ? candidates.LastOrDefault(r => lexicon.EventWords(noun, 0, r.Type).Count > 0) : null) ?? candidates[^1];
        return incident with { Date = earlier.Date, DateInferred = true, DateNote = Note, DateBasis = DateBasis.EarlierIncident };
    }
}
