using System.Globalization;
using System.Text;
using BorderWatch.Core.Domain;

namespace BorderWatch.Core.Queries;

/// <summary>Turns an <see cref="IncidentFilter"/> into a query that EF translates on SQLite and PostgreSQL alike.</summary>
public static class IncidentQueries
{
    public static IQueryable<Incident> Apply(this IQueryable<Incident> q, IncidentFilter f)
    {
        if (!f.IncludeRejected)
        {
            q = q.Where(i => !i.Superseded && i.Article!.DuplicateOfId == null);
            // Reviews are append-only, so the latest decision is the one with the highest id
            // (ordering by DateTimeOffset is not translatable on SQLite).
            q = q.Where(i => !i.Reviews.OrderByDescending(r => r.Id).Take(1)
                .Any(r => r.Decision == ReviewDecision.Rejected || r.Decision == ReviewDecision.Merged));
        }

        if (!string.IsNullOrWhiteSpace(f.Border))
        {
            var border = f.Border.Trim().ToUpperInvariant();
            q = q.Where(i => i.BorderSegment!.Code == border);
        }

        if (f.Countries.Count > 0)
        {
            var countries = f.Countries.Select(c => c.Trim().ToUpperInvariant()).Distinct().ToList();
            q = q.Where(i => i.Actors.Any(a => a.Actor!.Kind == ActorKind.State && countries.Contains(a.Actor.CanonicalName)));
        }

        if (f.Organizations.Count > 0)
        {
            var names = LowerNames(f.Organizations);
            var folded = FoldedNames(f.Organizations);
            q = q.Where(i => i.Actors.Any(a =>
                (a.Actor!.Kind == ActorKind.Organization || a.Actor.Kind == ActorKind.ArmedGroup)
                && (names.Contains(a.Actor.CanonicalName.ToLower())
                    || a.Actor.Aliases.Any(al => folded.Contains(al.NormalizedAlias) || names.Contains(al.Alias.ToLower())))));
        }

        if (f.Persons.Count > 0)
        {
            var names = LowerNames(f.Persons);
            var folded = FoldedNames(f.Persons);
            q = q.Where(i => i.Actors.Any(a =>
                a.Actor!.Kind == ActorKind.Person
                && (names.Contains(a.Actor.CanonicalName.ToLower())
                    || a.Actor.Aliases.Any(al => folded.Contains(al.NormalizedAlias) || names.Contains(al.Alias.ToLower())))));
        }

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

        // Date-range overlap: an incident of "2021-07" matches from=2021-07-15 because its range reaches that day.
        if (f.From?.Start is DateOnly from)
            q = q.Where(i => i.DateStart != null && i.DateEnd != null && i.DateEnd >= from);
        if (f.To?.End is DateOnly to)
            q = q.Where(i => i.DateStart != null && i.DateStart <= to);

        if (!string.IsNullOrWhiteSpace(f.Text))
        {
            // ToLower + Contains translates to lower()/instr on SQLite and lower()/strpos on PostgreSQL; on SQLite the
            // store replaces lower() with a Unicode-aware one (SqliteUnicodeCase), so Cyrillic folds on both.
            var text = f.Text.Trim().ToLowerInvariant();
            q = q.Where(i => i.Summary.ToLower().Contains(text) || i.Excerpts.Any(e => e.Text.ToLower().Contains(text)));
        }

        if (f.ArticleId is int articleId)
            q = q.Where(i => i.ArticleId == articleId);

        if (f.ActorId is int actorId)
            q = q.Where(i => i.Actors.Any(a => a.ActorId == actorId));

        return q;
    }

    private static List<string> LowerNames(IEnumerable<string> names) =>
        names.Select(n => n.Trim().ToLowerInvariant()).Where(n => n.Length > 0).Distinct().ToList();

    private static List<string> FoldedNames(IEnumerable<string> names) =>
        names.Select(FoldName).Where(n => n.Length > 0).Distinct().ToList();

    /// <summary>Lower-case with diacritics removed, the way <see cref="ActorAlias.NormalizedAlias"/> is described.</summary>
    internal static string FoldName(string name)
    {
        var decomposed = name.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                sb.Append(c);
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
