namespace BorderWatch.Web.Map;

/// <summary>An axis-aligned rectangle in view units that shapes and lines are cut to.</summary>
internal readonly record struct ClipFrame(double MinX, double MinY, double MaxX, double MaxY)
{
    public static ClipFrame Of(ViewBox view, double margin = 0) => new(-margin, -margin, view.Width + margin, view.Height + margin);

    public bool Overlaps(IReadOnlyList<MapPoint> points) =>
        points.Count > 0 && points.Min(p => p.X) <= MaxX && points.Max(p => p.X) >= MinX
                         && points.Min(p => p.Y) <= MaxY && points.Max(p => p.Y) >= MinY;
}

/// <summary>
/// Cuts projected geometry to a frame, so countries reaching far beyond the view (Russia, China) cost only their
/// visible part in the markup.
/// </summary>
internal static class ViewClipping
{
    /// <summary>
    /// Sutherland–Hodgman: the ring (open, first point not repeated) cut to the frame. A concave ring may come back
    /// with zero-width runs along the frame's edges; shapes are therefore cut to a frame a little larger than the
    /// view, where those runs are never seen.
    /// </summary>
    public static List<MapPoint> ClipRing(IReadOnlyList<MapPoint> ring, ClipFrame f)
    {
        var points = ring.ToList();
        points = ClipAgainstEdge(points, p => p.X >= f.MinX, (p, q) => AtX(p, q, f.MinX));
        points = ClipAgainstEdge(points, p => p.X <= f.MaxX, (p, q) => AtX(p, q, f.MaxX));
        points = ClipAgainstEdge(points, p => p.Y >= f.MinY, (p, q) => AtY(p, q, f.MinY));
        points = ClipAgainstEdge(points, p => p.Y <= f.MaxY, (p, q) => AtY(p, q, f.MaxY));
        return points;
    }

    private static List<MapPoint> ClipAgainstEdge(List<MapPoint> ring, Func<MapPoint, bool> inside, Func<MapPoint, MapPoint, MapPoint> crossing)
    {
        var kept = new List<MapPoint>(ring.Count);
        for (var i = 0; i < ring.Count; i++)
        {
            var previous = ring[(i + ring.Count - 1) % ring.Count];
            var current = ring[i];
            if (inside(current))
            {
                if (!inside(previous)) kept.Add(crossing(previous, current));
                kept.Add(current);
            }
            else if (inside(previous))
            {
                kept.Add(crossing(previous, current));
            }
        }
        return kept;
    }

    // Only called for a segment with one end on each side of the edge, so the divisor is never zero.
    private static MapPoint AtX(MapPoint p, MapPoint q, double x) => new(x, p.Y + (q.Y - p.Y) * (x - p.X) / (q.X - p.X));
    private static MapPoint AtY(MapPoint p, MapPoint q, double y) => new(p.X + (q.X - p.X) * (y - p.Y) / (q.Y - p.Y), y);

    /// <summary>The parts of a polyline inside the frame: a line leaving and re-entering the frame becomes two.</summary>
    public static List<List<MapPoint>> ClipLine(IReadOnlyList<MapPoint> line, ClipFrame f)
    {
        var parts = new List<List<MapPoint>>();
        List<MapPoint>? current = null;
        for (var i = 1; i < line.Count; i++)
        {
            if (ClipSegment(line[i - 1], line[i], f) is not var (start, end))
            {
                current = null;
                continue;
            }
            if (current is null || start != line[i - 1])
            {
                current = [start];
                parts.Add(current);
            }
            current.Add(end);
            if (end != line[i]) current = null; // the line leaves the frame here
        }
        return parts;
    }

    /// <summary>Liang–Barsky: the part of segment p→q inside the frame, or null when none is.</summary>
    private static (MapPoint Start, MapPoint End)? ClipSegment(MapPoint p, MapPoint q, ClipFrame f)
    {
        double t0 = 0, t1 = 1, dx = q.X - p.X, dy = q.Y - p.Y;

        // Keeps the t range where p + t·d satisfies step·t <= room.
        bool Narrow(double step, double room)
        {
            if (step == 0) return room >= 0;
            var t = room / step;
            if (step < 0)
            {
                if (t > t1) return false;
                if (t > t0) t0 = t;
            }
            else
            {
                if (t < t0) return false;
                if (t < t1) t1 = t;
            }
            return true;
        }

        if (!(Narrow(-dx, p.X - f.MinX) && Narrow(dx, f.MaxX - p.X) && Narrow(-dy, p.Y - f.MinY) && Narrow(dy, f.MaxY - p.Y)))
            return null;
        var start = t0 > 0 ? new MapPoint(p.X + t0 * dx, p.Y + t0 * dy) : p;
        var end = t1 < 1 ? new MapPoint(p.X + t1 * dx, p.Y + t1 * dy) : q;
        return (start, end);
    }
}
