using BorderWatch.Ingestion.Duplicates;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Storing;

/// <summary>A document the pipeline has analysed, ready for the writer: all the CPU work is done.</summary>
public sealed record PreparedArticle(SourceDocument Document, AnalyzedArticle Analysis, ShinglePrint Print)
{
    public static PreparedArticle Of(SourceDocument doc, AnalyzedArticle analysis) => new(doc, analysis, ShinglePrint.Of(analysis.CleanedText));
}
