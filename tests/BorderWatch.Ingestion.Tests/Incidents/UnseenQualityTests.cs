using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Reading;
using BorderWatch.Ingestion.Tests.Scoring;
using Xunit.Abstractions;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Runs the whole pipeline (read, clean, analyse) on the dev corpus in Data/unseen (other outlets, formats and
/// spellings than the seeds) and scores it against its hand-made gold with the port of score-events.
/// </summary>
public class UnseenQualityTests(ITestOutputHelper output)
{
    private static string DataDir => Path.Combine(AppContext.BaseDirectory, "Data");

    /// <summary>Each article of the corpus by its export name (a feed item is "file#n"), with its cleaned text and incidents.</summary>
    private static List<(string Doc, AnalyzedArticle Article)> Analyze() =>
        Directory.GetFiles(Path.Combine(DataDir, "unseen"))
            .Where(f => !f.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(DocumentReader.ReadFile)
            .Select(d => (Path.GetFileName(d.SourceName), ArticleAnalysis.Analyze(d)))
            .ToList();

    [Fact]
    public void Every_gold_excerpt_occurs_once_in_its_cleaned_article()
    {
        var articles = Analyze().ToDictionary(a => a.Doc, a => a.Article.CleanedText);
        foreach (var g in GoldScorer.LoadGold(Path.Combine(DataDir, "unseen-gold.jsonl")))
        {
            articles.ShouldContainKey(g.Doc);
            var text = articles[g.Doc];
            var first = text.IndexOf(g.Excerpt, StringComparison.Ordinal);
            first.ShouldBeGreaterThanOrEqualTo(0, $"{g.Id}: {g.Excerpt}");
            text.IndexOf(g.Excerpt, first + 1, StringComparison.Ordinal).ShouldBe(-1, g.Id);
        }
    }

    [Fact]
    public void Dev_corpus_scores_above_its_bar()
    {
        var exported = new List<ScoredIncident>();
        foreach (var (doc, article) in Analyze())
            foreach (var i in article.Incidents)
            {
                var countries = i.Actors.Select(a => a.Key).Where(k => k.Length == 3 && k.All(char.IsUpper)).Distinct().Order(StringComparer.Ordinal).ToList();
                exported.Add(new ScoredIncident(doc, i.Type.ToCode(), i.Date.IsKnown ? i.Date.ToString() : null, i.BorderCode, i.Status.ToCode(),
                    countries, article.CleanedText[i.ExcerptStart..i.ExcerptEnd]));
            }
        var report = GoldScorer.Score(GoldScorer.LoadGold(Path.Combine(DataDir, "unseen-gold.jsonl")), exported);
        foreach (var line in report.Lines) output.WriteLine(line);
        report.F1.ShouldBeGreaterThanOrEqualTo(0.95);
        report.StrictF1.ShouldBeGreaterThanOrEqualTo(0.60);
    }
}
