using BorderWatch.Core.Domain;

namespace BorderWatch.Core.Review;

/// <summary>A stored incident of one article as re-extraction sees it.</summary>
/// <param name="Id">Incident id.</param>
/// <param name="Fingerprint">Its stored fingerprint (article + excerpt span + type).</param>
/// <param name="Start">Start of its first excerpt in the article's cleaned text.</param>
/// <param name="End">End of that excerpt.</param>
/// <param name="Anchored">Whether analysts' work hangs on it (a review, a merge into it, an event link): such an
/// incident is never deleted by the pipeline.</param>
public sealed record StoredSpan(int Id, string Fingerprint, IncidentType Type, int Start, int End, bool Anchored);

/// <summary>An incident the current pipeline found in the article.</summary>
public sealed record FreshSpan(string Fingerprint, IncidentType Type, int Start, int End);

/// <summary>What re-extraction does with one stored incident.</summary>
public enum ReextractionAction
{
    /// <summary>Anchored and found again with the same fingerprint: left as it is (machine fields too).</summary>
    Keep,
    /// <summary>Not anchored, found again: machine fields refreshed.</summary>
    Update,
    /// <summary>Anchored, its span moved: the row (and with it every decision) moves onto the fresh incident that
    /// covers the same sentence; its id stays.</summary>
    Reattach,
    /// <summary>Anchored and nothing covers its sentence any more: kept, marked superseded, listed for analysts.</summary>
    Orphan,
    /// <summary>Not anchored and no longer found: deleted.</summary>
    Remove,
}

/// <param name="Fresh">For Update and Reattach: the fresh incident's fingerprint.</param>
public sealed record ReextractionStep(int StoredId, ReextractionAction Action, string? Fresh);

/// <param name="Steps">One step per stored incident.</param>
/// <param name="Added">Fresh incidents no stored incident took: inserted as new incidents.</param>
public sealed record ReextractionPlan(IReadOnlyList<ReextractionStep> Steps, IReadOnlyList<string> Added)
{
    public int Count(ReextractionAction action) => Steps.Count(s => s.Action == action);
}

/// <summary>
/// Matches an article's stored incidents to a new extraction of the same text, so that analysts' decisions
/// survive a re-run: first by fingerprint, then an anchored incident whose span moved is re-attached to an unclaimed
/// fresh incident in the same sentence (same type first, then the largest overlap with its old excerpt, then the
/// nearest). Pure: no store, no pipeline.
/// </summary>
public static class ReextractionPlanner
{
    /// <param name="sentences">Sentence spans of the article's cleaned text, in order.</param>
    public static ReextractionPlan Plan(IReadOnlyList<StoredSpan> stored, IReadOnlyList<FreshSpan> fresh,
        IReadOnlyList<(int Start, int End)> sentences)
    {
        var unclaimed = fresh.ToDictionary(f => f.Fingerprint, StringComparer.Ordinal);
        var steps = new Dictionary<int, ReextractionStep>();
        foreach (var s in stored)
        {
            if (!unclaimed.Remove(s.Fingerprint)) continue;
            steps[s.Id] = new ReextractionStep(s.Id, s.Anchored ? ReextractionAction.Keep : ReextractionAction.Update,
                s.Anchored ? null : s.Fingerprint);
        }

        foreach (var s in stored.Where(s => !steps.ContainsKey(s.Id)).OrderBy(s => s.Id))
        {
            if (!s.Anchored)
            {
                steps[s.Id] = new ReextractionStep(s.Id, ReextractionAction.Remove, null);
                continue;
            }
            var (from, to) = SentenceCover(s.Start, s.End, sentences);
            var best = unclaimed.Values
                .Where(f => f.Start < to && f.End > from)
                .OrderByDescending(f => f.Type == s.Type)
                .ThenByDescending(f => Overlap(f.Start, f.End, s.Start, s.End))
                .ThenBy(f => Math.Abs(f.Start - s.Start))
                .ThenBy(f => f.Fingerprint, StringComparer.Ordinal)
                .FirstOrDefault();
            if (best is null)
            {
                steps[s.Id] = new ReextractionStep(s.Id, ReextractionAction.Orphan, null);
                continue;
            }
            unclaimed.Remove(best.Fingerprint);
            steps[s.Id] = new ReextractionStep(s.Id, ReextractionAction.Reattach, best.Fingerprint);
        }

        var added = fresh.Where(f => unclaimed.ContainsKey(f.Fingerprint)).Select(f => f.Fingerprint).ToList();
        return new ReextractionPlan(stored.Select(s => steps[s.Id]).ToList(), added);
    }

    /// <summary>The span of the sentences an excerpt touches (the excerpt itself when no sentence does).</summary>
    private static (int Start, int End) SentenceCover(int start, int end, IReadOnlyList<(int Start, int End)> sentences)
    {
        var touched = sentences.Where(x => x.Start < Math.Max(end, start + 1) && x.End > start).ToList();
        return touched.Count == 0 ? (start, Math.Max(end, start + 1)) : (touched.Min(x => x.Start), touched.Max(x => x.End));
    }

    private static int Overlap(int a0, int a1, int b0, int b1) => Math.Max(0, Math.Min(a1, b1) - Math.Max(a0, b0));
}
