namespace BorderWatch.Ingestion.Duplicates;

/// <summary>
/// What the near-duplicate check needs of a cleaned text, computed once off the writer (in the parallel analysis):
/// its word shingles, their hashes (<see cref="ShingleHashes"/>, for the Jaccard confirmation), its SimHash (stored,
/// ranks candidates) and its bands (indexed).
/// </summary>
public sealed record ShinglePrint(HashSet<string> Shingles, long SimHash, IReadOnlyList<long> Bands, ulong[] Hashes)
{
    public static ShinglePrint Of(string cleanedText)
    {
        var shingles = NearDuplicates.Shingles(cleanedText);
        return new ShinglePrint(shingles, NearDuplicates.SimHash(shingles), ShingleBands.Of(shingles), ShingleHashes.Of(shingles));
    }
}
