using System.Globalization;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using Microsoft.AspNetCore.Components.Rendering;

namespace BorderWatch.Web.Components.Shared;

/// <summary>
/// A prerendered card (issue 11, store42): the overview's 16-18 cards were two thirds of its HTML's elements, each
/// element a dozen pieces in the prerender's HTML buffer and as many render-tree frames. Written here as runs of fixed
/// markup (what the razor writes literally) around the card's values (text frames, encoded as the frames' attributes and
/// text are): the same HTML, byte for byte (BorderCardMarkupTests). A card with more than one length, and every card in
/// the circuit, is drawn from the razor's frames.
/// </summary>
public partial class BorderCard
{
    /// <summary>Whether this render writes the card as markup: a prerender (virtual for BorderCardMarkupTests).</summary>
    protected virtual bool StaticMarkup => !RendererInfo.IsInteractive;

    private bool WritesMarkup => StaticMarkup && Border.Lengths.Count <= 1;

    private void WriteMarkup(RenderTreeBuilder b)
    {
        b.AddMarkupContent(0, "<div aria-labelledby=\"");
        b.AddContent(1, "card-" + Border.Code);
        b.AddMarkupContent(2, "\" class=\"mud-paper mud-paper-outlined mud-card border-card h-100\"><div class=\"mud-card-content mud-card-content-padding\">"
            + "<div class=\"d-flex justify-space-between align-start gap-2\"><h3 id=\"");
        b.AddContent(3, "card-" + Border.Code);
        b.AddMarkupContent(4, "\" class=\"mud-typography mud-typography-h6\"><a href=\"");
        b.AddContent(5, "/borders/" + Border.Code);
        b.AddMarkupContent(6, "\" class=\"" + Link + "\">");
        b.AddContent(7, Border.Name);
        b.AddMarkupContent(8, "</a></h3>\n            <span class=\"activity-badge\" title=\"");
        b.AddContent(9, $"Events on this border ({Border.Reports} incident reports; the reports of one event count once)");
        b.AddMarkupContent(10, "\">");
        b.AddContent(11, Border.Total);
        b.AddMarkupContent(12, "</span></div>\n        <p class=\"mud-typography mud-typography-body2 mb-2\">");
        b.AddContent(13, Border.StateA.Code);
        b.AddMarkupContent(14, " ");
        b.AddContent(15, Border.StateA.Name);
        b.AddMarkupContent(16, " · ");
        b.AddContent(17, Border.StateB.Code);
        b.AddMarkupContent(18, " ");
        b.AddContent(19, Border.StateB.Name);
        b.AddMarkupContent(20, "</p>");
        if (Border.Lengths.Count > 0)
        {
            var l = Border.Lengths[0];
            b.AddMarkupContent(21, "<p class=\"mud-typography mud-typography-body2 mb-2\"><span>");
            b.AddContent(22, l.Kilometres.ToString("#,0", CultureInfo.InvariantCulture));
            b.AddMarkupContent(23, " km</span>\n                    <span> (");
            if (l.ArticleId is int a)
            {
                b.AddMarkupContent(24, "<a href=\"");
                b.AddContent(25, $"/articles/{a}");
                b.AddMarkupContent(26, "\" class=\"" + LinkBody2 + "\">");
                b.AddContent(27, l.Source);
                b.AddMarkupContent(28, "</a>");
            }
            else b.AddContent(29, l.Source);
            b.AddMarkupContent(30, ")</span></p>");
        }
        if (Border.Total > 0)
        {
            b.AddMarkupContent(31, "<div class=\"d-flex flex-wrap gap-1 mb-2\" role=\"list\" aria-label=\"Events by type\">");
            foreach (var (type, count) in Border.ByType)
            {
                b.AddMarkupContent(32, "<span role=\"listitem\"><div class=\"mud-chip-container\"><a class=\"mud-chip mud-chip-outlined mud-chip-size-small "
                    + "mud-chip-color-default mud-clickable\" tabindex=\"0\" href=\"");
                b.AddContent(33, "/borders/" + Border.Code);
                b.AddContent(34, "?type=" + type.ToCode());
                b.AddMarkupContent(35, "\"><span class=\"mud-chip-content\">");
                b.AddContent(36, IncidentFacets.TypeLabel(type));
                b.AddMarkupContent(37, " <strong class=\"ml-1\">");
                b.AddContent(38, count);
                b.AddMarkupContent(39, "</strong></span></a></div></span>");
            }
            b.AddMarkupContent(40, "</div>");
            if (Border.Latest is { } latest)
            {
                b.AddMarkupContent(41, "<p class=\"mud-typography mud-typography-body2 latest\">Latest: ");
                b.AddMarkupContent(42, DateText.Html(latest.Date, latest.DateInferred).Value);
                b.AddMarkupContent(43, " · <a href=\"");
                b.AddContent(44, $"/incidents/{latest.Id}");
                b.AddMarkupContent(45, "\" class=\"" + LinkBody2 + "\">");
                b.AddContent(46, latest.Summary);
                b.AddMarkupContent(47, "</a></p>");
            }
        }
        else b.AddMarkupContent(48, "<p class=\"mud-typography mud-typography-body2\">No events recorded on this border yet.</p>");
        b.AddMarkupContent(49, "</div></div>");
    }
}
