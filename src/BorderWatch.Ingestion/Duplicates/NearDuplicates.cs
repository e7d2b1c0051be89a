using System.Globalization;
using System.Text;

namespace BorderWatch.Ingestion.Duplicates;

/// <summary>
/// Recognises a syndicated near-copy of a stored article (same story, other site chrome or small edits).
/// A 64-bit SimHash over word shingles gives cheap candidates; word-shingle Jaccard similarity confirms.
/// </summary>
public static class NearDuplicates
{
    private const int ShingleSize = 4;

    /// <summary>Jaccard similarity of word 4-gram sets at or above which two texts are the same story.</summary>
    public const double SameStoryThreshold = 0.6;

    /// <summary>Hamming distance up to which two SimHashes are worth comparing in full.</summary>
    public const int CandidateDistance = 18;

    /// <summary>Lower-case words with diacritics and punctuation folded, so typography differences do not count.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(ch)) sb.Append(char.ToLowerInvariant(ch));
            else if (sb.Length > 0) { words.Add(sb.ToString()); sb.Clear(); }
        }
        if (sb.Length > 0) words.Add(sb.ToString());
        return words;
    }

    public static HashSet<string> Shingles(string text)
    {
        var w = Words(text);
        if (w.Count < ShingleSize)
        {
            var few = new HashSet<string>(StringComparer.Ordinal);
            if (w.Count > 0) few.Add(string.Join(' ', w));
            return few;
        }
        // The four words joined by spaces, as string.Join would (ShingleSize is 4), without an enumerator per shingle:
        // every analysed text is shingled once (ShinglePrint).
        var set = new HashSet<string>(w.Count - ShingleSize + 1, StringComparer.Ordinal);
        for (var i = 0; i + ShingleSize <= w.Count; i++) set.Add(string.Concat([w[i], " ", w[i + 1], " ", w[i + 2], " ", w[i + 3]]));
        return set;
    }

    public static double Similarity(string a, string b) => Jaccard(Shingles(a), Shingles(b));

    public static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var inter = a.Count(b.Contains);
        return (double)inter / (a.Count + b.Count - inter);
    }

    /// <summary>64-bit SimHash of the text's word shingles (stable across runs and machines).</summary>
    public static long SimHash(string text) => SimHash(Shingles(text));

    /// <summary>64-bit SimHash of a shingle set already made (see <see cref="Shingles"/>).</summary>
    public static long SimHash(IEnumerable<string> shingles)
    {
        Span<int> v = stackalloc int[64];
        foreach (var s in shingles)
        {
            var h = StableHash(s);
            for (var bit = 0; bit < 64; bit++) v[bit] += ((h >> bit) & 1) == 1 ? 1 : -1;
        }
        ulong result = 0;
        for (var bit = 0; bit < 64; bit++) if (v[bit] > 0) result |= 1UL << bit;
        return unchecked((long)result);
    }

    // FNV-1a then a SplitMix64 finaliser: stable across processes (string.GetHashCode is not) and cheap.
    internal static ulong StableHash(string s)
    {
        var h = 14695981039346656037UL;
        foreach (var ch in s) { h ^= ch; h *= 1099511628211UL; }
        h ^= h >> 30; h *= 0xbf58476d1ce4e5b9UL;
        h ^= h >> 27; h *= 0x94d049bb133111ebUL;
        return h ^ (h >> 31);
    }

    public static int Distance(long a, long b) => System.Numerics.BitOperations.PopCount(unchecked((ulong)(a ^ b)));
}
