using BorderWatch.Core.Domain;

namespace BorderWatch.Core.Review;

/// <summary>A field of an event on which its sources give different values.</summary>
public enum EventField { Date, Type, Status, Attribution, Casualties }

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
        // Casualties disagree when two sources that give a kind's figure give different least numbers for it ("2 killed"
        // against "at least 5 killed"); a source silent on a kind, or differing only in sides, does not disagree.
        var reported = standing.Select(v => v.Casualties ?? CasualtyReport.None).ToList();
        if (Enum.GetValues<CasualtyKind>().Any(k => reported.Where(r => r.Of(k).Any()).Select(r => r.Least(k)).Distinct().Count() > 1))
            fields.Add(EventField.Casualties);
        return fields;
    }
}
