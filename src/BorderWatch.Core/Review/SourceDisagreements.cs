namespace BorderWatch.Core.Review;

/// <summary>A field of an event on which its sources give different values.</summary>
public enum EventField { Date, Type, Status, Attribution }

/// <summary>Where the reports of one event disagree (rejected and merged reports aside: they no longer speak). Pure.</summary>
public static class SourceDisagreements
{
    public static IReadOnlyList<EventField> Of(IReadOnlyList<SourceVersion> versions)
    {
        var standing = versions.Where(v => v.State is not (ReviewState.Rejected or ReviewState.Merged)).ToList();
        if (standing.Count < 2) return [];
        var fields = new List<EventField>();
        // Dates disagree when they cannot be the same day: "2021-07" and "2021-07-14" agree, "2021-07-14" and "2021-07-15" do not.
        var dated = standing.Where(v => v.Date.IsKnown).ToList();
        if (dated.Count >= 2 && dated.Max(v => v.Date.Start) > dated.Min(v => v.Date.End)) fields.Add(EventField.Date);
        if (standing.Select(v => v.Type).Distinct().Count() > 1) fields.Add(EventField.Type);
        if (standing.Select(v => v.Status).Distinct().Count() > 1) fields.Add(EventField.Status);
        if (standing.Select(v => (v.Attribution ?? "").Trim().ToLowerInvariant()).Distinct().Count() > 1) fields.Add(EventField.Attribution);
        return fields;
    }
}
