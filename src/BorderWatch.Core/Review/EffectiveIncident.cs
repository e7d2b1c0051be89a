using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Review;

/// <summary>Where an incident stands after every analyst decision so far.</summary>
public enum ReviewState { Unreviewed, Confirmed, Corrected, Rejected, Merged }

/// <summary>
/// An incident as views, counts and exports should show it: the analyst's value where there is one, the machine's
/// otherwise (<see cref="Corrections"/> says which fields are the analyst's), and who reviewed it.
/// </summary>
public sealed record EffectiveIncident
{
    public required int Id { get; init; }
    public required int ArticleId { get; init; }
    public required ReviewState State { get; init; }
    public required IncidentType Type { get; init; }
    public required PartialDate Date { get; init; }
    public string? BorderCode { get; init; }
    public string? PlaceKey { get; init; }
    public string? LocationText { get; init; }
    public required IncidentStatus Status { get; init; }
    public string? Attribution { get; init; }
    public required IReadOnlyList<ActorRoleValue> Actors { get; init; }
    public required ExcerptSpan Excerpt { get; init; }
    public required string ExcerptText { get; init; }
    public required string Summary { get; init; }
    /// <summary>Killed, wounded and detained: the analyst's report where there is one, else the machine's (from the excerpt).</summary>
    public CasualtyReport Casualties { get; init; } = CasualtyReport.None;
    /// <summary>The analyst's corrections folded in order (empty when none).</summary>
    public required IncidentCorrection Corrections { get; init; }
    public int? MergedIntoId { get; init; }
    public RejectionReason? RejectionReason { get; init; }
    public string? ReviewedBy { get; init; }
    public DateTimeOffset? ReviewedAt { get; init; }
    /// <summary>The pipeline no longer finds it; kept because it carries decisions (an orphaned decision when reviewed).</summary>
    public bool Superseded { get; init; }

    /// <summary>Whether it belongs in counts, maps and exports (not rejected, not merged into another, not superseded).</summary>
    public bool Counts => State is not (ReviewState.Rejected or ReviewState.Merged) && !Superseded;
}

/// <summary>Where an incident's reviews leave it, without its machine values (<see cref="ReviewViews.Fold"/>).</summary>
public sealed record ReviewFold(ReviewState State, IncidentCorrection Corrections, int? MergedIntoId, RejectionReason? RejectionReason,
    string? ReviewedBy, DateTimeOffset? ReviewedAt);

/// <summary>Effective values (reviewed over machine) for incidents, loaded in a few queries: for pages, the API and exports.</summary>
public static class ReviewViews
{
    public static async Task<IReadOnlyDictionary<int, EffectiveIncident>> EffectiveAsync(
        BorderWatchDbContext db, IEnumerable<int> incidentIds, CancellationToken ct = default)
    {
        var ids = incidentIds.Distinct().ToList();
        var incidents = await db.Incidents.AsNoTracking().Where(i => ids.Contains(i.Id))
            .Include(i => i.BorderSegment).Include(i => i.Place).Include(i => i.Excerpts)
            .Include(i => i.Actors).ThenInclude(a => a.Actor).Include(i => i.Reviews)
            .AsSplitQuery().ToListAsync(ct);
        var spanArticles = incidents.Where(i => i.Reviews.Any(r => r.CorrectionsJson != null && r.CorrectionsJson.Contains("Excerpt")))
            .Select(i => i.ArticleId).Distinct().ToList();
        // The article texts only for corrected excerpt spans, and only that column (not the raw content).
        var texts = spanArticles.Count == 0 ? new Dictionary<int, string>()
            : await db.Articles.AsNoTracking().Where(a => spanArticles.Contains(a.Id))
                .Select(a => new { a.Id, a.CleanedText }).ToDictionaryAsync(a => a.Id, a => a.CleanedText, ct);
        var casualties = await db.IncidentCasualties.AsNoTracking().Where(c => ids.Contains(c.IncidentId))
            .ToDictionaryAsync(c => c.IncidentId, c => c.Report, ct);
        return incidents.ToDictionary(i => i.Id, i => Of(i, texts.GetValueOrDefault(i.ArticleId), casualties.GetValueOrDefault(i.Id)));
    }

