namespace BorderWatch.Core.Generation;

/// <summary>
/// What an ingest derives from an article's cleaned text for near-copy detection: the SimHash stored on every article
/// and the band values stored (<see cref="Domain.ArticleBand"/>) for an original. The ingestion computes them
/// (<c>NearDuplicateIndex.PrintOf</c>); <see cref="StoreGenerator.Print"/> takes that function, so a generated store
/// holds the rows a real ingest (or the web app's band back-fill at start) would have written.
/// </summary>
public sealed record ArticlePrint(long SimHash, IReadOnlyList<long> Bands);
