namespace BorderWatch.Ingestion.Language.Perceptron;

/// <summary>
/// Deterministic 64-bit hashing of feature parts (the same in every process, unlike <see cref="string.GetHashCode()"/>),
/// so a model trained once is read by any later run.
/// </summary>
public static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL, Prime = 1099511628211UL;

    /// <summary>FNV-1a over the UTF-16 code units, finished with a mixer.</summary>
    public static ulong Of(ReadOnlySpan<char> s)
    {
        var h = Offset;
        foreach (var c in s) { h ^= c; h *= Prime; }
        return Finish(h ^ (ulong)s.Length);
    }

    public static ulong Of(string s) => Of(s.AsSpan());

    /// <summary>The key of a feature: its template number and up to three parts.</summary>
    public static ulong Key(int template, ulong a) => Finish(Combine((ulong)template + 1, a));
    public static ulong Key(int template, ulong a, ulong b) => Finish(Combine(Combine((ulong)template + 1, a), b));
    public static ulong Key(int template, ulong a, ulong b, ulong c) => Finish(Combine(Combine(Combine((ulong)template + 1, a), b), c));

    public static ulong Key(int template, ulong a, ulong b, ulong c, ulong d) =>
        Finish(Combine(Combine(Combine(Combine((ulong)template + 1, a), b), c), d));

    private static ulong Combine(ulong h, ulong v) => (h ^ (v + 0x9E3779B97F4A7C15UL + (h << 6) + (h >> 2))) * 0xBF58476D1CE4E5B9UL;

    private static ulong Finish(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
