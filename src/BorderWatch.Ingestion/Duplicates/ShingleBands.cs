namespace BorderWatch.Ingestion.Duplicates;

/// <summary>
/// Locality-sensitive bands of a shingle set (MinHash, banded): <see cref="Count"/> bands of <see cref="Rows"/>
/// minimum hashes each. Two texts share a band with probability 1 - (1 - J^Rows)^Count for word-shingle Jaccard
/// similarity J: 0.94 at J = 0.6 (the same-story threshold), above 0.998 from J = 0.7, about 1e-4 for unrelated
/// articles (J near 0.05). Bands of the 64-bit SimHash cannot do that: a bit of two unrelated texts agrees half the
/// time, so bands short enough to catch copies at Hamming distance 18 match a large share of all articles.
/// Stable across processes and machines (no <see cref="string.GetHashCode()"/>).
/// </summary>
public static class ShingleBands
{
    public const int Count = 20;
    public const int Rows = 4;

    private static readonly ulong[] Seeds = MakeSeeds(Count * Rows);

    /// <summary>The band values (band number folded in); none for a text without words.</summary>
    public static long[] Of(IReadOnlyCollection<string> shingles)
    {
        if (shingles.Count == 0) return [];
        Span<ulong> min = stackalloc ulong[Count * Rows];
        min.Fill(ulong.MaxValue);
        foreach (var s in shingles)
        {
            var h = NearDuplicates.StableHash(s);
            for (var i = 0; i < min.Length; i++)
            {
                var v = Mix(h ^ Seeds[i]);
                if (v < min[i]) min[i] = v;
            }
        }
        var bands = new long[Count];
        for (var b = 0; b < Count; b++)
        {
            var acc = Mix(0x9E3779B97F4A7C15UL * (ulong)(b + 1));
            for (var r = 0; r < Rows; r++) acc = Mix(acc ^ min[b * Rows + r]);
            bands[b] = unchecked((long)acc);
        }
        return bands;
    }

    private static ulong[] MakeSeeds(int n)
    {
        var seeds = new ulong[n];
        var x = 0x4257_4E45_4152_4455UL; // "BWNEARDU"
        for (var i = 0; i < n; i++) seeds[i] = x = Mix(x + 0x9E3779B97F4A7C15UL);
        return seeds;
    }

    // SplitMix64's finaliser: a cheap bijective mixer.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9UL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebUL;
        return z ^ (z >> 31);
    }
}
