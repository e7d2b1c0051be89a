namespace BorderWatch.Ingestion.Dates;

/// <summary>
/// The readers of a page's own day from its opening lines, built from one <see cref="DateLexicon"/>: a line naming the
/// page's occasion (<see cref="OccasionLine"/>) and an opening told in the present (<see cref="OpeningDay"/>). The detector
/// builds its own from the date words it is given (DI: <see cref="Incidents.DetectorLexicons.Dates"/>) and hands it to
/// <see cref="Pipeline.DateResolver.ContextFor"/> (tidy37: no static instances of either).
/// </summary>
public sealed record PageDayLines(OccasionLine Occasion, OpeningDay Opening)
{
    public PageDayLines(DateLexicon words) : this(new OccasionLine(words), new OpeningDay(words)) { }

    private static readonly Lazy<PageDayLines> Instance = new(() => new PageDayLines(DateLexicon.Default));

    /// <summary>Built from <see cref="DateLexicon.Default"/>, for tests and tools that call the date resolver without a detector.</summary>
    public static PageDayLines Default => Instance.Value;
}
