using System.Globalization;
using BorderWatch.Web.Dashboard;

namespace BorderWatch.Web.Tests.Map;

/// <summary>
/// The overview map's classes (issue 7, item 5): absolute counts with numbers in the legend, and every class colour at
/// least 3:1 against the land it is drawn on (WCAG 2.1 1.4.11, non-text contrast). The land fill is read from the
/// stylesheet the app serves, so changing either side is caught.
/// </summary>
public class MapClassesTests
{
    private static string LandFill()
    {
        var css = File.ReadAllText(Path.Combine(RepoRoot(), "src", "BorderWatch.Web", "wwwroot", "css", "site.css"));
        var rule = css.Split('\n').Single(l => l.TrimStart().StartsWith(".region-map .country {", StringComparison.Ordinal));
        var fill = rule[(rule.IndexOf("fill:", StringComparison.Ordinal) + 5)..].TrimStart();
        return fill[..7];
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BorderWatch.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("BorderWatch.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>WCAG 2.1 relative luminance of a #rrggbb colour.</summary>
    private static double Luminance(string hex)
    {
        double Channel(int i)
        {
            var c = int.Parse(hex.AsSpan(1 + 2 * i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(0) + 0.7152 * Channel(1) + 0.0722 * Channel(2);
    }

    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    [Fact]
    public void The_contrast_helper_agrees_with_known_ratios()
    {
        Contrast("#000000", "#ffffff").ShouldBe(21, 0.01);
        Contrast("#777777", "#ffffff").ShouldBe(4.48, 0.01);
        Contrast("#eef1f4", "#eef1f4").ShouldBe(1, 1e-9);
    }

    [Fact]
    public void Every_class_colour_has_at_least_3_to_1_contrast_against_the_land()
    {
        var land = LandFill();
        land.ShouldStartWith("#");
        foreach (var colour in MapClasses.Colours)
            Contrast(colour, land).ShouldBeGreaterThanOrEqualTo(3.0, $"{colour} on {land}");
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    [InlineData(9, 2)]
    [InlineData(10, 3)]
    [InlineData(24, 3)]
    [InlineData(25, 4)]
    [InlineData(100_000, 4)]
    public void Classes_are_absolute_counts_not_relative_to_the_busiest_border(int count, int level) =>
        MapClasses.Level(count).ShouldBe(level);

    [Fact]
    public void The_legend_gives_each_class_its_numbers()
    {
        Enumerable.Range(0, MapClasses.Colours.Length).Select(MapClasses.LegendLabel)
            .ShouldBe(["no incidents", "1–2", "3–9", "10–24", "25 or more"]);
        MapClasses.Widths.Length.ShouldBe(MapClasses.Colours.Length);
    }
}
