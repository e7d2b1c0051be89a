using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Queries;

/// <summary>
/// An <see cref="IncidentFilter"/> whose expensive parts were worked out once for a request instead of in every
/// statement of it: the selected actors' names and aliases become actor ids (one small lookup), and the full-text match
/// runs once and becomes the ids of the incidents it found when they are at most <see cref="TextIdLimit"/> (a broader
/// match stays in SQL). Lists, counts and facets then build their queries from it (<see cref="Query"/>), so a request
/// runs the match and the alias lookups once, not once per statement. The results are those of
/// <see cref="IncidentQueries.Apply(IQueryable{Incident}, IncidentFilter)"/>.
/// </summary>
public sealed class ResolvedFilter
{
    /// <summary>Full-text matches up to this many are passed on as ids; more stay a match inside each statement.</summary>
    public const int TextIdLimit = 20_000;

    /// <summary>
    /// Driving ids up to this many are looked up by key with their dates checked one by one; more are matched while
    /// the date index is walked (a page in date order stops after its rows; SQLite 1M, 15,894 ids under 2015–2019: the
    /// page's 50 rows 2.5 ms through the index against 25–36 ms by key, while 666 search ids took 43 ms through the
    /// index and 1.8 ms by key).
    /// </summary>
    public const int KeyLookupLimit = 2_000;

    private readonly IncidentFilter rest;
    /// <summary>Each group: incidents involving any of these actors; tagged with the facet it came from (null: <see cref="IncidentFilter.ActorId"/>).</summary>
    private readonly IReadOnlyList<(FacetField? Field, IReadOnlyList<int> ActorIds)> actorGroups;
    private readonly IReadOnlyList<int>? textIds;
    /// <summary>The incidents of each actor group that has at most <see cref="TextIdLimit"/> of them (null: more).</summary>
    private readonly IReadOnlyList<IReadOnlyList<int>?> groupIds;
    /// <summary>The intersection of the text ids and the small groups' ids: the few incidents every statement starts from.</summary>
    private readonly IReadOnlyList<int>? driver;

    /// <summary>What the request has read once and its variants (<see cref="Without"/>, same dates) reuse: the tally cells of the dates.</summary>
    private readonly Shared shared;

    private sealed class Shared
    {
        public Task<IReadOnlyList<TallyCell>>? Cells;
        public readonly Dictionary<string, Task<IReadOnlyList<ActorCell>>> ActorCells = [];
        public int KeyLookupLimit = ResolvedFilter.KeyLookupLimit;
    }

    /// <summary>The capped rows of this filter, once read (the page's total and the facets share them).</summary>
    private (int Cap, List<CappedRow> Rows)? capped;

    private ResolvedFilter(IncidentFilter filter, IncidentFilter rest, IReadOnlyList<(FacetField?, IReadOnlyList<int>)> actorGroups,
        IReadOnlyList<int>? textIds, IReadOnlyList<IReadOnlyList<int>?> groupIds, Shared? shared = null, bool groupsLeftUnread = false)
    {
        GroupsLeftUnread = groupsLeftUnread;
        this.shared = shared ?? new Shared();
        Filter = filter;
        this.rest = rest;
        this.actorGroups = actorGroups;
        this.textIds = textIds;
        this.groupIds = groupIds;
        IEnumerable<int>? set = textIds;
        foreach (var ids in groupIds.OfType<IReadOnlyList<int>>()) set = set is null ? ids : set.Intersect(ids);
        driver = set?.Distinct().Order().ToList();
    }

    /// <summary>The filter as the analyst gave it.</summary>
    public IncidentFilter Filter { get; }

    /// <summary>
    /// Whether an actor group small enough to be read as ids was left to a per-incident check instead
    /// (<c>readGroupsUpTo</c> of <see cref="ResolveAsync"/>): the same incidents, read faster for a short walked page only.
    /// </summary>
    public bool GroupsLeftUnread { get; }

    /// <summary>Whether the full-text match was run once and passed on as ids.</summary>
    public bool TextResolved => textIds is not null;

