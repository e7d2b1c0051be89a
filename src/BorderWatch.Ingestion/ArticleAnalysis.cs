using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Cleaning;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Reading;

namespace BorderWatch.Ingestion;

/// <summary>The pipeline's result for one article, before anything is stored.</summary>
public sealed record AnalyzedArticle(string CleanedText, DateContext DateContext, IReadOnlyList<ExtractedIncident> Incidents);

/// <summary>Stages 2-8 as one pure function: clean, segment, recognise, detect, date, status, border.</summary>
public static class ArticleAnalysis
{
    /// <summary>Recorded on articles and incidents so a re-run can tell what produced them.</summary>
    public const string PipelineVersion = "2026.12.2";

    /// <param name="ct">Seen between sentences by the detector: a spent time budget or a client that went away stops
    /// the work inside the analysis, not only the wait for it.</param>
    /// <param name="received">The day the article came in (Unknown when not known): a dateline without a year takes its year
    /// from it when the text gives none.</param>
    /// <param name="detector">The detector to use (default: <see cref="IncidentDetector.Default"/>).</param>
    public static AnalyzedArticle Analyze(SourceDocument doc, CancellationToken ct = default, PartialDate received = default,
        IncidentDetector? detector = null)
    {
        var cleaned = ArticleCleaner.Clean(doc.BodyText);
        if (string.IsNullOrWhiteSpace(cleaned))
            throw new InvalidDocumentException(doc.SourceName, "no article text left after removing site boilerplate");
        return AnalyzeCleaned(cleaned, doc.Metadata.Published, ct, received, detector);
    }

    /// <summary>Stages 3-8 over already cleaned text (also used to re-run the pipeline over stored articles).</summary>
    public static AnalyzedArticle AnalyzeCleaned(string cleanedText, PartialDate metadataPublished, CancellationToken ct = default,
        PartialDate received = default, IncidentDetector? detector = null)
    {
        var sentences = TextSegmenter.Sentences(cleanedText);
        ct.ThrowIfCancellationRequested();
        detector ??= IncidentDetector.Default;
        var context = detector.DateStage.Resolver.ContextFor(cleanedText, sentences, metadataPublished, received);
        var incidents = detector.Detect(new AnalysisInput(cleanedText, sentences, metadataPublished) { Received = received }, ct)
            // Casualty figures from each incident's own excerpt (its sentence or sentences), read once per incident.
            .Select(i => i with { Casualties = detector.Casualties.Read(cleanedText[i.ExcerptStart..i.ExcerptEnd]) }).ToList();
        return new AnalyzedArticle(cleanedText, context, incidents);
    }
}
