using BorderWatch.Web.Components.Decisions;
using Microsoft.AspNetCore.Components.Rendering;

namespace BorderWatch.Web.Components.Shared;

/// <summary>
/// A prerendered card (issue 11, store42): the timeline's undated events and the overview's latest incidents. Written
/// as runs of fixed markup (what the razor writes literally, its whitespace included) around the card's values (text
/// frames, encoded as the frames' attributes and text are): the same HTML, byte for byte (IncidentCardMarkupTests). In
/// the circuit the card is drawn from IncidentCard.razor's frames.
/// </summary>
public partial class IncidentCard
{
    /// <summary>Whether this render writes the card as markup: a prerender (virtual for IncidentCardMarkupTests).</summary>
    protected virtual bool StaticMarkup => !RendererInfo.IsInteractive;

    private const string Link = "mud-typography mud-link mud-primary-text mud-link-underline-hover";

    private void WriteMarkup(RenderTreeBuilder b)
    {
        b.AddMarkupContent(0, "<div class=\"incident-card py-2\"><div class=\"d-flex flex-wrap gap-2 align-center mb-1\">");
        b.AddMarkupContent(1, DateText.Html(Item.Date, Item.DateInferred, Item.DateNote).Value);
        b.AddMarkupContent(2, "\n        ");
        b.AddMarkupContent(3, TypeBadge.Html(Item.Type).Value);
        b.AddMarkupContent(4, "\n        ");
        b.AddMarkupContent(5, StatusBadge.Html(Item.Status).Value);
        b.AddMarkupContent(6, "\n        ");
        b.AddMarkupContent(7, ReviewStateBadge.Html(Item.Review, Item.ReviewedBy, Item.ReviewedAt).Value);
        if (ShowBorder && Item.BorderCode is { } bc)
        {
            b.AddMarkupContent(8, "<a href=\"");
            b.AddContent(9, $"/borders/{bc}");
            b.AddMarkupContent(10, "\" class=\"" + Link + " mud-typography-body2\">");
            b.AddContent(11, bc);
            b.AddMarkupContent(12, "</a>");
        }
        b.AddMarkupContent(13, "</div>\n    <a href=\"");
        b.AddContent(14, $"/incidents/{Item.Id}");
        b.AddMarkupContent(15, "\" class=\"" + Link + "\">");
        b.AddContent(16, Item.Summary);
        b.AddMarkupContent(17, "</a>");
        if (Item.Event is { Grouped: true, EventId: int eventId } ev)
        {
            b.AddMarkupContent(18, "<span class=\"mud-typography mud-typography-caption d-block event-reach\">One event: <a href=\"");
            b.AddContent(19, $"/events/{eventId}");
            b.AddMarkupContent(20, "\" class=\"" + Link + " mud-typography-caption\">");
            b.AddContent(21, ev.Reports);
            b.AddMarkupContent(22, " reports, ");
            b.AddContent(23, ev.Text);
            b.AddMarkupContent(24, "</a></span>");
        }
        if (ShowSource)
        {
            b.AddMarkupContent(25, "<span class=\"mud-typography mud-typography-caption d-block\">");
            b.AddContent(26, Item.OutletName ?? Item.ArticleTitle);
            b.AddMarkupContent(27, "</span>");
        }
        b.AddMarkupContent(28, "</div>");
    }
}