    /// <param name="idLimit">Text matches and actor groups of at most this many incidents become ids (<see cref="TextIdLimit"/>;
    /// tests lower it to check the per-incident path on a small store).</param>
    /// <param name="keyLookupLimit">Driving ids up to this many are looked up by key (<see cref="KeyLookupLimit"/>; tests
    /// lower it to check the date-index path on a small store).</param>
    /// <param name="readGroupsUpTo">Actor groups whose largest actor has more listed incidents than this are not read as ids
    /// but checked per incident (<see cref="GroupsLeftUnread"/>): an export's walked first rows do not wait for a large
    /// organisation's ids (null: every group up to <paramref name="idLimit"/> is read).</param>
    public static async Task<ResolvedFilter> ResolveAsync(BorderWatchDbContext db, IncidentFilter f, CancellationToken ct = default,
        int idLimit = TextIdLimit, int keyLookupLimit = KeyLookupLimit, int? readGroupsUpTo = null)
    {
        var rest = f with { Countries = [], Organizations = [], Persons = [], ActorId = null };
        var groups = new List<(FacetField?, IReadOnlyList<int>)>();
        async Task AddAsync(FacetField field, IReadOnlyList<string> selected, Func<IReadOnlyList<string>, IQueryable<Actor>> actors)
        {
            if (selected.Count == 0) return;
            if (f.ActorMatch == ActorMatch.All)
                foreach (var name in selected) groups.Add((field, await actors([name]).Select(a => a.Id).Distinct().ToListAsync(ct)));
            else groups.Add((field, await actors(selected).Select(a => a.Id).Distinct().ToListAsync(ct)));
        }
        var countries = f.Countries.Select(c => c.Trim().ToUpperInvariant()).Distinct().ToList();
        if (countries.Count > 0)
        {
            // States by code from the kept reference rows (no statement while nothing was written).
            var states = (await StoreReferences.ReadAsync(db, ct)).Actors.Where(a => a.Kind == ActorKind.State).ToList();
            IReadOnlyList<int> StatesOf(IReadOnlyList<string> codes) =>
                states.Where(a => codes.Contains(a.CanonicalName, StringComparer.Ordinal)).Select(a => a.Id).Distinct().ToList();
            if (f.ActorMatch == ActorMatch.All) groups.AddRange(countries.Select(c => ((FacetField?)FacetField.Country, StatesOf([c]))));
            else groups.Add((FacetField.Country, StatesOf(countries)));
        }
        await AddAsync(FacetField.Organization, f.Organizations, names => IncidentQueries.Named(db, names, ActorKind.Organization, ActorKind.ArmedGroup));
        await AddAsync(FacetField.Person, f.Persons, names => IncidentQueries.Named(db, names, ActorKind.Person, ActorKind.Person));
        if (f.ActorId is int actorId) groups.Add((null, [actorId]));

        List<int>? textIds = null;
        if (!string.IsNullOrWhiteSpace(f.Text))
        {
            var search = SearchQuery.Parse(f.Text);
            if (search.IsEmpty) textIds = [];   // only punctuation: nothing can match
            else
            {
                var match = search.MatchExpression;
                var found = await db.FromExpression(() => BorderWatchDbContext.IncidentSearch(match)).Select(h => h.IncidentId)
                    .Take(idLimit + 1).ToListAsync(ct);
                if (found.Count <= idLimit) textIds = found;
            }
            if (textIds is not null) rest = rest with { Text = null };
        }
        // An actor with few incidents (a person, a small group) is read as ids once; a big one (a state) is checked per
        // incident through the (IncidentId, ActorId) key while the list is walked in order. Which groups are big is told
        // by the actor tallies (listed incidents per actor: one small grouped read for every group) instead of reading
        // up to 20,001 links of a state to find out (on PostgreSQL at 1M, 0.26-0.46 s per request at load 60).
        // The tallies count listed incidents only, so a group they call small is still read and checked against the limit.
        var listed = new Dictionary<int, int>();
        var allActorIds = groups.SelectMany(g => g.Item2).Distinct().ToList();
        if (allActorIds.Count > 0)
            listed = await db.ActorTallies.AsNoTracking().Where(t => allActorIds.Contains(t.ActorId))
                .GroupBy(t => t.ActorId).Select(g => new { g.Key, N = g.Sum(t => t.Count) })
                .ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var groupIds = new List<IReadOnlyList<int>?>();
        var unread = false;
        foreach (var (_, actorIds) in groups)
        {
            if (actorIds.Count == 0) { groupIds.Add([]); continue; }
            if (readGroupsUpTo is int most && actorIds.Max(a => listed.GetValueOrDefault(a)) > most) { groupIds.Add(null); unread = true; continue; }
            // Each listed incident of the group is counted once per actor of it it names, so the sum can only overstate:
            // past the limit only when the actor with the most incidents alone is.
            if (actorIds.Max(a => listed.GetValueOrDefault(a)) > idLimit) { groupIds.Add(null); continue; }
            var found = await db.IncidentActors.Where(ia => EF.Parameter(actorIds).Contains(ia.ActorId)).Select(ia => ia.IncidentId)
                .Distinct().Take(idLimit + 1).ToListAsync(ct);
            groupIds.Add(found.Count <= idLimit ? found : null);
        }
        return new ResolvedFilter(f, rest, groups, textIds, groupIds, new Shared { KeyLookupLimit = keyLookupLimit }, unread);
    }

