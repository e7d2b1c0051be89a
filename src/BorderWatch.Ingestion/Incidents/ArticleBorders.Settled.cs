namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// border28: the page's border after its incidents have theirs. One vote for the page, not two: the sentences' evidence
/// gave each sentence its main border (<see cref="At"/>, a digest's section's or the article's); once the incidents are
/// built, the border held by more than half of the incidents that have one settles the page (an incident's border is
/// the evidence vote applied by the rules, or overruled by them); with no incident bordered, the evidence vote stands.
/// <see cref="PairBorderVote.FillFromDocument"/> gives it to the incidents still without a border whose states fit.
/// (Counted per section of a digest the incidents' majority spread a section's border to policy lines told beside it,
/// "the neutral status of Turkmenistan" in a section about the Iranian border: page-wide it stays.)
/// </summary>
public sealed partial class ArticleBorders
{
    /// <summary>The settled border for each incident (by the index of its sentence), given the borders the incidents carry
    /// (<paramref name="sentenceOf"/>[k] and <paramref name="borders"/>[k] belong to incident k).</summary>
    public IReadOnlyList<string?> Settled(IReadOnlyList<int> sentenceOf, IReadOnlyList<string?> borders)
    {
        var carried = Majority(borders);
        var none = borders.All(b => b is null);
        return sentenceOf.Select(si => carried ?? (none ? At(si) : null)).ToList();
    }

    /// <summary>The border held by more than half of those given that have one, else null.</summary>
    internal static string? Majority(IEnumerable<string?> borders)
    {
        var bordered = borders.OfType<string>().ToList();
        if (bordered.Count == 0) return null;
        var top = bordered.GroupBy(b => b, StringComparer.Ordinal).MaxBy(g => g.Count())!;
        return top.Count() * 2 > bordered.Count ? top.Key : null;
    }
}
