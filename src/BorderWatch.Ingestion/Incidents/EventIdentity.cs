using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>The first dimension on which a telling cannot be an incident already on record (<see cref="EventIdentity"/>).</summary>
internal enum EventDifference { None, Type, Status, Time, Border, Place, Parties }

/// <summary>How the types of two tellings must fit (mend37).</summary>
internal enum TypeFit
{
    /// <summary>The same type (or, where the telling names a participant of the record again, any type but a statement).</summary>
    Same,
    /// <summary>As <see cref="Same"/>, or both types among the field acts one side's account tells as parts of one
    /// incident (<see cref="DeclarationLexicon.AccountFrameTypes"/>: who watched, who fired first).</summary>
    OneIncident,
}

/// <summary>How the times of two tellings must fit.</summary>
internal enum TimeFit
{
    /// <summary>Any times.</summary>
    Any,
    /// <summary>Share a day: one date holds the other ("2021-07" holds "2021-07-06"); an unknown date fits any.</summary>
    Overlapping,
    /// <summary>The very same date, to the same precision.</summary>
    Same,
}

/// <summary>How the borders of two tellings must fit.</summary>
internal enum BorderFit
{
    /// <summary>Equal when both are known.</summary>
    WhenBoth,
    /// <summary>Both known and equal.</summary>
    Known,
}

/// <summary>How the places of two tellings must fit.</summary>
internal enum PlaceFit
{
    /// <summary>Any places.</summary>
    Any,
    /// <summary>The same gazetteer place when both have one.</summary>
    WhenBoth,
    /// <summary>The telling has no gazetteer place, or the record's ("their post near X was also shot at" is another
    /// attack unless the record was at X).</summary>
    KeyOnRecord,
    /// <summary>The telling names no place, or the record's (the same gazetteer place, or the same words): a place of its
    /// own, even one the gazetteer lacks, makes it another act.</summary>
    NamedOnRecord,
}

/// <summary>How the parties a telling names must fit the record's actors.</summary>
internal enum PartyFit
{
    /// <summary>Any parties.</summary>
    Any,
    /// <summary>No party the record lacks (a new party, a new event).</summary>
    NoneNew,
    /// <summary>No party named, or one the record has (a roundup's act by other states is not the one rejected).</summary>
    SharesOneIfNamed,
    /// <summary>At least one party named, and one the record has (the teller of a side's account is one of its sides).</summary>
    SharesOne,
}

/// <summary>Which statuses may be one event.</summary>
internal enum StatusFit
{
    /// <summary>Any statuses.</summary>
    Any,
    /// <summary>A record of an act that is not planned.</summary>
    RecordNotPlanned,
    /// <summary>Neither told as denied nor the record planned or denied: one side's account of an act on record.</summary>
    Affirmed,
    /// <summary>The same status.</summary>
    Same,
}

/// <summary>The dimensions a stage requires to fit; each stage's preset is named for the question it asks. The type
/// always must fit (<see cref="EventIdentity.Compare"/>).</summary>
internal readonly record struct SameEventRule(StatusFit Status, TimeFit Time, BorderFit Border, PlaceFit Place, PartyFit Parties, TypeFit Type = TypeFit.Same)
{
    /// <summary>A clause under a known account frame ("According to the ministry's account, ..."): one side's telling of
    /// the last field event on record, of its type or of a field act of the same incident (<see cref="SameEvent.AccountRetelling"/>).</summary>
    internal static readonly SameEventRule AccountRetold = new(StatusFit.Any, TimeFit.Overlapping, BorderFit.WhenBoth, PlaceFit.Any, PartyFit.NoneNew, TypeFit.OneIncident);

    /// <summary>A clause that points back to an event told just before ("the shooting", "Five servicemen were wounded"):
    /// the type (or a participant named again), a border and a time that fit (<see cref="SameEvent.Retold"/>).</summary>
    internal static readonly SameEventRule Retold = new(StatusFit.Any, TimeFit.Overlapping, BorderFit.WhenBoth, PlaceFit.Any, PartyFit.Any);

    /// <summary>One side's account of the page's one clash (<see cref="SameEvent.SideAccount"/>).</summary>
    internal static readonly SameEventRule SideAccount = new(StatusFit.Affirmed, TimeFit.Overlapping, BorderFit.Known, PlaceFit.KeyOnRecord, PartyFit.NoneNew);

    /// <summary>An act said not to have happened, under its denial (<see cref="SameEvent.DeniedRetelling"/>).</summary>
    internal static readonly SameEventRule DeniedAct = new(StatusFit.RecordNotPlanned, TimeFit.Overlapping, BorderFit.WhenBoth, PlaceFit.NamedOnRecord, PartyFit.Any);

    /// <summary>A rejected claim whose act is already on record (<see cref="RejectedClaims.ActOnRecord"/>).</summary>
    internal static readonly SameEventRule RejectedClaim = new(StatusFit.RecordNotPlanned, TimeFit.Any, BorderFit.WhenBoth, PlaceFit.Any, PartyFit.SharesOneIfNamed);

    /// <summary>An act of the day of an earlier one (<see cref="SameEvent.SamePlaceAndDay"/>, <see cref="SameEvent.RetoldInTimeline"/>).</summary>
    internal static readonly SameEventRule SameDay = new(StatusFit.Same, TimeFit.Same, BorderFit.WhenBoth, PlaceFit.WhenBoth, PartyFit.NoneNew);
}

