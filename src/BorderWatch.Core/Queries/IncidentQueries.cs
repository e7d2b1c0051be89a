using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;

namespace BorderWatch.Core.Queries;

/// <summary>Turns an <see cref="IncidentFilter"/> into a query that EF translates on SQLite and PostgreSQL alike.</summary>
public static class IncidentQueries
{
    /// <summary>
    /// The filter with actor conditions as <c>Id IN (incidents of these actors)</c>, read from the (ActorId, IncidentId)
    /// index once, instead of a lookup per incident: what lists, facets and exports use on a large store.
    /// </summary>
    public static IQueryable<Incident> Apply(this IQueryable<Incident> q, IncidentFilter f, BorderWatchDbContext db)
    {
        var rest = f with { Countries = [], Organizations = [], Persons = [], ActorId = null };
        q = q.Apply(rest);
        var groups = new List<IQueryable<Actor>>();
        void Add(IReadOnlyList<string> selected, Func<IReadOnlyList<string>, IQueryable<Actor>> actors)
        {
            if (selected.Count == 0) return;
            if (f.ActorMatch == ActorMatch.All) groups.AddRange(selected.Select(n => actors([n])));
            else groups.Add(actors(selected));
        }
        Add(f.Countries.Select(c => c.Trim().ToUpperInvariant()).Distinct().ToList(),
            countries => db.Actors.Where(a => a.Kind == ActorKind.State && countries.Contains(a.CanonicalName)));
        Add(f.Organizations, names => Named(db, names, ActorKind.Organization, ActorKind.ArmedGroup));
        Add(f.Persons, names => Named(db, names, ActorKind.Person, ActorKind.Person));
        if (f.ActorId is int actorId) groups.Add(db.Actors.Where(a => a.Id == actorId));
        foreach (var actors in groups)
        {
            var actorIds = actors.Select(a => a.Id);
            var incidentIds = db.IncidentActors.Where(ia => actorIds.Contains(ia.ActorId)).Select(ia => ia.IncidentId);
            q = q.Where(i => incidentIds.Contains(i.Id));
        }
        return q;
    }

    internal static IQueryable<Actor> Named(BorderWatchDbContext db, IReadOnlyList<string> selected, ActorKind kind1, ActorKind kind2)
    {
        var names = LowerNames(selected);
        var folded = FoldedNames(selected);
        return db.Actors.Where(a => (a.Kind == kind1 || a.Kind == kind2)
            && (names.Contains(a.CanonicalName.ToLower())
                || a.Aliases.Any(al => folded.Contains(al.NormalizedAlias) || names.Contains(al.Alias.ToLower()))));
    }

