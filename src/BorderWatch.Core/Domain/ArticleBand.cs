namespace BorderWatch.Core.Domain;

/// <summary>
/// One locality-sensitive band of an original article's word shingles (see the ingestion's near-duplicate finder):
/// two articles sharing any band value are candidates for the same story. Indexed on <see cref="Value"/>, so the
/// near-duplicate lookup of a new article reads a handful of rows, not every stored article.
/// </summary>
public class ArticleBand
{
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    /// <summary>Which band (0 .. bands-1); part of the key.</summary>
    public short Band { get; set; }
    /// <summary>The band's hash, with the band number folded in (so one index serves every band).</summary>
    public long Value { get; set; }
}
