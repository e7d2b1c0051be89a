namespace BorderWatch.Core.Domain;

/// <summary>
/// Listed incidents (not <see cref="Incident.Hidden"/>) per border, type and status, kept by the store's triggers on
/// every insert, update and delete (migration 20261202150000_Tallies). Overview cards, totals and the border, type and
/// status facets read these few hundred rows instead of counting a million incidents.
/// </summary>
public sealed class IncidentTally
{
    /// <summary>The border segment's id; 0 for incidents on no border.</summary>
    public int BorderKey { get; set; }
    public IncidentType Type { get; set; }
    public IncidentStatus Status { get; set; }
    /// <summary>Listed incidents with these values (0 once the last one left).</summary>
    public int Count { get; set; }
}

/// <summary>Listed incidents per border and calendar month, kept by triggers: histograms and the overview's charts.</summary>
public sealed class MonthTally
{
    /// <summary>The border segment's id; 0 for incidents on no border.</summary>
    public int BorderKey { get; set; }
    /// <summary>The incident's year; 0 when undated.</summary>
    public int Year { get; set; }
    /// <summary>The incident's month; 0 when dated only to the year (or undated).</summary>
    public int Month { get; set; }
    public int Count { get; set; }
}

/// <summary>
/// Listed incidents per actor, border, type and status (an incident counts once per actor, whatever its roles), kept
/// by triggers: the country, organization and person facets.
/// </summary>
public sealed class ActorTally
{
    public int ActorId { get; set; }
    /// <summary>The border segment's id; 0 for incidents on no border.</summary>
    public int BorderKey { get; set; }
    public IncidentType Type { get; set; }
    public IncidentStatus Status { get; set; }
    public int Count { get; set; }
}

/// <summary>
/// Listed incidents per calendar month, border, type and status, kept by triggers (migration 20261202170000_DateTallies):
/// totals and the border, type and status facets under a date range in whole months (plus a count of the rows of the
/// at most two months a day-precise range cuts), without reading the incidents of the range.
/// </summary>
public sealed class DateTally
{
    /// <summary>The incident's year; 0 when undated.</summary>
    public int Year { get; set; }
    /// <summary>The incident's month; 0 when dated only to the year (or undated).</summary>
    public int Month { get; set; }
    /// <summary>The border segment's id; 0 for incidents on no border.</summary>
    public int BorderKey { get; set; }
    public IncidentType Type { get; set; }
    public IncidentStatus Status { get; set; }
    public int Count { get; set; }
}

/// <summary>
/// Listed incidents per calendar year, border, type and status, whatever the precision of their dates inside the year
/// (migration 20261203110000_YearTallies): the years a date range covers whole are read here, one row per cell and year
/// instead of thirteen (<see cref="DateTally"/>), so a range of many years costs about what a range of one does.
/// </summary>
public sealed class YearTally
{
    /// <summary>The incident's year; 0 when undated.</summary>
    public int Year { get; set; }
    /// <summary>The border segment's id; 0 for incidents on no border.</summary>
    public int BorderKey { get; set; }
    public IncidentType Type { get; set; }
    public IncidentStatus Status { get; set; }
    public int Count { get; set; }
}

/// <summary>
/// Listed incidents per actor, calendar month, border, type and status (an incident counts once per actor, whatever its
/// roles), kept by triggers and by the batch writer (migration 20261207100000_ActorDateTallies): totals and the border,
/// type and status facets of one actor under a date range, without reading the incidents of the range or their links.
/// (Not the actor facets under dates: every actor's rows of a range cost more than the capped rows they would replace.)
/// </summary>
public sealed class ActorDateTally : IMonthCell
{
    public int ActorId { get; set; }
    /// <summary>The incident's year; 0 when undated.</summary>
    public int Year { get; set; }
    /// <summary>The incident's month; 0 when dated only to the year (or undated).</summary>
    public int Month { get; set; }
    /// <summary>The border segment's id; 0 for incidents on no border.</summary>
    public int BorderKey { get; set; }
    public IncidentType Type { get; set; }
    public IncidentStatus Status { get; set; }
    public int Count { get; set; }
}

/// <summary>
/// Listed incidents per ordered pair of actors linked to the same incident, border, type and status (an incident counts
/// once per pair, whatever the roles; both orders are kept, an actor is never paired with itself), kept by triggers and
/// by the batch writer (migration 20261209100000_ActorPairTallies): the country, organization and person facets under
/// one actor without dates (<c>?org=Taliban</c>'s countries) without reading the actor's incidents and their links.
/// </summary>
public sealed class ActorPairTally
{
    public int ActorId { get; set; }
    /// <summary>The other actor of the incidents counted.</summary>
    public int OtherActorId { get; set; }
    /// <summary>The border segment's id; 0 for incidents on no border.</summary>
    public int BorderKey { get; set; }
    public IncidentType Type { get; set; }
    public IncidentStatus Status { get; set; }
    public int Count { get; set; }
}

/// <summary>
/// Listed incidents per ordered pair of actors, year, month, border, type and status (an incident counts once per pair,
/// whatever the roles; year 0: undated, month 0: dated to the year only or undated, as in <see cref="ActorDateTally"/>),
/// kept by triggers and by the batch writer (migration 20261210110000_ActorPairMonthTallies): the country, organization
/// and person facets under one actor and a date range (<c>?org=Taliban&amp;from=2016&amp;to=2018</c>'s countries).
/// </summary>
public sealed class ActorPairMonthTally : IMonthCell
{
    public int ActorId { get; set; }
    /// <summary>The other actor of the incidents counted.</summary>
    public int OtherActorId { get; set; }
    public int Year { get; set; }
    public int Month { get; set; }
    /// <summary>The border segment's id; 0 for incidents on no border.</summary>
    public int BorderKey { get; set; }
    public IncidentType Type { get; set; }
    public IncidentStatus Status { get; set; }
    public int Count { get; set; }
}

/// <summary>A tally row of one month (year 0: undated; month 0: dated to the year only or undated), read by a date window.</summary>
public interface IMonthCell
{
    int Year { get; }
    int Month { get; }
}
