using System.Globalization;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Review;
using BorderWatch.Web.Components.Decisions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

namespace BorderWatch.Web.Components.Shared;

/// <summary>
/// The rows of a prerendered list (issue 11, store42). A prerender writes the page's HTML once and wires no event, so
/// its rows are written here as runs of fixed markup around the row's values (text frames, which the HTML writer
/// encodes as it encodes attributes and text) instead of an element frame per cell, attribute and chip: a 50-row
/// timeline wrote ~20,000 pieces of HTML (each a 32-byte chunk in the prerender's buffer) and as many render-tree frames
/// for its rows. The HTML is the same, byte for byte, as the frames of IncidentGrid.razor write (its whitespace
/// included); the circuit renders the rows from those frames, with the chips' and sort buttons' handlers.
/// </summary>
public partial class IncidentGrid
{
    /// <summary>Whether this render writes its rows as markup: a prerender of a list without the border column, by incident
    /// (virtual for the test that compares the two: GridRowsMarkupTests).</summary>
    protected virtual bool StaticRows => !RendererInfo.IsInteractive && !ShowBorder && Url.Unit != ListUnit.Event;

    private const string Cells = "\n            ";
    private const string Lines = "\n                    ";
    private const string Link = "mud-typography mud-link mud-primary-text mud-link-underline-hover";

    private RenderFragment StaticRow(IncidentListItem item) => b =>
    {
        b.AddMarkupContent(0, "<tr class=\"mud-table-row incident-row\" style><td data-label=\"Date\" class=\"mud-table-cell\" style>");
        b.AddMarkupContent(1, DateText.Html(item.Date, item.DateInferred, item.DateNote).Value);
        b.AddMarkupContent(2, "</td>" + Cells + "<td data-label=\"Type\" class=\"mud-table-cell\" style>");
        b.AddMarkupContent(3, TypeBadge.Html(item.Type).Value);
        b.AddMarkupContent(4, "</td>" + Cells + "<td data-label=\"Status\" class=\"mud-table-cell\" style>");
        b.AddMarkupContent(5, StatusBadge.Html(item.Status).Value);
        b.AddMarkupContent(6, "</td><td data-label=\"Incident\" class=\"mud-table-cell\" style><div class=\"incident-summary\">");
        b.AddMarkupContent(7, ReviewStateBadge.Html(item.Review, item.ReviewedBy, item.ReviewedAt).Value);
        b.AddMarkupContent(8, Lines + "<a href=\"/incidents/");
        b.AddContent(9, item.Id);
        b.AddContent(10, SearchSuffix);
        b.AddMarkupContent(11, "\" data-incident=\"");
        b.AddContent(12, item.Id);
        b.AddMarkupContent(13, "\" class=\"" + Link + " incident-link\">");
        foreach (var (text, hit) in HitText.Split(item.Summary, Results.HighlightTerms))
        {
            if (hit)
            {
                b.AddMarkupContent(14, "<mark class=\"hit\">");
                b.AddContent(15, text);
                b.AddMarkupContent(16, "</mark>");
            }
            else b.AddContent(17, text);
        }
        b.AddMarkupContent(18, "</a>" + Lines + "<span class=\"mud-typography mud-typography-caption d-block\">");
        if (item.Location is not null)
        {
            b.AddContent(19, item.Location);
            b.AddContent(20, " · ");
        }
        if (item.Attribution is not null)
        {
            b.AddContent(21, "according to ");
            b.AddContent(22, item.Attribution);
            b.AddContent(23, " · ");
        }
        b.AddContent(24, item.OutletName ?? item.ArticleTitle);
        b.AddMarkupContent(25, "</span>" + Lines);
        b.OpenRegion(26);
        ActorChips.WriteStatic(b, this, item.Actors, Url, OnNavigate);
        b.CloseRegion();
        b.AddMarkupContent(27, "</div></td><td data-label=\"Event\" class=\"mud-table-cell\" style>");
        if (item.Event is { Grouped: true, EventId: int eventId } ev)
        {
            // What <MudLink Href Typo Class data-reports>one of N reports: text</MudLink> in the razor writes.
            b.OpenComponent<MudLink>(28);
            b.AddComponentParameter(29, nameof(MudLink.Href), $"/events/{eventId}");
            b.AddComponentParameter(30, nameof(MudLink.Typo), Typo.caption);
            b.AddComponentParameter(31, nameof(MudLink.Class), "event-reach");
            b.AddAttribute(32, "data-reports", ev.Reports);
            b.AddComponentParameter(33, nameof(MudLink.ChildContent), (RenderFragment)(c =>
            {
                c.AddContent(34, "one of ");
                c.AddContent(35, ev.Reports);
                c.AddContent(36, " reports: ");
                c.AddContent(37, ev.Text);
            }));
            b.CloseComponent();
        }
        b.AddMarkupContent(38, "</td><td data-label=\"Confidence\" class=\"mud-table-cell\" style>");
        b.AddContent(39, item.Confidence.ToString("P0", CultureInfo.InvariantCulture));
        b.AddMarkupContent(40, "</td></tr>");
    };
}
