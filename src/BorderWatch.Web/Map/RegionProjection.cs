using System.Globalization;

namespace BorderWatch.Web.Map;

/// <summary>A point in SVG user units: x to the right, y downwards, origin at the view box's top-left corner.</summary>
public readonly record struct MapPoint(double X, double Y)
{
    /// <summary>Rounded to 0.1 unit: finer detail is invisible at dashboard size and only lengthens the markup.</summary>
    public MapPoint Rounded() => new(Round(X), Round(Y));

    // Adding 0.0 turns -0 into 0, so "-0" never reaches the markup.
    private static double Round(double v) => Math.Round(v, 1, MidpointRounding.AwayFromZero) + 0.0;
}

/// <summary>The SVG view box of the map: <c>0 0 Width Height</c>.</summary>
public sealed record ViewBox(double Width, double Height)
{
    public bool Contains(MapPoint p) => p.X >= 0 && p.X <= Width && p.Y >= 0 && p.Y <= Height;

    /// <summary>The value of the svg element's <c>viewBox</c> attribute.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"0 0 {Width} {Height}");
}

/// <summary>
/// Equirectangular projection of a longitude/latitude window, with longitudes shrunk by cos(central latitude) so
/// shapes keep roughly true proportions at that latitude. Simple and plenty for a regional overview map.
/// </summary>
public sealed class RegionProjection
{
    /// <summary>Central Asia and Afghanistan with eastern Iran, northern Pakistan, western China and southern Russia.</summary>
    public static RegionProjection CentralAsia { get; } = new(west: 46, south: 24, east: 88, north: 56, width: 1000);

    public double West { get; }
    public double South { get; }
    public double East { get; }
    public double North { get; }
    public ViewBox View { get; }

    private readonly double unitsPerDegreeX;
    private readonly double unitsPerDegreeY;

    public RegionProjection(double west, double south, double east, double north, double width)
    {
        if (!(west < east && south < north && width > 0 && south >= -90 && north <= 90))
            throw new ArgumentException("The window needs west < east, -90 <= south < north <= 90 and a positive width.");
        (West, South, East, North) = (west, south, east, north);
        var xShrink = Math.Cos((south + north) / 2 * Math.PI / 180);
        unitsPerDegreeY = width / ((east - west) * xShrink);
        unitsPerDegreeX = unitsPerDegreeY * xShrink;
        // The height is rounded like every coordinate; the y scale follows it so the window's corners land exactly on the box.
        var height = Math.Round((north - south) * unitsPerDegreeY, 1);
        unitsPerDegreeY = height / (north - south);
        View = new ViewBox(width, height);
    }

    /// <summary>Where a position lands in the view box (outside it for positions outside the window); not rounded.</summary>
    public MapPoint Project(GeoPoint p) => new((p.Lon - West) * unitsPerDegreeX, (North - p.Lat) * unitsPerDegreeY);
}