/// <summary>What a telling gives for comparing it with an incident on record: its type, status, time (when its own words
/// give one), border, place and the parties it names (states, people, armed groups, organisations; not its speaker).</summary>
internal sealed record Telling(IncidentType Type, IncidentStatus Status, PartialDate Date, string? BorderCode, string? PlaceKey, string? LocationText,
    IReadOnlyCollection<string> Parties)
{
    /// <summary>The telling of a clause's incident. <paramref name="date"/>: the date to compare (unknown when the
    /// telling's date is not its own).</summary>
    internal static Telling Of(ExtractedIncident incident, IReadOnlyCollection<string> parties, PartialDate? date = null) =>
        new(incident.Type, incident.Status, date ?? incident.Date, incident.BorderCode, incident.PlaceKey, incident.LocationText, parties);

    /// <summary>The parties a clause names, its speaker's and those inside <paramref name="besides"/> aside.</summary>
    internal static IReadOnlyCollection<string> PartiesOf(Clause span, (int Start, int End)? besides = null) =>
        span.Mentions.Where(m => m.Entry.Kind is EntryKind.State or EntryKind.Person or EntryKind.ArmedGroup or EntryKind.Organization &&
                                 !(span.Speaker is { Start: >= 0 } sp && m.Start >= sp.Start && m.End <= sp.End) &&
                                 !(besides is { } b && m.Start >= b.Start && m.End <= b.End))
            .Select(m => m.Entry.Key).Distinct().ToList();
}

/// <summary>
/// One answer to "do these two tellings tell the same event?" for every stage that merges or drops a retelling within a
/// page (precision38): the retelling merge (<see cref="SameEvent.Retold"/>), a side's account of the page's one clash, an
/// act under its denial, a rejected claim whose act is on record. Each dimension is checked apart and the first that
/// fails is named: the type (the same; or, where the telling names a participant of the record again with "the", any type
/// but a statement), the status, the time (dates that share a day, or the same date), the border, the place, and the
/// parties (none the record lacks, or one it has). Anaphora (how the clause points back: "the shooting", "they", the
/// pluperfect) is read on the parse by <see cref="SameEvent.PointsBack"/> and passed in as <c>namesParticipant</c>.
/// </summary>
internal static class EventIdentity
{
    /// <summary>The first dimension on which <paramref name="telling"/> cannot tell <paramref name="record"/>, or None.</summary>
    /// <param name="namesParticipant">The telling names a participant of the record again ("The patrol returned fire"):
    /// its own type may differ, unless the record is a statement.</param>
    /// <param name="oneIncident">The types that tell one incident under <see cref="TypeFit.OneIncident"/>.</param>
    internal static EventDifference Compare(ExtractedIncident record, Telling telling, SameEventRule rule, bool namesParticipant = false,
        IReadOnlySet<IncidentType>? oneIncident = null)
    {
        if (!TypeFits(record.Type, telling.Type, rule.Type, namesParticipant, oneIncident)) return EventDifference.Type;
        if (!StatusFits(record.Status, telling.Status, rule.Status)) return EventDifference.Status;
        if (!TimeFits(record.Date, telling.Date, rule.Time)) return EventDifference.Time;
        if (!BorderFits(record.BorderCode, telling.BorderCode, rule.Border)) return EventDifference.Border;
        if (!PlaceFits(record, telling, rule.Place)) return EventDifference.Place;
        if (!PartiesFit(record, telling.Parties, rule.Parties)) return EventDifference.Parties;
        return EventDifference.None;
    }

