using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using GazetteerIndex = BorderWatch.Ingestion.Gazetteer.Gazetteer;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// What the document-border tests share (<see cref="DocumentBorderFillTests"/>, <see cref="StatelessBorderFillTests"/>):
/// incidents built by hand over a page of our own, and <c>PairBorderVote.FillFromDocument</c> run over them with no
/// sentence evidence, so the page border is settled by the incidents alone.
/// </summary>
internal static class DocumentBorderFillCases
{
    private static readonly PairBorderVote Vote = new(Lexicon.Default, GazetteerIndex.Default, "AFG");

    public static ExtractedIncident Incident(string text, string words, IncidentType type, string? border, params string[] states)
    {
        var start = text.IndexOf(words, StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, $"'{words}' is in the page");
        return new ExtractedIncident
        {
            Type = type, BorderCode = border, Summary = words, ExcerptStart = start, ExcerptEnd = start + words.Length,
            Actors = states.Select(s => new ActorMention(s, ActorRole.Initiator)).ToList(),
        };
    }

    public static List<ExtractedIncident> Fill(string text, params ExtractedIncident[] incidents)
    {
        var list = incidents.ToList();
        var input = AnalysisInput.FromText(text);
        var page = ArticleBorders.From(input.Sentences, input.Sentences.Select(_ => new BorderEvidence([], false, null, IncidentType.Statement, false)).ToList(),
            GazetteerIndex.Default, "AFG");
        Vote.FillFromDocument(input, NameNormalizer.Tokenize(text), list, page);
        return list;
    }
}
