using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Review;

/// <summary>
/// What <see cref="ReviewOverlay"/> lays over a page or an export: the effective values of those of the incidents that
/// have a review, and the border names, gazetteer places and actors their corrections point to.
/// </summary>
/// <param name="Decisions">Where each reviewed incident's decisions leave it (state, reviewer, corrections).</param>
/// <param name="Effective">The effective values of those whose reviews correct something (the others show their machine values).</param>
public sealed record ReviewedValues(
    IReadOnlyDictionary<int, ReviewFold> Decisions,
    IReadOnlyDictionary<int, EffectiveIncident> Effective,
    IReadOnlyDictionary<string, string> BorderNames,
    IReadOnlyDictionary<string, Place> Places,
    IReadOnlyDictionary<string, Actor> Actors)
{
    public static readonly ReviewedValues None = new(
        new Dictionary<int, ReviewFold>(), new Dictionary<int, EffectiveIncident>(), new Dictionary<string, string>(), new Dictionary<string, Place>(), new Dictionary<string, Actor>());

    /// <summary>
    /// Loads them for <paramref name="incidentIds"/>. Unreviewed incidents cost one small query (which of the ids have a
    /// review); the rest is loaded only for reviewed ones, and names only for corrected fields.
    /// </summary>
    /// <param name="reviewedIds">Which of the ids have a review, when the caller read it with their rows (then not asked again).</param>
    public static async Task<ReviewedValues> LoadAsync(BorderWatchDbContext db, IReadOnlyCollection<int> incidentIds, CancellationToken ct = default,
        IReadOnlyCollection<int>? reviewedIds = null)
    {
        if (incidentIds.Count == 0) return None;
        var ids = incidentIds.ToList();
        var reviewed = reviewedIds?.ToList()
            ?? await db.IncidentReviews.AsNoTracking().Where(r => ids.Contains(r.IncidentId)).Select(r => r.IncidentId).Distinct().ToListAsync(ct);
        if (reviewed.Count == 0) return None;
        // The reviews alone say where a decision without corrections leaves an incident (most reviews): its machine
        // values and links are read again only for the corrected ones.
        var reviewedArray = reviewed.ToArray();
        var decisions = (await ReviewsOf.ReadAsync(db, reviewedArray, Review, ct))
            .GroupBy(r => r.IncidentId).ToDictionary(g => g.Key, g => ReviewViews.Fold(g));
        var correctedIds = decisions.Where(d => !d.Value.Corrections.IsEmpty).Select(d => d.Key).ToList();
        var effective = correctedIds.Count == 0 ? new Dictionary<int, EffectiveIncident>() : await ReviewViews.EffectiveAsync(db, correctedIds, ct);
        var corrected = effective.Values.Where(e => !e.Corrections.IsEmpty).ToList();
        var borderCodes = corrected.Where(e => e.Corrections.Border is not null && e.BorderCode is not null).Select(e => e.BorderCode!).Distinct().ToList();
        // Each name lookup only when some correction points to one (most reviews are decisions without corrections).
        var borders = borderCodes.Count == 0 ? new Dictionary<string, string>()
            : await db.BorderSegments.AsNoTracking().Where(b => borderCodes.Contains(b.Code)).ToDictionaryAsync(b => b.Code, b => b.Name, ct);
        var placeKeys = corrected.Where(e => e.Corrections.Place is not null && e.PlaceKey is not null).Select(e => e.PlaceKey!).Distinct().ToList();
        var places = placeKeys.Count == 0 ? new Dictionary<string, Place>()
            : await db.Places.AsNoTracking().Where(p => placeKeys.Contains(p.Key)).ToDictionaryAsync(p => p.Key, ct);
        var actorKeys = corrected.Where(e => e.Corrections.Actors is not null).SelectMany(e => e.Actors.Select(a => a.ActorKey)).Distinct().ToList();
        var actors = actorKeys.Count == 0 ? new Dictionary<string, Actor>()
            : await db.Actors.AsNoTracking().Where(a => actorKeys.Contains(a.Key)).ToDictionaryAsync(a => a.Key, ct);
        return new ReviewedValues(decisions, effective, borders, places, actors);
    }

    // The reviews of the listed reviewed incidents: EF's SQL, made once per model and read by column (LeanStatement,
    // store36; store40: every rendered page with a reviewed row read them through EF's LINQ pipeline). The columns
    // ReviewViews.Fold reads (not the note).
    private static readonly LeanStatement<int[]> ReviewsOf = new((db, wanted) => db.IncidentReviews.AsNoTracking()
        .Where(r => EF.Parameter(wanted).Contains(r.IncidentId))
        .Select(r => new { r.Id, r.IncidentId, r.Decision, r.MergedIntoId, r.CorrectionsJson, r.Analyst, r.DecidedAt, r.RejectionReason }),
        [0], columns: 8);

    private static IncidentReview Review(System.Data.Common.DbDataReader r) => new()
    {
        Id = r.GetInt32(0), IncidentId = r.GetInt32(1), Decision = r.Enum<ReviewDecision>(2), MergedIntoId = r.NullableInt(3),
        CorrectionsJson = r.NullableString(4), Analyst = r.GetString(5),
        // As EF reads it (the provider's DateTimeOffset, then the model's UTC converter).
        DecidedAt = r.GetFieldValue<DateTimeOffset>(6).ToUniversalTime(),
        RejectionReason = r.IsDBNull(7) ? null : r.Enum<RejectionReason>(7),
    };
}
