namespace BorderWatch.Web.Dashboard;

/// <summary>A move to another state of a list: <see cref="Replace"/> for typing (no history entry), push otherwise.</summary>
public sealed record ListStep(IncidentListUrl Url, bool Replace);