    /// <summary>The same filter with one facet's dimension cleared (<see cref="IncidentFacets.Without"/>), without resolving again.</summary>
    public ResolvedFilter Without(FacetField field) => field switch
    {
        FacetField.Country or FacetField.Organization or FacetField.Person => new ResolvedFilter(
            IncidentFacets.Without(Filter, field), rest,
            actorGroups.Where(g => g.Field != field).ToList(), textIds,
            groupIds.Where((_, k) => actorGroups[k].Field != field).ToList(), shared),
        _ => new ResolvedFilter(IncidentFacets.Without(Filter, field), IncidentFacets.Without(rest, field), actorGroups, textIds, groupIds, shared),
    };

    /// <summary>
    /// The (border, type, status) cells of listed incidents under the filter's dates (<see cref="TalliedCounts.CellsAsync"/>),
    /// read once per request whatever the facet or total that asks.
    /// </summary>
    public Task<IReadOnlyList<TallyCell>> CellsAsync(BorderWatchDbContext db, CancellationToken ct = default) =>
        shared.Cells ??= TalliedCounts.CellsAsync(db, Filter, ct);

    /// <summary>
    /// Takes the store's tally cells without dates (<see cref="TalliedCounts.CellsAsync"/> under a filter without dates:
    /// every cell of the incident tallies) that the caller read for this request already, so <see cref="CellsAsync"/>
    /// does not read them again. Ignored when the filter has dates (its cells are other ones) or the cells were read.
    /// </summary>
    public ResolvedFilter WithStoreCells(IReadOnlyList<TallyCell>? storeCells)
    {
        if (storeCells is not null && !TalliedCounts.IsDated(Filter) && shared.Cells is null) shared.Cells = Task.FromResult(storeCells);
        return this;
    }

    /// <summary>The one actor the filter's actors come to: one actor group of one actor (null: no actor filter, or more).</summary>
    public int? SoleActorId => actorGroups.Count == 1 && actorGroups[0].ActorIds.Count == 1 ? actorGroups[0].ActorIds[0] : null;

    /// <summary>
    /// The (actor, border, type, status) cells of these actors' listed incidents under the filter's dates
    /// (<see cref="TalliedCounts.ActorCellsAsync"/>), read once per request and set of actors.
    /// </summary>
    public Task<IReadOnlyList<ActorCell>> ActorCellsAsync(BorderWatchDbContext db, IReadOnlyCollection<int> actorIds, CancellationToken ct = default)
    {
        var key = string.Join(",", actorIds.Distinct().Order());
        if (!shared.ActorCells.TryGetValue(key, out var cells))
            shared.ActorCells[key] = cells = TalliedCounts.ActorCellsAsync(db, Filter, actorIds, ct);
        return cells;
    }

