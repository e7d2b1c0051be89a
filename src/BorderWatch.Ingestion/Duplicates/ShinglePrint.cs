namespace BorderWatch.Ingestion.Duplicates;

/// <summary>
/// What the near-duplicate check needs of a cleaned text, computed once off the writer (in the parallel analysis):
/// its word shingles, their hashes (<see cref="ShingleHashes"/>, for the Jaccard confirmation), its SimHash (stored,
/// ranks candidates), its bands (indexed) and <see cref="Narrow"/>, the hashes as an original's <c>ArticleShingles</c> row
/// stores them (what the confirmation compares).
/// </summary>
public sealed record ShinglePrint(HashSet<string> Shingles, long SimHash, IReadOnlyList<long> Bands, ulong[] Hashes)
{
    /// <summary>The hashes' stored form (<see cref="ShingleHashes.Narrow"/>).</summary>
    public uint[] Narrow { get; } = ShingleHashes.Narrow(Hashes);

    /// <summary>The row an original is stored with (<see cref="ShingleHashes.Pack"/> of <see cref="Narrow"/>).</summary>
    public byte[] Packed => _packed ??= ShingleHashes.Pack(Narrow);

    private byte[]? _packed;

    public static ShinglePrint Of(string cleanedText)
    {
        var shingles = NearDuplicates.Shingles(cleanedText);
        return new ShinglePrint(shingles, NearDuplicates.SimHash(shingles), ShingleBands.Of(shingles), ShingleHashes.Of(shingles));
    }
}
