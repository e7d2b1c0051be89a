using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace BorderWatch.Ingestion.Duplicates;

/// <summary>
/// The word shingles of a text as their stable 64-bit hashes (<see cref="NearDuplicates.StableHash"/> of each shingle
/// exactly as <see cref="NearDuplicates.Shingles"/> spells it), distinct and sorted, made without a string per word or
/// shingle: what the near-copy confirmation compares. The writer shingles up to five stored texts per new article, so
/// this is the cost that grew as more candidates passed the SimHash filter. Jaccard over these equals Jaccard over
/// the shingle strings unless two distinct shingles share a 64-bit hash (the SimHash and the bands already rest on it).
/// </summary>
public static class ShingleHashes
{
    private const int ShingleSize = 4;

    /// <summary>The distinct shingle hashes of a text, sorted.</summary>
    public static ulong[] Of(string text)
    {
        // An ASCII text is its own canonical decomposition: the common case skips the normalised copy.
        var normalized = Ascii.IsValid(text) ? text : text.Normalize(NormalizationForm.FormD);
        var chars = new char[normalized.Length];
        var starts = new List<int>();
        var ends = new List<int>();
        var length = 0;
        var inWord = false;
        foreach (var ch in normalized)
        {
            if (ch < 0x80)
            {
                if (char.IsAsciiLetterOrDigit(ch)) { Append(char.ToLowerInvariant(ch)); continue; }
            }
            else
            {
                if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
                if (char.IsLetterOrDigit(ch)) { Append(char.ToLowerInvariant(ch)); continue; }
            }
            if (inWord) { ends.Add(length); inWord = false; }
        }
        if (inWord) ends.Add(length);
        var words = starts.Count;
        if (words == 0) return [];
        var span = Math.Min(ShingleSize, words);
        var hashes = new ulong[words - span + 1];
        for (var i = 0; i < hashes.Length; i++)
        {
            // FNV-1a over the words joined by single spaces, then the finaliser: NearDuplicates.StableHash of the shingle.
            var h = 14695981039346656037UL;
            for (var w = i; w < i + span; w++)
            {
                if (w > i) { h ^= ' '; h *= 1099511628211UL; }
                for (var c = starts[w]; c < ends[w]; c++) { h ^= chars[c]; h *= 1099511628211UL; }
            }
            h ^= h >> 30; h *= 0xbf58476d1ce4e5b9UL;
            h ^= h >> 27; h *= 0x94d049bb133111ebUL;
            hashes[i] = h ^ (h >> 31);
        }
        return Distinct(hashes);

        void Append(char c)
        {
            if (!inWord) { starts.Add(length); inWord = true; }
            chars[length++] = c;
        }
    }

    /// <summary>The hashes of shingles already made (<see cref="NearDuplicates.Shingles"/>), distinct and sorted.</summary>
    public static ulong[] Of(IEnumerable<string> shingles) => Distinct([.. shingles.Select(NearDuplicates.StableHash)]);

    /// <summary>Jaccard similarity of two sorted distinct hash sets (0 when either is empty, as for shingle sets).</summary>
    public static double Jaccard(ulong[] a, ulong[] b) => SortedJaccard<ulong>(a, b);

    /// <summary>
    /// The stored form of a text's hashes (<see cref="Of(string)"/>): their low 32 bits, distinct and sorted. Half the
    /// bytes of the full hashes in each original's <c>ArticleShingles</c> row; Jaccard over them differs from Jaccard
    /// over the shingles only where two of a text's ~1,000 shingles share 32 bits (about one pair in 10,000 such
    /// comparisons, moving the figure by 0.001), far from deciding against the 0.6 threshold.
    /// </summary>
    public static uint[] Narrow(ulong[] hashes)
    {
        var narrow = new uint[hashes.Length];
        for (var i = 0; i < hashes.Length; i++) narrow[i] = unchecked((uint)hashes[i]);
        Array.Sort(narrow);
        var n = 0;
        for (var i = 0; i < narrow.Length; i++)
            if (n == 0 || narrow[i] != narrow[n - 1]) narrow[n++] = narrow[i];
        return n == narrow.Length ? narrow : narrow[..n];
    }

    /// <summary>The narrow hashes as stored: 4 bytes each, little-endian, in their (ascending) order.</summary>
    public static byte[] Pack(uint[] narrow)
    {
        var bytes = new byte[narrow.Length * sizeof(uint)];
        for (var i = 0; i < narrow.Length; i++) BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * sizeof(uint)), narrow[i]);
        return bytes;
    }

    /// <summary>The narrow hashes of a stored row (<see cref="Pack"/>); a length that is no multiple of 4 is refused.</summary>
    public static uint[] Unpack(byte[] bytes)
    {
        if (bytes.Length % sizeof(uint) != 0) throw new InvalidDataException($"ArticleShingles.Hashes: {bytes.Length} bytes is no whole number of 4-byte hashes");
        var narrow = new uint[bytes.Length / sizeof(uint)];
        for (var i = 0; i < narrow.Length; i++) narrow[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i * sizeof(uint)));
        return narrow;
    }

    /// <summary>Jaccard similarity of two sorted distinct narrow hash sets (0 when either is empty).</summary>
    public static double Jaccard(uint[] a, uint[] b) => SortedJaccard<uint>(a, b);

    private static double SortedJaccard<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b) where T : IComparable<T>
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        int i = 0, j = 0, inter = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i].CompareTo(b[j]) == 0) { inter++; i++; j++; }
            else if (a[i].CompareTo(b[j]) < 0) i++;
            else j++;
        }
        return (double)inter / (a.Length + b.Length - inter);
    }

    private static ulong[] Distinct(ulong[] hashes)
    {
        Array.Sort(hashes);
        var n = 0;
        for (var i = 0; i < hashes.Length; i++)
            if (n == 0 || hashes[i] != hashes[n - 1]) hashes[n++] = hashes[i];
        return n == hashes.Length ? hashes : hashes[..n];
    }
}
