using BorderWatch.Ingestion.Dates;

namespace BorderWatch.Ingestion.Reading;

/// <summary>The reader built outside DI, for the CLI's tools, tests and benchmarks.</summary>
public sealed partial class DocumentReader
{
    private static readonly Lazy<DocumentReader> DefaultInstance = new(() => new DocumentReader(DateRules.Default));

    /// <summary>
    /// A reader with the embedded date words (<see cref="DateRules.Default"/>), for callers outside DI (the CLI's tools,
    /// tests, benchmarks). <see cref="IngestionService"/> reads with its detector's date rules instead, so date words
    /// registered in DI reach the reading stage as they reach the date stage.
    /// </summary>
    public static DocumentReader Default => DefaultInstance.Value;
}
