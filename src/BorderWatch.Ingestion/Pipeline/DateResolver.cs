using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Pipeline;

/// <summary>The date a document was written, used to resolve relative dates ("last month").</summary>
/// <param name="Reference">Publication date, or the best date inferred from the text (Unknown if none).</param>
/// <param name="Source">How the reference was determined.</param>
/// <param name="Note">A short human-readable explanation ("latest explicit date in text: 9 July 2021").</param>
public sealed record DateContext(PartialDate Reference, PublishedDateSource Source, string? Note);

/// <summary>A resolved incident date.</summary>
/// <param name="Date">Unknown when the text gives no way to tell.</param>
/// <param name="Inferred">True when worked out from a relative phrase or context, not stated.</param>
/// <param name="HasExpression">True when a date expression was found for the span (false: caller decides a fallback).</param>
/// <param name="Note">How it was resolved ("'last October' against 2016").</param>
public sealed record ResolvedDate(PartialDate Date, bool Inferred, bool HasExpression, string? Note);

/// <summary>Stage 6: resolves dates with honest precision.</summary>
public static class DateResolver
{
    // STUB (dates branch replaces the bodies; the signatures are the contract).

    /// <summary>The document's reference date: the metadata date when known, else inferred from the text.</summary>
    public static DateContext ContextFor(string cleanedText, IReadOnlyList<Sentence> sentences, PartialDate metadataPublished) =>
        metadataPublished.IsKnown
            ? new DateContext(metadataPublished, PublishedDateSource.Metadata, "metadata")
            : new DateContext(PartialDate.Unknown, PublishedDateSource.None, null);

    /// <summary>
    /// The date of the incident stated by <c>text[spanStart..spanEnd]</c> inside sentence <paramref name="sentenceIndex"/>:
    /// date expressions inside the span first, then the rest of the sentence, then anaphora to earlier sentences
    /// ("later that month", "the same day").
    /// </summary>
    public static ResolvedDate Resolve(IReadOnlyList<Sentence> sentences, int sentenceIndex, int spanStart, int spanEnd, DateContext context) =>
        new(PartialDate.Unknown, false, false, null);
}
