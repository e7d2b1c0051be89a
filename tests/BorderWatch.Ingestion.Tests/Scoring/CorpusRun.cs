using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Reading;

namespace BorderWatch.Ingestion.Tests.Scoring;

/// <summary>
/// Runs the whole pipeline (read, clean, analyse) over a folder of test articles and scores the incidents the way the
/// export would show them, against a gold file in the seeds' format.
/// </summary>
public static class CorpusRun
{
    public static string DataDir => Path.Combine(AppContext.BaseDirectory, "Data");

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<IReadOnlyList<(string Doc, AnalyzedArticle Article)>>> Analyses = new();

    /// <summary>
    /// Each article of the folder by its export name (a feed item is "file#n"), with its analysis. Analysed once per
    /// test run: a corpus's quality test and its excerpt check read the same analyses (the pipeline is deterministic),
    /// which halves the slowest tests of this project.
    /// </summary>
    public static IReadOnlyList<(string Doc, AnalyzedArticle Article)> Analyze(string folder) =>
        Analyses.GetOrAdd(folder, f => new Lazy<IReadOnlyList<(string, AnalyzedArticle)>>(() => AnalyzeNow(f))).Value;

    /// <summary>
    /// The day the corpora's documents count as received (date32): the CLI's ingest passes the day it runs
    /// (<c>IngestionService</c>, <c>received:</c>), which gives a year-less dateline ("DUSHANBE, Dec 2") or a weekday date
    /// ("on Tuesday 1 December") its year. The in-process runs pass the day the dev corpora's baseline was scored
    /// (<c>/tmp/score/base32</c>, 6 December 2026), so a corpus test and <c>score.sh</c> read the same documents against
    /// the same day; before, the tests passed none and read such documents against a background year of the text.
    /// </summary>
    public static PartialDate Received { get; } = PartialDate.OfDay(2026, 12, 6);

    private static List<(string Doc, AnalyzedArticle Article)> AnalyzeNow(string folder) =>
        Directory.GetFiles(Path.Combine(DataDir, folder))
            .Where(f => !f.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(DocumentReader.Default.ReadFile)
            .Select(d => (Path.GetFileName(d.SourceName), ArticleAnalysis.Analyze(d, received: Received)))
            .ToList();

    /// <summary>The incidents as the JSON export writes the scored fields.</summary>
    public static List<ScoredIncident> Export(IEnumerable<(string Doc, AnalyzedArticle Article)> articles)
    {
        var exported = new List<ScoredIncident>();
        foreach (var (doc, article) in articles)
            foreach (var i in article.Incidents)
            {
                var countries = i.Actors.Select(a => a.Key).Where(k => k.Length == 3 && k.All(char.IsUpper)).Distinct().Order(StringComparer.Ordinal).ToList();
                exported.Add(new ScoredIncident(doc, i.Type.ToCode(), i.Date.IsKnown ? i.Date.ToString() : null, i.BorderCode, i.Status.ToCode(),
                    countries, article.CleanedText[i.ExcerptStart..i.ExcerptEnd]));
            }
        return exported;
    }

    /// <param name="everyDocumentInScope">Count incidents from documents without gold records (a distractor) against
    /// precision, as score-events does with --docs.</param>
    public static ScoreReport Score(string folder, string goldFile, bool everyDocumentInScope = false)
    {
        var articles = Analyze(folder);
        return GoldScorer.Score(GoldScorer.LoadGold(Path.Combine(DataDir, goldFile)), Export(articles),
            everyDocumentInScope ? articles.Select(a => a.Doc) : null);
    }

    /// <summary>Fails naming the record when a gold excerpt is missing from, or not unique in, its cleaned article.</summary>
    public static void ShouldLocateEveryGoldExcerpt(string folder, string goldFile)
    {
        var articles = Analyze(folder).ToDictionary(a => a.Doc, a => a.Article.CleanedText);
        foreach (var g in GoldScorer.LoadGold(Path.Combine(DataDir, goldFile)))
        {
            articles.ShouldContainKey(g.Doc);
            var text = articles[g.Doc];
            var first = text.IndexOf(g.Excerpt, StringComparison.Ordinal);
            first.ShouldBeGreaterThanOrEqualTo(0, $"{g.Id}: {g.Excerpt}");
            text.IndexOf(g.Excerpt, first + 1, StringComparison.Ordinal).ShouldBe(-1, g.Id);
        }
    }
}
