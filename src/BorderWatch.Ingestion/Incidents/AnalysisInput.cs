using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>What incident detection reads: the cleaned text, its sentences and the metadata publication date.</summary>
public sealed record AnalysisInput(string Text, IReadOnlyList<Sentence> Sentences, PartialDate Published)
{
    /// <summary>The day the article was received (Unknown when not known): a year-less dateline's last resort for its year.</summary>
    public PartialDate Received { get; init; }

    /// <summary>Segments <paramref name="text"/> with <see cref="TextSegmenter"/>.</summary>
    public static AnalysisInput FromText(string text, PartialDate published = default) =>
        new(text, TextSegmenter.Sentences(text), published);

    /// <summary>The index of the sentence holding the text offset <paramref name="offset"/> (an excerpt's start), -1 when none does.</summary>
    public int SentenceAt(int offset)
    {
        for (var s = 0; s < Sentences.Count; s++)
            if (Sentences[s].Start <= offset && offset < Sentences[s].End) return s;
        return -1;
    }
}