    public static IQueryable<Incident> Apply(this IQueryable<Incident> q, IncidentFilter f)
    {
        // Superseded, from a syndicated copy, or rejected/merged by the latest review: kept by the store (Incident.Hidden).
        if (!f.IncludeRejected)
        {
            // "Hidden = @p", not "NOT Hidden": SQLite uses an index only for a comparison.
            var hidden = false;
            q = q.Where(i => i.Hidden == hidden);
        }

        if (f.WithoutBorder)
            q = q.Where(i => i.BorderSegmentId == null);
        else if (!string.IsNullOrWhiteSpace(f.Border))
        {
            var border = f.Border.Trim().ToUpperInvariant();
            q = q.Where(i => i.BorderSegment!.Code == border);
        }

        if (f.Countries.Count > 0)
        {
            var countries = f.Countries.Select(c => c.Trim().ToUpperInvariant()).Distinct().ToList();
            if (f.ActorMatch == ActorMatch.All)
                foreach (var country in countries)
                    q = q.Where(i => i.Actors.Any(a => a.Actor!.Kind == ActorKind.State && a.Actor.CanonicalName == country));
            else
                q = q.Where(i => i.Actors.Any(a => a.Actor!.Kind == ActorKind.State && countries.Contains(a.Actor.CanonicalName)));
        }

        q = ByNames(q, f.Organizations, f.ActorMatch, ActorKind.Organization, ActorKind.ArmedGroup);
        q = ByNames(q, f.Persons, f.ActorMatch, ActorKind.Person, ActorKind.Person);

        if (f.Types.Count > 0)
        {
            var types = f.Types.Distinct().ToList();
            q = q.Where(i => types.Contains(i.Type));
        }

        if (f.Statuses.Count > 0)
        {
            var statuses = f.Statuses.Distinct().ToList();
            q = q.Where(i => statuses.Contains(i.Status));
        }

        q = ByDate(q, f.From?.Start, f.To?.End, f.DateMatch);

        if (!string.IsNullOrWhiteSpace(f.Text))
        {
            // The full-text index (IncidentSearchIndex): summary, excerpts and the actors' names and aliases.
            var search = SearchQuery.Parse(f.Text);
            if (search.IsEmpty)
                q = q.Where(i => false);   // only punctuation: nothing can match
            else
            {
                var match = search.MatchExpression;
                // IN (not EXISTS): the match runs once, not once per incident.
                q = q.Where(i => BorderWatchDbContext.IncidentSearch(match).Select(h => h.IncidentId).Contains(i.Id));
            }
        }

        if (f.ArticleId is int articleId)
            q = q.Where(i => i.ArticleId == articleId);

        if (f.ActorId is int actorId)
            q = q.Where(i => i.Actors.Any(a => a.ActorId == actorId));

        if (f.PlaceIds.Count > 0)
        {
            var places = f.PlaceIds.Distinct().ToList();
            q = q.Where(i => i.PlaceId != null && places.Contains(i.PlaceId.Value));
        }

        return q;
    }

    /// <summary>
    /// Overlaps: an incident of "2021-07" matches from=2021-07-15 because its range reaches that day.
    /// Within: the incident's whole possible range lies inside [from, to]. Undated incidents never match a date filter.
    /// <paramref name="check"/>: whether a date index may serve the conditions, or each incident's dates are checked
    /// after it was found by key (<see cref="DateCheck"/>).
    /// </summary>
    internal static IQueryable<Incident> ByDate(IQueryable<Incident> q, DateOnly? from, DateOnly? to, DateMatch match,
        DateCheck check = DateCheck.ThroughDateIndex)
    {
        var within = match == DateMatch.Within;
        // Within: the start is on or after from and the end on or before to. Overlaps: the end reaches from and the
        // start is on or before to (only the start need be known for that bound).
        if (from is DateOnly f) q = q.Where(DateBound(within ? StartDate : EndDate, ExpressionType.GreaterThanOrEqual, f, endKnown: true, check));
        if (from is DateOnly f3 && !within && check == DateCheck.ThroughDateIndex)
        {
            // Implied, for the date index: an incident's date is a year, a month or a day (PartialDate), so it starts no
            // earlier than 1 January of the year it ends in, and one that ends on or after from starts on or after
            // 1 January of from's year. Without this lower bound the index (DateStart first) is walked from the oldest
            // incident up to "to" (SQLite 1M, the Taliban under 2016-03..2016-09: 31 ms of CPU, 7-10 ms with it).
            var yearStart = new DateOnly(f3.Year, 1, 1);
            q = q.Where(i => i.DateStart >= yearStart);
        }
        if (to is DateOnly t) q = q.Where(DateBound(within ? EndDate : StartDate, ExpressionType.LessThanOrEqual, t, endKnown: within, check));
        return q;
    }

    private static readonly Expression<Func<Incident, DateOnly?>> StartDate = i => i.DateStart, EndDate = i => i.DateEnd;

