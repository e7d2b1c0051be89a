using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// The rule layer alone (no type model) over the embedded lexicons with one family swapped, for tests that show a rule's
/// own words do the work (the same sentence run with that family emptied). Each test class keeps its own parser.
/// </summary>
internal static class RulesOnly
{
    public static IncidentDetector Detector(ISentenceParser parser, Func<DetectorLexicons, DetectorLexicons> swap) =>
        new(EntityRecognizer.Default, Lexicon.Default, parser, SyntaxLexicon.Default, null, swap(DetectorLexicons.LoadEmbedded()));

    /// <summary>The types found in one sentence, in text order (a received day of 20 November 2026).</summary>
    public static List<IncidentType> Types(IncidentDetector detector, string sentence) =>
        detector.Detect(AnalysisInput.FromText(sentence, PartialDate.OfDay(2026, 11, 20))).OrderBy(i => i.ExcerptStart).Select(i => i.Type).ToList();
}
