namespace BorderWatch.Web.Dashboard;

/// <summary>How the dashboard pages behave. Bound from the "Dashboard" section.</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    /// <summary>Incidents per page in timelines and lists.</summary>
    public int PageSize { get; set; } = 50;
}
