namespace BorderWatch.Core.Domain;

/// <summary>
/// The word shingles of an original article as the near-copy confirmation compares them (see the ingestion's
/// <c>ShingleHashes</c>): their hashes, distinct and sorted, packed in <see cref="Hashes"/>. Written with the article, so
/// confirming a candidate reads this narrow row instead of the article's texts and shingling them again.
/// </summary>
public class ArticleShingles
{
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    /// <summary>The packed hashes (the ingestion's <c>ShingleHashes.Pack</c>: 4 bytes each, little-endian, ascending).</summary>
    public byte[] Hashes { get; set; } = [];
}
