using System.Data.Common;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;

namespace BorderWatch.Ingestion.Storing;

/// <summary>
/// The tallies of the incidents the batch writer inserted in its open transaction, counted from the rows it wrote
/// (in memory, as it writes them) instead of read back from the store by six grouped statements per commit. Each cell
/// is the one <see cref="SearchAndTallies.AddTallies"/> counts an incident in: border key 0 for no border, year 0 for
/// undated, month 0 for dated to the year only (or undated); an actor counts once per incident whatever its roles;
/// hidden incidents are not counted (the writer's new incidents are never hidden: see
/// <see cref="SearchAndTallies.ForWrittenArticles"/>). Written just before the settle, as
/// upserts that add to the stored counts, at most <see cref="RowInsert{T}.RowsPerStatement"/> rows per statement.
/// <see cref="Clear"/> whenever the transaction ends. SQLite only: on PostgreSQL the client-side rows (some 300 per
/// 45-incident article, bound through the provider's parameters) cost the client more CPU than the six set-based
/// statements cost the server (storage-pg, 2026-12-04: client 11.7 vs 7.4 ms per article), so there the settle adds them.
/// </summary>
internal sealed class GroupTallies
{
    private readonly Dictionary<(int Border, IncidentType Type, IncidentStatus Status), int> _incidents = [];
    private readonly Dictionary<(int Border, int Year, int Month), int> _months = [];
    private readonly Dictionary<(int Actor, int Border, IncidentType Type, IncidentStatus Status), int> _actors = [];
    private readonly Dictionary<(int Year, int Month, int Border, IncidentType Type, IncidentStatus Status), int> _dates = [];
    private readonly Dictionary<(int Year, int Border, IncidentType Type, IncidentStatus Status), int> _years = [];
    private readonly Dictionary<(int Actor, int Year, int Month, int Border, IncidentType Type, IncidentStatus Status), int> _actorDates = [];
    private readonly Dictionary<(int Actor, int Other, int Border, IncidentType Type, IncidentStatus Status), int> _pairs = [];
    private readonly Dictionary<(int Actor, int Other, int Year, int Month, int Border, IncidentType Type, IncidentStatus Status), int> _pairMonths = [];
    private readonly Dictionary<int, int> _places = [];
    private readonly HashSet<int> _seen = [];

    /// <summary>Counts one inserted incident with the actors of its links (any order, repeats for several roles).</summary>
    public void Add(Incident incident, IEnumerable<int> actorIds)
    {
        if (incident.Hidden) return;
        var (border, type, status) = (incident.BorderSegmentId ?? 0, incident.Type, incident.Status);
        var year = incident.DateYear ?? 0;
        var month = incident.DateYear is null ? 0 : incident.DateMonth ?? 0;
        Count(_incidents, (border, type, status));
        Count(_months, (border, year, month));
        Count(_dates, (year, month, border, type, status));
        Count(_years, (year, border, type, status));
        if (incident.PlaceId is int place) Count(_places, place);
        _seen.Clear();
        foreach (var actor in actorIds)
        {
            if (!_seen.Add(actor)) continue;
            Count(_actors, (actor, border, type, status));
            Count(_actorDates, (actor, year, month, border, type, status));
        }
        // Every ordered pair of the incident's distinct actors.
        foreach (var actor in _seen)
            foreach (var other in _seen)
                if (other != actor)
                {
                    Count(_pairs, (actor, other, border, type, status));
                    Count(_pairMonths, (actor, other, year, month, border, type, status));
                }
    }

    private static void Count<TKey>(Dictionary<TKey, int> counts, TKey key) where TKey : notnull =>
        counts[key] = counts.GetValueOrDefault(key) + 1;

    /// <summary>Adds the counts to the stored tallies in <paramref name="tx"/>, then forgets them.</summary>
    public async Task WriteAsync(ArticleStatements rows, DbTransaction tx, CancellationToken ct)
    {
        await rows.IncidentTallies.InsertManyAsync([.. _incidents.Select(p =>
            new IncidentTally { BorderKey = p.Key.Border, Type = p.Key.Type, Status = p.Key.Status, Count = p.Value })], tx, ct);
        await rows.MonthTallies.InsertManyAsync([.. _months.Select(p =>
            new MonthTally { BorderKey = p.Key.Border, Year = p.Key.Year, Month = p.Key.Month, Count = p.Value })], tx, ct);
        await rows.ActorTallies.InsertManyAsync([.. _actors.Select(p =>
            new ActorTally { ActorId = p.Key.Actor, BorderKey = p.Key.Border, Type = p.Key.Type, Status = p.Key.Status, Count = p.Value })], tx, ct);
        await rows.DateTallies.InsertManyAsync([.. _dates.Select(p => new DateTally
            { Year = p.Key.Year, Month = p.Key.Month, BorderKey = p.Key.Border, Type = p.Key.Type, Status = p.Key.Status, Count = p.Value })], tx, ct);
        await rows.YearTallies.InsertManyAsync([.. _years.Select(p =>
            new YearTally { Year = p.Key.Year, BorderKey = p.Key.Border, Type = p.Key.Type, Status = p.Key.Status, Count = p.Value })], tx, ct);
        await rows.ActorDateTallies.InsertManyAsync([.. _actorDates.Select(p => new ActorDateTally
        {
            ActorId = p.Key.Actor, Year = p.Key.Year, Month = p.Key.Month, BorderKey = p.Key.Border,
            Type = p.Key.Type, Status = p.Key.Status, Count = p.Value,
        })], tx, ct);
        await rows.ActorPairTallies.InsertManyAsync([.. _pairs.Select(p => new ActorPairTally
            { ActorId = p.Key.Actor, OtherActorId = p.Key.Other, BorderKey = p.Key.Border, Type = p.Key.Type, Status = p.Key.Status, Count = p.Value })], tx, ct);
        await rows.ActorPairMonthTallies.InsertManyAsync([.. _pairMonths.Select(p => new ActorPairMonthTally
        {
            ActorId = p.Key.Actor, OtherActorId = p.Key.Other, Year = p.Key.Year, Month = p.Key.Month, BorderKey = p.Key.Border,
            Type = p.Key.Type, Status = p.Key.Status, Count = p.Value,
        })], tx, ct);
        await rows.PlaceTallies.InsertManyAsync([.. _places.Select(p => new PlaceTally { PlaceId = p.Key, Count = p.Value })], tx, ct);
        Clear();
    }

    /// <summary>Forgets what is counted (the transaction ended, committed or not).</summary>
    public void Clear()
    {
        _incidents.Clear();
        _months.Clear();
        _actors.Clear();
        _dates.Clear();
        _years.Clear();
        _actorDates.Clear();
        _pairs.Clear();
        _pairMonths.Clear();
        _places.Clear();
    }
}
