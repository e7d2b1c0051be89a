using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>The date test classes' shared way of reading a text and resolving the date of a phrase or sentence in it.</summary>
internal static class DateTexts
{
    /// <summary>The text's sentences and its date context (<paramref name="published"/> as metadata when known).</summary>
    public static (IReadOnlyList<Sentence> Sentences, DateContext Context) Read(string text, PartialDate published = default)
    {
        var sentences = TextSegmenter.Sentences(text);
        return (sentences, DateRules.Default.Resolver.ContextFor(text, sentences, published));
    }

    /// <summary>The index of the first sentence holding <paramref name="phrase"/>.</summary>
    public static int IndexOf(IReadOnlyList<Sentence> sentences, string phrase)
    {
        var i = sentences.ToList().FindIndex(s => s.Text.Contains(phrase, StringComparison.Ordinal));
        i.ShouldBeGreaterThanOrEqualTo(0, phrase);
        return i;
    }

    /// <summary>Resolves the sentence holding <paramref name="phrase"/>, the span being the phrase itself.</summary>
    public static ResolvedDate At(IReadOnlyList<Sentence> sentences, DateContext context, string phrase)
    {
        var i = IndexOf(sentences, phrase);
        var start = sentences[i].Start + sentences[i].Text.IndexOf(phrase, StringComparison.Ordinal);
        return DateRules.Default.Resolver.Resolve(sentences, i, start, start + phrase.Length, context);
    }

    /// <summary>Resolves the whole sentence holding <paramref name="phrase"/>.</summary>
    public static ResolvedDate SentenceAt(IReadOnlyList<Sentence> sentences, DateContext context, string phrase)
    {
        var i = IndexOf(sentences, phrase);
        return DateRules.Default.Resolver.Resolve(sentences, i, sentences[i].Start, sentences[i].End, context);
    }

    /// <summary>A date from its ISO-like text ("2025-07", "2025-07-03").</summary>
    public static PartialDate D(string text) => PartialDate.TryParse(text, out var d) ? d : throw new ArgumentException(text);
}
