using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Web.Dashboard;
using Microsoft.AspNetCore.Components;

namespace BorderWatch.Web.Components.Shared;

/// <summary>
/// The dots of a prerendered time axis (issue 11, store42): a prerender wires no event, so each of the list page's 50
/// dots is written as runs of fixed markup around its numbers and tooltip (text frames, encoded by the HTML writer as
/// the frames' attributes and text are) instead of an element with nine attributes, two handlers (whose ids the
/// renderer assigns and keeps even when prerendering) and a title element. The HTML is the same, byte for byte, as the
/// frames of TimeAxis.razor write; the circuit draws the dots from those frames, with their handlers.
/// </summary>
public partial class TimeAxis
{
    /// <summary>Whether this render writes the dots as markup: a prerender (virtual for TimeAxisDotsMarkupTests).</summary>
    protected virtual bool StaticDots => !RendererInfo.IsInteractive;

    /// <summary>A dot's tooltip: its date as shown, type, status and summary, and its event's reach when grouped.</summary>
    private static string Tip(TimelinePoint p) =>
        $"{DateDisplay.Short(Shown(p))}: {IncidentFacets.TypeLabel(p.Type)}, {p.Status.ToString().ToLowerInvariant()}: {p.Summary}"
        + (p.Event is { Grouped: true } ev ? $" ({ev.Reports} reports: {ev.Text})" : "");

    private RenderFragment Dots(TimeScale s) => b =>
    {
        foreach (var (p, lane) in Lanes(s))
        {
            var y = DotsTop + lane * 11;
            var selected = Selected == p.Id;
            var day = p.Precision == DatePrecision.Day;
            if (day)
            {
                b.AddMarkupContent(0, selected ? "<circle class=\"dot selected\" cx=\"" : "<circle class=\"dot \" cx=\"");
                b.AddContent(1, N(s.X(p.Start) + 1));
                b.AddMarkupContent(2, "\" cy=\"");
                b.AddContent(3, N(y));
                b.AddMarkupContent(4, selected ? "\" r=\"6\" style=\"fill:" : "\" r=\"4.5\" style=\"fill:");
                b.AddContent(5, StatusColour(p.Status));
                b.AddMarkupContent(6, "\" __internal_stopPropagation_onpointerdown data-incident=\"");
            }
            else
            {
                var x1 = s.X(p.Start);
                b.AddMarkupContent(7, selected ? "<rect class=\"dot range selected\" x=\"" : "<rect class=\"dot range \" x=\"");
                b.AddContent(8, N(x1));
                b.AddMarkupContent(9, "\" y=\"");
                b.AddContent(10, N(y - 3.5));
                b.AddMarkupContent(11, "\" width=\"");
                b.AddContent(12, N(Math.Max(4, s.X(p.End.AddDays(1)) - x1)));
                b.AddMarkupContent(13, "\" height=\"7\" rx=\"3.5\" style=\"fill:");
                b.AddContent(14, StatusColour(p.Status));
                b.AddMarkupContent(15, "\" fill-opacity=\"0.55\" __internal_stopPropagation_onpointerdown data-incident=\"");
            }
            b.AddContent(16, p.Id);
            b.AddMarkupContent(17, "\" data-reports=\"");
            b.AddContent(18, p.Event?.Reports ?? 1);
            b.AddMarkupContent(19, "\"><title>");
            b.AddContent(20, Tip(p));
            b.AddMarkupContent(21, day ? "</title></circle>" : "</title></rect>");
        }
    };
}
