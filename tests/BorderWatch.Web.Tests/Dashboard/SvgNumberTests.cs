using System.Globalization;
using System.Text;
using BorderWatch.Web.Dashboard;
using Shouldly;
using Xunit;

namespace BorderWatch.Web.Tests.Dashboard;

/// <summary>The time axis's coordinates written without the numeric format: the same text as <c>ToString("0.#")</c>.</summary>
public class SvgNumberTests
{
    private static string Written(double v) => new StringBuilder().AppendTenths(v).ToString();

    private static string Formatted(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(0)]
    [InlineData(0.04)]
    [InlineData(0.05)]
    [InlineData(0.15)]
    [InlineData(0.25)]
    [InlineData(0.95)]
    [InlineData(9.95)]
    [InlineData(99.95)]
    [InlineData(222)]
    [InlineData(48.5)]
    [InlineData(983.99999)]
    [InlineData(1.0 / 3)]
    [InlineData(2.0 / 3)]
    [InlineData(123456789.45)]
    [InlineData(-0.04)]
    [InlineData(-12.35)]
    [InlineData(double.NaN)]
    [InlineData(1e15)]
    public void Writes_what_the_format_writes(double v) => Written(v).ShouldBe(Formatted(v));

    [Fact]
    public void Writes_what_the_format_writes_for_the_axis_coordinates_of_many_scales()
    {
        // x positions of month starts on scales of 1 to 400 months (the histogram's bars), their widths, and bar heights.
        var mismatches = new List<string>();
        for (var months = 1; months <= 400; months += 3)
        {
            var scale = new TimeScale(new DateOnly(1995, 1, 1), new DateOnly(1995, 1, 1).AddMonths(months).AddDays(-1), 48, 936);
            for (var m = 0; m < months; m++)
            {
                var x1 = scale.X(new DateOnly(1995, 1, 1).AddMonths(m));
                var x2 = scale.X(new DateOnly(1995, 1, 1).AddMonths(m + 1));
                var h = 132.0 * (m % 97 + 1) / 97;
                foreach (var v in new[] { x1 + 0.5, Math.Max(1, x2 - x1 - 1), 222 - h, h })
                    if (Written(v) != Formatted(v)) mismatches.Add($"{v:R}: {Written(v)} vs {Formatted(v)}");
            }
        }
        var random = new Random(31);
        for (var i = 0; i < 100_000; i++)
        {
            var v = random.NextDouble() * 1000;
            if (Written(v) != Formatted(v)) mismatches.Add($"{v:R}: {Written(v)} vs {Formatted(v)}");
        }
        mismatches.ShouldBeEmpty();
    }
}