    /// <summary>
    /// <c>DateStart IS NOT NULL [AND DateEnd IS NOT NULL] AND date op @bound</c>, the bound a parameter; with
    /// <see cref="DateCheck.PerIncident"/> the date is moved by zero days (<c>date(x, '0 days')</c> on SQLite, <c>x + 0</c>
    /// on PostgreSQL): the same date, but no index on it (a coalesce would not do: EF drops it beside the IS NOT NULL test).
    /// </summary>
    private static Expression<Func<Incident, bool>> DateBound(Expression<Func<Incident, DateOnly?>> date, ExpressionType comparison,
        DateOnly bound, bool endKnown, DateCheck check)
    {
        var incident = date.Parameters[0];
        var none = Expression.Constant(null, typeof(DateOnly?));
        Expression known = Expression.NotEqual(Expression.Property(incident, nameof(Incident.DateStart)), none);
        if (endKnown) known = Expression.AndAlso(known, Expression.NotEqual(Expression.Property(incident, nameof(Incident.DateEnd)), none));
        Expression value = Expression.Property(date.Body, nameof(Nullable<DateOnly>.Value));
        if (check == DateCheck.PerIncident)
            value = Expression.Call(value, nameof(DateOnly.AddDays), null, Expression.Constant(0));
        // A captured value, so EF sends it as a parameter (one statement text whatever the date), as a lambda's closure does.
        var boundValue = Expression.Property(Expression.Constant(new Bound(bound)), nameof(Bound.Value));
        var compared = Expression.MakeBinary(comparison, value, boundValue);
        return Expression.Lambda<Func<Incident, bool>>(Expression.AndAlso(known, compared), incident);
    }

    private sealed record Bound(DateOnly Value);

    /// <summary>Incidents whose dates reach outside the filter's range (imprecise for it); none without a date filter.</summary>
    public static IQueryable<Incident> ImpreciseFor(this IQueryable<Incident> q, IncidentFilter f)
    {
        var from = f.From?.Start;
        var to = f.To?.End;
        if (from is null && to is null) return q.Where(i => false);
        if (from is DateOnly a && to is DateOnly b) return q.Where(i => i.DateStart < a || i.DateEnd > b);
        if (from is DateOnly a2) return q.Where(i => i.DateStart < a2);
        var b2 = to!.Value;
        return q.Where(i => i.DateEnd > b2);
    }

    /// <summary>Organizations or persons by canonical name or alias (any case, diacritics folded); any or all of them.</summary>
    private static IQueryable<Incident> ByNames(IQueryable<Incident> q, IReadOnlyList<string> selected, ActorMatch match, ActorKind kind1, ActorKind kind2)
    {
        if (selected.Count == 0) return q;
        var groups = match == ActorMatch.All ? selected.Select(n => (IReadOnlyList<string>)[n]).ToList() : [selected];
        foreach (var group in groups)
        {
            var names = LowerNames(group);
            var folded = FoldedNames(group);
            q = q.Where(i => i.Actors.Any(a =>
                (a.Actor!.Kind == kind1 || a.Actor.Kind == kind2)
                && (names.Contains(a.Actor.CanonicalName.ToLower())
                    || a.Actor.Aliases.Any(al => folded.Contains(al.NormalizedAlias) || names.Contains(al.Alias.ToLower())))));
        }
        return q;
    }

    private static List<string> LowerNames(IEnumerable<string> names) =>
        names.Select(n => n.Trim().ToLowerInvariant()).Where(n => n.Length > 0).Distinct().ToList();

    private static List<string> FoldedNames(IEnumerable<string> names) =>
        names.Select(FoldName).Where(n => n.Length > 0).Distinct().ToList();

    /// <summary>Lower-case with diacritics removed, the way <see cref="ActorAlias.NormalizedAlias"/> is described.</summary>
    public static string FoldName(string name)
    {
        var decomposed = name.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                sb.Append(c);
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}

/// <summary>How a statement's date conditions are met (<see cref="IncidentQueries.ByDate"/>).</summary>
public enum DateCheck
{
    /// <summary>A date index may serve them: the statement walks the incidents of the range.</summary>
    ThroughDateIndex,
    /// <summary>
    /// No index serves them: for a statement that starts from a few incident ids (<see cref="ResolvedFilter"/>'s driving
    /// ids, at most <see cref="ResolvedFilter.KeyLookupLimit"/>), looked up by key and then checked, instead of the planner
    /// walking the date index over the whole range and checking each entry against the list (SQLite 1M: 666 search ids
    /// under 2015–2019 took 43 ms of CPU through the date index and 1.8 ms by key).
    /// </summary>
    PerIncident,
}
