using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>What incident detection reads: the cleaned text, its sentences and the metadata publication date.</summary>
public sealed record AnalysisInput(string Text, IReadOnlyList<Sentence> Sentences, PartialDate Published)
{
    /// <summary>Segments <paramref name="text"/> with <see cref="TextSegmenter"/>.</summary>
    public static AnalysisInput FromText(string text, PartialDate published = default) =>
        new(text, TextSegmenter.Sentences(text), published);
}