    /// <summary>True when the telling may be the record's event.</summary>
    internal static bool Same(ExtractedIncident record, Telling telling, SameEventRule rule, bool namesParticipant = false,
        IReadOnlySet<IncidentType>? oneIncident = null) =>
        Compare(record, telling, rule, namesParticipant, oneIncident) == EventDifference.None;

    /// <summary>The index of the one record of the telling's type in <paramref name="before"/> when it fits on time and
    /// border; -1 when there is none or more than one (then "the shooting" could name either).</summary>
    internal static int OnlyOfType(Telling telling, IReadOnlyList<ExtractedIncident> before)
    {
        var same = Enumerable.Range(0, before.Count).Where(k => before[k].Type == telling.Type).ToList();
        if (same.Count != 1) return -1;
        var e = before[same[0]];
        return BorderFits(e.BorderCode, telling.BorderCode, BorderFit.WhenBoth) && TimeFits(e.Date, telling.Date, TimeFit.Overlapping) ? same[0] : -1;
    }

    internal static bool TypeFits(IncidentType record, IncidentType telling, TypeFit fit, bool namesParticipant, IReadOnlySet<IncidentType>? oneIncident) =>
        record == telling || namesParticipant && record != IncidentType.Statement ||
        fit == TypeFit.OneIncident && oneIncident is not null && oneIncident.Contains(record) && oneIncident.Contains(telling);

    internal static bool StatusFits(IncidentStatus record, IncidentStatus telling, StatusFit fit) => fit switch
    {
        StatusFit.Any => true,
        StatusFit.RecordNotPlanned => record != IncidentStatus.Planned,
        StatusFit.Affirmed => record is not (IncidentStatus.Denied or IncidentStatus.Planned) && telling != IncidentStatus.Denied,
        _ => record == telling,
    };

    /// <summary>Dates fit when they share a day ("2021-07" holds "2021-07-06"); an unknown date fits any.</summary>
    internal static bool TimeFits(PartialDate record, PartialDate telling, TimeFit fit) => fit switch
    {
        TimeFit.Any => true,
        TimeFit.Same => record == telling,
        _ => !record.IsKnown || !telling.IsKnown || !(record.End < telling.Start || telling.End < record.Start),
    };

    internal static bool BorderFits(string? record, string? telling, BorderFit fit) =>
        fit == BorderFit.Known ? record is not null && record == telling : record is null || telling is null || record == telling;

    internal static bool PlaceFits(ExtractedIncident record, Telling telling, PlaceFit fit) => fit switch
    {
        PlaceFit.Any => true,
        PlaceFit.WhenBoth => record.PlaceKey is null || telling.PlaceKey is null || record.PlaceKey == telling.PlaceKey,
        PlaceFit.KeyOnRecord => telling.PlaceKey is null || telling.PlaceKey == record.PlaceKey,
        _ => telling.LocationText is null || telling.PlaceKey is not null && telling.PlaceKey == record.PlaceKey ||
             string.Equals(telling.LocationText, record.LocationText, StringComparison.OrdinalIgnoreCase),
    };

    internal static bool PartiesFit(ExtractedIncident record, IReadOnlyCollection<string> parties, PartyFit fit) => fit switch
    {
        PartyFit.Any => true,
        PartyFit.NoneNew => parties.All(p => record.Actors.Any(a => a.Key == p)),
        PartyFit.SharesOneIfNamed => parties.Count == 0 || record.Actors.Any(a => parties.Contains(a.Key)),
        _ => record.Actors.Any(a => parties.Contains(a.Key)),
    };
}
