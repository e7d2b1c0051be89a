namespace BorderWatch.Web.Dashboard;

/// <summary>
/// Classes of the overview map by absolute incident counts (not relative to the busiest border, so adding one
/// article never recolours the others). Every colour has at least 3:1 contrast against the land fill (#eef1f4).
/// </summary>
public static class MapClasses
{
    /// <summary>Lower bounds of classes 1–4; class 0 is "no incidents".</summary>
    public static readonly int[] Bounds = [1, 3, 10, 25];

    public static readonly string[] Colours = ["#5f6b76", "#b35806", "#c2410c", "#a50026", "#67001f"];
    public static readonly string[] Widths = ["2", "3.5", "4.5", "5.5", "7"];

    public static int Level(int count)
    {
        var level = 0;
        for (var i = 0; i < Bounds.Length; i++) if (count >= Bounds[i]) level = i + 1;
        return level;
    }

    public static string LegendLabel(int level) => level switch
    {
        0 => "no incidents",
        4 => $"{Bounds[3]} or more",
        _ => Bounds[level] - 1 == Bounds[level - 1] ? $"{Bounds[level - 1]}" : $"{Bounds[level - 1]}–{Bounds[level] - 1}",
    };
}
