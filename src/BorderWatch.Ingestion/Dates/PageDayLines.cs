namespace BorderWatch.Ingestion.Dates;

/// <summary>
/// The readers of a page's own day from its opening lines, built from one <see cref="DateLexicon"/>: a line naming the
/// page's occasion (<see cref="OccasionLine"/>) and an opening told in the present (<see cref="OpeningDay"/>). Part of the
/// <see cref="DateRules"/> the detector builds from the date words it is given (DI: <see cref="Incidents.DetectorLexicons.Dates"/>),
/// read by its <see cref="Pipeline.DateResolver.ContextFor"/> (tidy37, di42: no static instances of either).
/// </summary>
public sealed record PageDayLines(OccasionLine Occasion, OpeningDay Opening)
{
    public PageDayLines(DateLexicon words, DateExpressionFinder finder, IncidentDating dating)
        : this(new OccasionLine(words, finder), new OpeningDay(words, finder, dating)) { }
}
