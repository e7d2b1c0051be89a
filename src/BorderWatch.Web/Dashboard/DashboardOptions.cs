namespace BorderWatch.Web.Dashboard;

/// <summary>How the dashboard pages behave. Bound from the "Dashboard" section.</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    /// <summary>Incidents per page in timelines and lists.</summary>
    public int PageSize { get; set; } = 50;

    /// <summary>Natural Earth TopoJSON (npm world-atlas) for the map, relative to the content root.</summary>
    public string MapFile { get; set; } = "wwwroot/lib/world-atlas/countries-50m.json";
}
