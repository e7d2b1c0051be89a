using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Queries;

/// <summary>
/// Loads filtered incidents as <see cref="IncidentRecord"/>s, in the view's order, a batch at a time so an export
/// streams; writes them as JSON, CSV or GeoJSON (<c>IncidentExport.Formats.cs</c>).
/// </summary>
public static partial class IncidentExport
{
    /// <summary>Incidents loaded per round trip while streaming.</summary>
    public const int BatchSize = 500;

    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // Exports are files, not HTML: keep Cyrillic, accents and quotes readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>CSV columns, in order; the same names as the JSON fields.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "doc", "id", "type", "date", "datePrecision", "dateInferred", "border", "countries", "organizations", "persons",
        "location", "latitude", "longitude", "status", "attribution", "killed", "wounded", "detained", "casualties", "excerpt", "excerptStart", "excerptEnd", "url",
        "confidence", "summary", "articleId", "title", "review", "reviewedBy", "reviewedAt", "permalink",
    ];

    /// <summary>All records at once, oldest first (the CLI's default); prefer <see cref="StreamAsync"/> for large views.</summary>
    public static Task<IReadOnlyList<IncidentRecord>> LoadAsync(BorderWatchDbContext db, IncidentFilter f, CancellationToken ct = default) =>
        LoadAsync(db, f, IncidentOrder.Oldest, null, ct);

    public static async Task<IReadOnlyList<IncidentRecord>> LoadAsync(BorderWatchDbContext db, IncidentFilter f, IncidentOrder order,
        string? baseUrl, CancellationToken ct = default)
    {
        var list = new List<IncidentRecord>();
        await foreach (var r in StreamAsync(db, f, order, baseUrl, ct)) list.Add(r);
        return list;
    }

    /// <summary>
    /// The records of the filtered view in its order, a batch at a time so the first records are out before the last
    /// are read. The filter is resolved once as for the list (<see cref="ResolvedFilter"/>: actor ids, text matches and
    /// small actor groups as ids), so an export holds exactly the list's incidents in the list's order, with the records of
    /// their articles' syndicated copies after their original's (ADR 0015). In the date
    /// orders each batch's ids are the next <paramref name="batchSize"/> after the last one sent (a keyset read of the
    /// date index: the first byte does not wait for the whole view); type, status and border orders do the same within each
    /// group; only the confidence order reads the ordered ids first.
    /// <paramref name="baseUrl"/> (the dashboard's address, e.g. "https://bw.example.org/") fills <see cref="IncidentRecord.Permalink"/>.
    /// </summary>
    /// <remarks>In date orders the first rows do not wait for a large actor group's ids: the filter is first resolved with
    /// groups of more than <paramref name="keyLookupLimit"/> incidents left to a per-incident check (what the walked first
    /// read does with them anyway), and resolved whole for the reads after it (SQLite 1M, <c>?org=Taliban</c>: its
    /// 15,718 ids are read after the first 50 rows are out, not before).</remarks>
    public static async IAsyncEnumerable<IncidentRecord> StreamAsync(BorderWatchDbContext db, IncidentFilter f, IncidentOrder order,
        string? baseUrl = null, [EnumeratorCancellation] CancellationToken ct = default, int batchSize = BatchSize,
        int keyLookupLimit = ResolvedFilter.KeyLookupLimit)
    {
        var walked = order is IncidentOrder.Newest or IncidentOrder.Oldest && LeadSize(batchSize) <= ResolvedFilter.WalkedRows;
        var resolved = await ResolvedFilter.ResolveAsync(db, f, ct, keyLookupLimit: keyLookupLimit, readGroupsUpTo: walked ? keyLookupLimit : null);
        Func<Task<IQueryable<Incident>>>? later = resolved.GroupsLeftUnread
            ? async () => (await ResolvedFilter.ResolveAsync(db, f, ct, keyLookupLimit: keyLookupLimit)).Query(db)
            : null;
        await foreach (var record in StreamAsync(db, resolved, order, baseUrl, ct, batchSize, later))
            yield return record;
    }

    /// <summary>The same for a filter already resolved (<see cref="ResolvedFilter.ResolveAsync"/>).</summary>
    public static IAsyncEnumerable<IncidentRecord> StreamAsync(BorderWatchDbContext db, ResolvedFilter resolved, IncidentOrder order,
        string? baseUrl = null, CancellationToken ct = default, int batchSize = BatchSize) =>
        StreamAsync(db, resolved, order, baseUrl, ct, batchSize, later: null);

    /// <summary>
    /// At most this many incidents make an export's first read (the walked first read of the date orders): the walk under
    /// large actor groups and dates reads about this many / the groups' share of the range before it stops (PostgreSQL 1M,
    /// OSCE or EU under 2015-2019: 2,924 date-index entries and their link probes for 50 rows, in a parallel plan that
    /// waited for its workers, 66-121 ms; 236 entries for 10, serial, 1.5-12.6 ms), and the first load is as small (store26).
    /// </summary>
    public const int LeadRows = 10;

    /// <summary>The first read: a tenth of a batch, at most <see cref="LeadRows"/>.</summary>
    private static int LeadSize(int batchSize) => Math.Max(1, Math.Min(LeadRows, Math.Max(1, batchSize) / 10));

    /// <param name="later">The query of the reads after the first (<see cref="IncidentListing.OrderedIdBatchesAsync"/>).</param>
    private static async IAsyncEnumerable<IncidentRecord> StreamAsync(BorderWatchDbContext db, ResolvedFilter resolved, IncidentOrder order,
        string? baseUrl, [EnumeratorCancellation] CancellationToken ct, int batchSize, Func<Task<IQueryable<Incident>>>? later)
    {
        var prefix = PermalinkPrefix(baseUrl);
        batchSize = Math.Max(1, batchSize);
        var first = true;
        // The first tenth of the first batch (at most LeadRows) is read on its own, in date orders through the walked query
        // of a list's first page (a large actor group's date index walked with a key probe, not all its ids read by key and
        // sorted), then loaded and sent: the first rows are out after a read and a load of 10 incidents, not 500.
        var leadSize = LeadSize(batchSize);
        var copied = new HashSet<int>();
        await foreach (var batch in IncidentListing.OrderedIdBatchesAsync(resolved.Query(db), order, batchSize, ct, db,
                           lead: leadSize <= ResolvedFilter.WalkedRows ? resolved.Query(db, walk: true) : null, leadSize: leadSize, later: later))
        {
            var lead = first ? Math.Min(batch.Length, leadSize) : batch.Length;
            first = false;
            foreach (var record in await WithCopiesAsync(db, resolved.Filter, await LoadBatchAsync(db, batch[..lead], prefix, ct), copied, prefix, ct))
                yield return record;
            if (lead < batch.Length)
                foreach (var record in await WithCopiesAsync(db, resolved.Filter, await LoadBatchAsync(db, batch[lead..], prefix, ct), copied, prefix, ct))
                    yield return record;
        }
    }

    /// <summary>A batch's records, each article's last record followed by the records of its syndicated copies (ADR 0015).</summary>
    private static async Task<IReadOnlyList<IncidentRecord>> WithCopiesAsync(BorderWatchDbContext db, IncidentFilter f,
        IReadOnlyList<IncidentRecord> batch, HashSet<int> copied, string? prefix, CancellationToken ct)
    {
        var copies = await CopyIncidentIdsAsync(db, f, batch, copied, ct);
        if (copies.Length == 0) return batch;
        var records = (await LoadBatchAsync(db, copies.Select(c => c.Id).ToArray(), prefix, ct)).ToDictionary(r => r.Id);
        var byOriginal = copies.Where(c => records.ContainsKey(c.Id)).GroupBy(c => c.Original).ToDictionary(g => g.Key, g => g.Select(c => records[c.Id]).ToList());
        var last = new Dictionary<int, int>();
        for (var n = 0; n < batch.Count; n++) last[batch[n].ArticleId] = n;
        var result = new List<IncidentRecord>(batch.Count + records.Count);
        for (var n = 0; n < batch.Count; n++)
        {
            result.Add(batch[n]);
            if (last[batch[n].ArticleId] == n && byOriginal.TryGetValue(batch[n].ArticleId, out var following)) result.AddRange(following);
        }
        return result;
    }

    /// <summary>
    /// The incidents of the syndicated copies (<see cref="Article.DuplicateOfId"/>) of the articles of a batch's records
    /// that match the filter, not yet sent (ADR 0015): a copy is a source in its own right, so the export carries what it
    /// reported under its own <c>doc</c>, after its original's records, while lists and counts skip it (its incidents are
    /// <see cref="Incident.Hidden"/>). Superseded ones and those the latest review rejects or merges stay out, as for the
    /// listed incidents, and so do those whose original incident (same excerpt words) the latest review rejects or merges. With <see cref="IncidentFilter.IncludeRejected"/> the copies' incidents are in the view already.
    /// </summary>
    private static async Task<(int Id, int Original)[]> CopyIncidentIdsAsync(BorderWatchDbContext db, IncidentFilter f,
        IReadOnlyList<IncidentRecord> batch, HashSet<int> copied, CancellationToken ct)
    {
        if (f.IncludeRejected) return [];
        var originals = batch.Select(r => r.ArticleId).Distinct().Where(copied.Add).ToArray();
        if (originals.Length == 0) return [];
        var copies = db.Articles.Where(a => a.DuplicateOfId != null && EF.Parameter(originals).Contains(a.DuplicateOfId.Value)).Select(a => a.Id);
        var rows = await db.Incidents.AsNoTracking().Apply(f with { IncludeRejected = true })
            .Where(i => i.Hidden && !i.Superseded && copies.Contains(i.ArticleId))
            .Where(LatestReviewKeeps)
            // The analyst reviews the original's incidents, not the hidden copy's: an original incident with the same
            // excerpt words that the latest review rejects or merges takes the copy's record out with it.
            .Where(i => !db.Incidents.Where(o => o.ArticleId == i.Article!.DuplicateOfId
                && o.Excerpts.Any(oe => i.Excerpts.Any(ie => ie.Text == oe.Text))).Where(LatestReviewRejectsOrMerges).Any())
            .OrderBy(i => i.ArticleId).ThenBy(i => i.Id).Select(i => new { i.Id, Original = i.Article!.DuplicateOfId!.Value }).ToListAsync(ct);
        return [.. rows.Select(r => (r.Id, r.Original))];
    }

    /// <summary>The incident's latest review rejects or merges it (what takes an incident out of lists and exports).</summary>
    private static readonly Expression<Func<Incident, bool>> LatestReviewRejectsOrMerges =
        i => i.Reviews.OrderByDescending(r => r.Id).Take(1).Any(r => r.Decision == ReviewDecision.Rejected || r.Decision == ReviewDecision.Merged);

    /// <summary>The negation of <see cref="LatestReviewRejectsOrMerges"/>: unreviewed, or the latest review keeps it.</summary>
    private static readonly Expression<Func<Incident, bool>> LatestReviewKeeps =
        Expression.Lambda<Func<Incident, bool>>(Expression.Not(LatestReviewRejectsOrMerges.Body), LatestReviewRejectsOrMerges.Parameters);

    /// <summary>"https://host/base/" + "incidents/": where an incident's page lives under the dashboard's base URL.</summary>
    public static string? PermalinkPrefix(string? baseUrl) =>
        string.IsNullOrWhiteSpace(baseUrl) ? null : baseUrl.Trim().TrimEnd('/') + "/incidents/";

    private static async Task<IReadOnlyList<IncidentRecord>> LoadBatchAsync(BorderWatchDbContext db, int[] ids, string? permalinkPrefix, CancellationToken ct)
    {
        // Project instead of Include: the article's raw and cleaned text are large and not exported. All excerpts of
        // the batch are read and the first picked here: a Take(1) per incident becomes a window over every excerpt.
        // One array parameter (not one per id): the batch query is compiled once, whatever the batch's size.
        var rows = await db.Incidents.AsNoTracking()
            .Where(i => EF.Parameter(ids).Contains(i.Id))
            .Select(i => new
            {
                i.Id, i.Type, i.DateYear, i.DateMonth, i.DateDay, i.DateInferred,
                Border = i.BorderSegment != null ? i.BorderSegment.Code : null,
                Actors = i.Actors.Select(a => new { a.Actor!.Kind, a.Actor.CanonicalName }).ToList(),
                i.LocationText,
                PlaceName = i.Place != null ? i.Place.Name : null,
                Latitude = i.Place != null ? i.Place.Latitude : null,
                Longitude = i.Place != null ? i.Place.Longitude : null,
                i.Status, i.Attribution,
                Excerpts = i.Excerpts.Select(e => new { e.Text, e.Start, e.End }).ToList(),
                i.Article!.SourceName, i.Article.SourceUrl, i.Article.Title,
                i.Confidence, i.Summary, i.ArticleId,
            })
            .AsSplitQuery()
            .ToListAsync(ct);

        var casualties = await db.IncidentCasualties.AsNoTracking().Where(c => ids.Contains(c.IncidentId)).ToDictionaryAsync(c => c.IncidentId, ct);
        var byId = rows.ToDictionary(r => r.Id, r =>
        {
            var figures = casualties.GetValueOrDefault(r.Id);
            var date = new PartialDate(r.DateYear, r.DateMonth, r.DateDay);
            var excerpt = r.Excerpts.OrderBy(e => e.Start).FirstOrDefault();
            List<string> Names(params ActorKind[] kinds) => r.Actors.Where(a => kinds.Contains(a.Kind))
                .Select(a => a.CanonicalName).Distinct().Order(StringComparer.Ordinal).ToList();
            return new IncidentRecord
            {
                Doc = DocName(r.SourceName),
                Id = r.Id,
                Type = r.Type.ToCode(),
                Date = date.IsKnown ? date.ToString() : null,
                DatePrecision = date.Precision.ToCode(),
                DateInferred = r.DateInferred,
                Border = r.Border,
                Countries = Names(ActorKind.State),
                Organizations = Names(ActorKind.Organization, ActorKind.ArmedGroup),
                Persons = Names(ActorKind.Person),
                Location = r.LocationText ?? r.PlaceName,
                Latitude = r.Latitude,
                Longitude = r.Longitude,
                Status = r.Status.ToCode(),
                Attribution = r.Attribution,
                Killed = figures?.Killed, Wounded = figures?.Wounded, Detained = figures?.Detained, Casualties = figures?.Figures,
                Excerpt = excerpt?.Text,
                ExcerptStart = excerpt?.Start,
                ExcerptEnd = excerpt?.End,
                Url = r.SourceUrl,
                Confidence = r.Confidence,
                Summary = r.Summary,
                ArticleId = r.ArticleId,
                Title = r.Title,
                Permalink = permalinkPrefix is null ? null : permalinkPrefix + r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
        });
        // Analysts' decisions over the machine's values (reviewed incidents only).
        return await Review.ReviewOverlay.ApplyAsync(db, ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList(), ct);
    }

    /// <summary>The export's <c>doc</c>: the source's file name, without directory (also for URLs).</summary>
    public static string DocName(string sourceName)
    {
        var trimmed = sourceName.TrimEnd('/', '\\');
        var cut = trimmed.LastIndexOfAny(['/', '\\']);
        return cut >= 0 ? trimmed[(cut + 1)..] : trimmed;
    }

    /// <summary>
    /// A file name that says what the export holds, from the filter and the order:
    /// "borderwatch_AFG-TKM_Taliban_2015-2016.csv". ASCII letters, digits, '-', '_' and '.' only (other characters of
    /// names and search words are dropped or become '-'), at most about 120 characters.
    /// </summary>
    public static string FileName(IncidentFilter f, IncidentOrder order, string extension)
    {
        var parts = new List<string> { "borderwatch" };
        if (f.WithoutBorder) parts.Add("no-border");
        else if (f.Border is not null) parts.Add(f.Border);
        var joiner = f.ActorMatch == ActorMatch.All ? "+" : "-or-";
        foreach (var names in new[] { f.Countries, f.Organizations, f.Persons }.Where(n => n.Count > 0))
            parts.Add(string.Join(joiner, names));
        if (f.Types.Count > 0) parts.Add(string.Join("-or-", f.Types.Select(t => t.ToCode())));
        if (f.Statuses.Count > 0) parts.Add(string.Join("-or-", f.Statuses.Select(s => s.ToCode())));
        if (f.From is { IsKnown: true } || f.To is { IsKnown: true })
        {
            var from = f.From is { IsKnown: true } a ? a.ToString() : "";
            var to = f.To is { IsKnown: true } b ? b.ToString() : "";
            parts.Add(from == to ? from : from == "" ? "to-" + to : to == "" ? "from-" + from : from + "-" + to);
            if (f.DateMatch == DateMatch.Within) parts.Add("within");
        }
        if (!string.IsNullOrWhiteSpace(f.Text)) parts.Add("search-" + string.Join('-', SearchQuery.Parse(f.Text).Terms.Select(t => t.Typed)));
        if (f.ArticleId is int article) parts.Add("article-" + article);
        if (f.ActorId is int actor) parts.Add("actor-" + actor);
        if (f.PlaceIds.Count > 0) parts.Add("place-" + string.Join("-", f.PlaceIds));
        if (f.IncludeRejected) parts.Add("all");
        if (order != IncidentOrder.Newest) parts.Add("by-" + IncidentFilterParser.OrderCode(order));

        var name = new StringBuilder();
        foreach (var part in parts)
        {
            if (name.Length > 0) name.Append('_');
            var start = name.Length;
            foreach (var c in part.Replace("+", "-and-").Normalize(NormalizationForm.FormD))
            {
                if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
                var keep = char.IsAsciiLetterOrDigit(c) ? c : '-';
                if (keep == '-' && (name.Length == start || name[^1] == '-')) continue;   // no leading or doubled dashes
                name.Append(keep);
            }
            while (name.Length > start && name[^1] == '-') name.Length--;
            if (name.Length == start && start > 0) name.Length--;   // nothing left of this part (a Cyrillic name): no empty slot
        }
        var text = name.ToString();
        if (text.Length > 120) text = text[..120].TrimEnd('-', '_');
        return text + "." + extension.TrimStart('.').ToLowerInvariant();
    }
}
