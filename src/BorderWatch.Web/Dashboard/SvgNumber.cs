using System.Globalization;
using System.Text;

namespace BorderWatch.Web.Dashboard;

/// <summary>
/// A coordinate of the time axis's SVG written as <c>v.ToString("0.#", InvariantCulture)</c> writes it (at most one
/// decimal, no trailing zero), straight into a builder: the histogram writes four per bar and 200–400 bars per render,
/// and the custom numeric format (parse the format, shortest digits of the double, then round) was most of the time
/// axis's share of a timeline render (issue 11, store31's profile). The format rounds the double's first 15 significant
/// digits half away from zero at one decimal; so does this (<see cref="decimal"/>'s conversion keeps 15 significant
/// digits). Negative, non-finite and very large values go through the format itself.
/// </summary>
public static class SvgNumber
{
    public static StringBuilder AppendTenths(this StringBuilder html, double v)
    {
        if (!(v >= 0 && v < 1e12)) return html.Append(v.ToString("0.#", CultureInfo.InvariantCulture));
        var tenths = (long)(Math.Round((decimal)v, 1, MidpointRounding.AwayFromZero) * 10);
        html.Append(tenths / 10);
        var digit = (int)(tenths % 10);
        return digit == 0 ? html : html.Append('.').Append((char)('0' + digit));
    }
}
