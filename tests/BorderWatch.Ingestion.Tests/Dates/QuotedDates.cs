using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>The date resolver on a whole text: its document context, and the date it gives a quoted passage.</summary>
internal static class QuotedDates
{
    public static DateContext Context(string text, PartialDate received) =>
        DateRules.Default.Resolver.ContextFor(text, TextSegmenter.Sentences(text), received);

    /// <summary>The date of the passage <paramref name="quoted"/> (its first occurrence), in the sentence holding it.</summary>
    public static PartialDate DateOf(string text, string quoted, PartialDate received)
    {
        var sentences = TextSegmenter.Sentences(text);
        var i = sentences.ToList().FindIndex(s => s.Text.Contains(quoted, StringComparison.Ordinal));
        var start = text.IndexOf(quoted, StringComparison.Ordinal);
        return DateRules.Default.Resolver.Resolve(sentences, i, start, start + quoted.Length, Context(text, received)).Date;
    }
}
