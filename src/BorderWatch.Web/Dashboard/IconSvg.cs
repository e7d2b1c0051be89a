using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;

namespace BorderWatch.Web.Dashboard;

/// <summary>
/// The HTML MudBlazor's <c>MudIcon</c> (small, hidden from assistive technology) writes for an icon, as one markup
/// string instead of a component: badges and chips are drawn on every row of a list (issue 11: a 50-row page built
/// several hundred components), so they write this markup, and their output stays the same. No cache here: each badge
/// keeps an immutable table of its markup per value, built once (StatusBadge, TypeBadge, ReviewStateBadge, ActorChips).
/// </summary>
public static class IconSvg
{
    /// <summary>A small icon in a badge (MudIcon Size.Small with aria-hidden="true").</summary>
    public static string Small(string icon) =>
        $"""<svg class="mud-icon-root mud-svg-icon mud-icon-size-small" focusable="false" viewBox="0 0 24 24" role="img" aria-hidden="true">{icon}</svg>""";

    /// <summary>A small chip's leading icon (what MudChip Size.Small writes for its Icon).</summary>
    public static string Chip(string icon) =>
        $"""<svg class="mud-icon-root mud-svg-icon mud-icon-size-small mud-chip-icon" focusable="false" viewBox="0 0 24 24" aria-hidden="true" role="img">{icon}</svg>""";

    /// <summary>Text or an attribute value encoded as the HTML renderer encodes it.</summary>
    public static string Encode(string? text) => text is null ? "" : HtmlEncoder.Default.Encode(text);

    internal static MarkupString Markup(string html) => new(html);
}
