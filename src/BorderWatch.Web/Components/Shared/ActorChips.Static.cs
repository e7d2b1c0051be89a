using System.Collections.Frozen;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Web.Dashboard;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace BorderWatch.Web.Components.Shared;

public partial class ActorChips
{
    /// <summary>
    /// What <see cref="Write"/> writes, for a prerender (no handler is wired there: the chips' clicks are the circuit's):
    /// each chip as runs of fixed markup around its names (text frames, encoded by the HTML writer as the attributes and
    /// text of <see cref="Write"/> are), not a dozen frames per chip (issue 11, store42). Call it inside a region
    /// of its own (its sequence numbers start at 0). Chips that link to an actor's
    /// page (no list, or a kind no list filters by) are written by <see cref="Write"/> (MudChip components).
    /// </summary>
    public static void WriteStatic(RenderTreeBuilder b, IHandleEvent receiver, IReadOnlyList<ActorRef> actors,
        IncidentListUrl? listUrl, EventCallback<ListStep> onNavigate)
    {
        if (actors.Count == 0) return;
        if (listUrl is null || actors.Any(a => IncidentListUrl.FieldOf(a.Kind) is null))
        {
            Write(b, receiver, actors, listUrl, onNavigate);
            return;
        }
        b.AddMarkupContent(0, "<div class=\"actor-chips d-flex flex-wrap gap-1 mt-1\" role=\"list\" aria-label=\"Actors\">");
        foreach (var actor in actors.DistinctBy(a => a.Id))
        {
            var active = listUrl.Has(IncidentListUrl.FieldOf(actor.Kind)!.Value, actor.CanonicalName);
            b.AddMarkupContent(1, (active ? filledStart : outlinedStart)[actor.Kind]);
            b.AddContent(2, actor.DisplayName);
            b.AddMarkupContent(3, iconAndContent[actor.Kind]);
            b.AddContent(4, actor.Kind == ActorKind.State ? actor.DisplayName : actor.CanonicalName);
            b.AddMarkupContent(5, "</span></button></div></span>");
        }
        b.AddMarkupContent(6, "</div>");
    }

    // A chip's markup up to its title's name, per kind and state (filled: the list is narrowed to that actor already).
    private static FrozenDictionary<ActorKind, string> ChipStarts(bool active) => Enum.GetValues<ActorKind>().ToFrozenDictionary(k => k, k =>
        "<span role=\"listitem\"><div class=\"mud-chip-container\"><button class=\"" +
        $"mud-chip mud-chip-{(active ? "filled" : "outlined")} mud-chip-size-small mud-chip-color-default mud-clickable mud-ripple chip-{k.ToCode()}" +
        "\" tabindex=\"0\" type=\"button\" title=\"Show only incidents involving ");

    private static readonly FrozenDictionary<ActorKind, string> filledStart = ChipStarts(true);
    private static readonly FrozenDictionary<ActorKind, string> outlinedStart = ChipStarts(false);

    // From the title's end to the chip's label: the kind's icon (as the chips' icon table holds it) and the content span.
    private static readonly FrozenDictionary<ActorKind, string> iconAndContent = Enum.GetValues<ActorKind>().ToFrozenDictionary(k => k, k =>
        "\">" + IconSvg.Markup(IconSvg.Chip(KindIcon(k))).Value + "<span class=\"mud-chip-content\">");
}
