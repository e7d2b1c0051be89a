using System.Security.Cryptography;
using System.Text;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Storing;

namespace BorderWatch.Ingestion.Tests.Storing;

/// <summary>Plain-text articles for the writer's tests: a source document of a text, and that text analysed.</summary>
internal static class TextArticles
{
    /// <summary>A plain-text source document named <paramref name="name"/>, hashed as the reader hashes it.</summary>
    internal static SourceDocument Document(string name, string text) => new()
    {
        SourceName = name, Format = SourceFormat.Text, RawText = text, Encoding = "utf-8", BodyText = text,
        ContentHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant(),
    };

    /// <summary>The text analysed by the pipeline, ready for the writer.</summary>
    internal static PreparedArticle Prepared(string name, string text)
    {
        var doc = Document(name, text);
        return PreparedArticle.Of(doc, ArticleAnalysis.Analyze(doc));
    }

    /// <summary>As <see cref="Prepared"/>, for a test whose text must yield incidents.</summary>
    internal static PreparedArticle PreparedWithIncidents(string name, string text)
    {
        var prepared = Prepared(name, text);
        prepared.Analysis.Incidents.ShouldNotBeEmpty();
        return prepared;
    }
}
