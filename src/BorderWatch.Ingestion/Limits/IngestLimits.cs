namespace BorderWatch.Ingestion.Limits;

/// <summary>
/// The bounds every file of a batch is held to, so one crafted file cannot hold a core or the batch: time to read
/// a file, time to analyse one article, and the longest article text analysed (the detectors' cost grows faster
/// than the text; 200,000 characters is several times the longest news article).
/// </summary>
public sealed record IngestLimits
{
    public static IngestLimits Default { get; } = new();

    /// <summary>Reading and decoding one file (all of a feed's items).</summary>
    public TimeSpan ReadBudget { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Stages 2-8 for one article.</summary>
    public TimeSpan AnalysisBudget { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Longest article body (characters) sent to the analysis.</summary>
    public int MaxArticleCharacters { get; init; } = 200_000;

    /// <summary>Files read and analysed at once (one writer stores them in order); every core by default.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// At most this many articles per write transaction (<see cref="Storing.ArticleWriter.GroupArticles"/> by default; a
    /// group also ends after <see cref="Storing.ArticleWriter.GroupTime"/>, so its size otherwise follows the machine's
    /// timing). 1 commits every article alone: the writer's work per article is then the same whatever the timing.
    /// </summary>
    public int GroupArticles { get; init; } = Storing.ArticleWriter.GroupArticles;

    /// <summary>
    /// Where reading and analysis (the CPU-bound stages) run: the thread pool when null. The web app passes threads of
    /// lower priority so that a large ingest never starves the requests of its pages.
    /// </summary>
    public TaskScheduler? Scheduler { get; init; }
}