    /// <summary>
    /// The first <paramref name="cap"/> + 1 filtered incidents (in no particular order) with what the counts need: their
    /// border, type and status, and whether their dates reach outside an "overlaps" date range. Read in one statement,
    /// once per filter and request (the page's total and the facets that count under the whole filter share it).
    /// </summary>
    public async Task<List<CappedRow>> CappedRowsAsync(BorderWatchDbContext db, int cap, CancellationToken ct = default)
    {
        if (capped is { } done && done.Cap == cap) return done.Rows;
        var q = Query(db);
        List<CappedRow> rows;
        if (Filter.DateMatch == DateMatch.Overlaps && TalliedCounts.IsDated(Filter))
        {
            var from = Filter.From?.Start ?? DateOnly.MinValue;
            var to = Filter.To?.End ?? DateOnly.MaxValue;
            rows = await q.Select(i => new CappedRow(i.Id, i.BorderSegmentId, i.Type, i.Status, i.DateStart < from || i.DateEnd > to))
                .Take(cap + 1).ToListAsync(ct);
        }
        else rows = await q.Select(i => new CappedRow(i.Id, i.BorderSegmentId, i.Type, i.Status, false)).Take(cap + 1).ToListAsync(ct);
        capped = (cap, rows);
        return rows;
    }

    /// <summary>
    /// Pages in date order that end within this many rows are read by walking the date index with a key probe per actor
    /// group (<see cref="Query"/> with <c>walk</c>) when the groups' ids are many: the walk stops after the page's rows.
    /// SQLite, newest 50 of a state's 17,493 incidents at 100k: 0.1 ms walked against 30–45 ms by ids (SQLite reads every id
    /// by key and sorts them); at 1M, a person's 3,065 (0.3% of the store): 11–19 ms walked, 22–27 ms by ids. Deeper pages
    /// walk further (about rows / the group's share), so they read by ids.
    /// </summary>
    public const int WalkedRows = 100;

    /// <summary>The filtered incidents (not tracked).</summary>
    /// <param name="walk">For a page in date order ending within <see cref="WalkedRows"/>: actor groups of more than
    /// <see cref="KeyLookupLimit"/> incidents (without a resolved text match) are probed per walked incident instead of
    /// passed as ids.</param>
    public IQueryable<Incident> Query(BorderWatchDbContext db, bool walk = false)
    {
        IQueryable<Incident> q;
        if (walk && textIds is null && driver is not null && driver.Count > shared.KeyLookupLimit)
        {
            q = db.Incidents.AsNoTracking().Apply(rest);
            foreach (var (_, actorIds) in actorGroups)
            {
                var ids = actorIds;
                q = q.Where(i => i.Actors.Any(a => ids.Contains(a.ActorId)));
            }
            return q;
        }
        if (driver is not null && driver.Count <= shared.KeyLookupLimit)
        {
            // A few ids drive the statement: they are looked up by key and their dates checked, never the date index
            // walked over the filter's whole range (DateCheck.PerIncident).
            q = db.Incidents.AsNoTracking().Apply(rest with { From = null, To = null });
            if (driver.Count == 0) return q.Where(i => false);
            var few = driver;
            q = q.Where(i => EF.Parameter(few).Contains(i.Id));
            q = IncidentQueries.ByDate(q, rest.From?.Start, rest.To?.End, rest.DateMatch, DateCheck.PerIncident);
        }
        else
        {
            q = db.Incidents.AsNoTracking().Apply(rest);
            if (driver is not null)
            {
                var ids = driver;
                q = q.Where(i => EF.Parameter(ids).Contains(i.Id));
            }
        }
        for (var k = 0; k < actorGroups.Count; k++)
        {
            if (groupIds[k] is not null) continue;   // part of the driving ids
            var actorIds = actorGroups[k].ActorIds;
            q = q.Where(i => i.Actors.Any(a => EF.Parameter(actorIds).Contains(a.ActorId)));
        }
        return q;
    }
}

/// <summary>One filtered incident as counts read it (<see cref="ResolvedFilter.CappedRowsAsync"/>).</summary>
public sealed record CappedRow(int Id, int? BorderSegmentId, IncidentType Type, IncidentStatus Status, bool Imprecise);