    public static async Task<EffectiveIncident?> EffectiveAsync(BorderWatchDbContext db, int incidentId, CancellationToken ct = default) =>
        (await EffectiveAsync(db, [incidentId], ct)).GetValueOrDefault(incidentId);

    /// <summary>
    /// Folds an incident's reviews (loaded with its excerpts, actors, border and place) in the order they were made.
    /// <paramref name="articleText"/> is needed only when an excerpt span was corrected; <paramref name="machineCasualties"/>
    /// are the machine's figures (<see cref="IncidentCasualties"/>).
    /// </summary>
    public static EffectiveIncident Of(Incident i, string? articleText, CasualtyReport? machineCasualties = null)
    {
        var (state, corrections, mergedInto, rejection, reviewedBy, reviewedAt) = Fold(i.Reviews);

        var excerpt = i.Excerpts.OrderBy(x => x.Start).FirstOrDefault();
        var span = corrections.Excerpt ?? new ExcerptSpan(excerpt?.Start ?? 0, excerpt?.End ?? 0);
        var text = corrections.Excerpt is { } s && articleText is not null && s.End <= articleText.Length
            ? articleText[s.Start..s.End]
            : excerpt?.Text ?? "";
        return new EffectiveIncident
        {
            Id = i.Id, ArticleId = i.ArticleId, State = state,
            Type = corrections.Type ?? i.Type,
            Date = corrections.Date is { } d && PartialDate.TryParse(d, out var date) ? date : i.Date,
            BorderCode = Cleared(corrections.Border, i.BorderSegment?.Code),
            PlaceKey = Cleared(corrections.Place, i.Place?.Key),
            LocationText = corrections.LocationText ?? i.LocationText,
            Status = corrections.Status ?? i.Status,
            Attribution = corrections.Attribution ?? i.Attribution,
            Actors = corrections.Actors ?? i.Actors.Where(a => a.Actor is not null).Select(a => new ActorRoleValue(a.Actor!.Key, a.Role)).ToList(),
            Excerpt = span, ExcerptText = text,
            Summary = corrections.Summary ?? i.Summary,
            Casualties = corrections.Casualties ?? machineCasualties ?? CasualtyReport.None,
            Corrections = corrections, MergedIntoId = mergedInto, RejectionReason = rejection,
            ReviewedBy = reviewedBy, ReviewedAt = reviewedAt, Superseded = i.Superseded,
        };
    }

    /// <summary>An incident's reviews folded in the order they were made: where its decisions leave it.</summary>
    public static ReviewFold Fold(IEnumerable<IncidentReview> reviews)
    {
        var state = ReviewState.Unreviewed;
        var corrections = new IncidentCorrection();
        int? mergedInto = null;
        RejectionReason? rejection = null;
        IncidentReview? last = null;
        foreach (var r in reviews.OrderBy(r => r.Id))
        {
            last = r;
            if (r.CorrectionsJson is not null) corrections = corrections.Then(IncidentCorrection.FromJson(r.CorrectionsJson));
            (state, mergedInto, rejection) = r.Decision switch
            {
                ReviewDecision.Rejected => (ReviewState.Rejected, null, r.RejectionReason),
                ReviewDecision.Merged => (ReviewState.Merged, r.MergedIntoId, null),
                _ => (corrections.IsEmpty ? ReviewState.Confirmed : ReviewState.Corrected, (int?)null, (RejectionReason?)null),
            };
        }
        return new ReviewFold(state, corrections, mergedInto, rejection, last?.Analyst, last?.DecidedAt);
    }

    private static string? Cleared(string? corrected, string? machine) =>
        corrected is null ? machine : corrected == IncidentCorrection.NoBorder ? null : corrected;
}
