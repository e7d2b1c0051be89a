using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using GazetteerIndex = BorderWatch.Ingestion.Gazetteer.Gazetteer;
using static BorderWatch.Ingestion.Incidents.ClauseText;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>An incident's parties and place: actors with roles, states named only as a border's far side, the most precise place.</summary>
internal sealed class EventArguments
{
    internal const string Hub = "AFG";
    private readonly Lexicon lexicon;
    private readonly GazetteerIndex gazetteer;

    public EventArguments(Lexicon lexicon, GazetteerIndex gazetteer)
    {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    internal static GazetteerEntry? MostPrecisePlace(IEnumerable<EntityMention> mentions) =>
        mentions.Select(m => m.Place).Where(p => p is not null && p.PlaceKind != PlaceKind.Capital)
            .OrderByDescending(p => p!.PlaceKind switch
            {
                PlaceKind.Crossing or PlaceKind.Base or PlaceKind.Island => 5,
                PlaceKind.District or PlaceKind.Town or PlaceKind.City => 4,
                PlaceKind.River => 3,
                PlaceKind.Province or PlaceKind.Region => 2,
                _ => 1,
            }).FirstOrDefault();

    internal static LocationPrecision Precision(GazetteerEntry? place, string? border) => place?.PlaceKind switch
    {
        PlaceKind.Crossing or PlaceKind.Base or PlaceKind.Island or PlaceKind.City or PlaceKind.Town or PlaceKind.Capital => LocationPrecision.NamedPlace,
        PlaceKind.District => LocationPrecision.District,
        PlaceKind.Province or PlaceKind.Region => LocationPrecision.Province,
        PlaceKind.River => LocationPrecision.BorderArea,
        _ => border is not null ? LocationPrecision.BorderArea : LocationPrecision.None,
    };

    internal static readonly HashSet<string> BorderNouns = new(StringComparer.Ordinal) { "border", "borders", "frontier", "frontiers", "boundary" };

    internal static readonly HashSet<string> SingularBorderNouns = new(StringComparer.Ordinal) { "border", "frontier", "boundary" };

    /// <summary>
    /// State mentions that only say which border is meant: "the Afghan border", "the Turkmen-Afghan border", "its border
    /// with Afghanistan", "bordering Afghanistan" (not "Tajik border guards", a thing of that state). Also the border a
    /// "X-Y border" names outright, when X and Y share a tracked one.
    /// </summary>
    internal HashSet<EntityMention> BorderDescriptors(string text, IReadOnlyList<EntityMention> mentions, List<Token> allTokens, out string? explicitBorder)
    {
        explicitBorder = null;
        var result = new HashSet<EntityMention>();
        var states = mentions.Where(m => m.Entry.Kind == EntryKind.State).OrderBy(m => m.Start).ToList();
        int IndexAt(int offset) => allTokens.FindIndex(t => t.Start >= offset);
        bool Hyphen(int from, int to) => to - from is >= 1 and <= 3 && text.AsSpan(from, to - from).Trim().ToString() is "-" or "–" or "—" or "/";
        foreach (var m in states)
        {
            var first = IndexAt(m.Start);
            var next = IndexAt(m.End);
            if (first < 0) continue;
            // "Turkmen-Afghan border": look past the second state.
            var pair = next >= 0 ? states.FirstOrDefault(o => o.Start == allTokens[next].Start && Hyphen(m.End, o.Start)) : null;
            var after = pair is null ? next : IndexAt(pair.End);
            if (after >= 0 && BorderNouns.Contains(allTokens[after].Folded) && !Breaks(text, allTokens[after - 1], allTokens[after]) &&
                !(after + 1 < allTokens.Count && lexicon.BorderActorNouns.Matches([allTokens[after + 1]]).Count > 0))
            {
                result.Add(m);
                if (pair is not null)
                {
                    result.Add(pair);
                    if (SingularBorderNouns.Contains(allTokens[after].Folded) && gazetteer.BorderBetween(m.Entry.Key, pair.Entry.Key) is { } b)
                        explicitBorder ??= b.Code;
                }
                continue;
            }
            if (first >= 2 && allTokens[first - 1].Folded is "with" && BorderNouns.Contains(allTokens[first - 2].Folded))
            {
                result.Add(m);
                // Whose border: "Tajikistan's border with Afghanistan", or "its (744-kilometre) border with Afghanistan"
                // after the state it stands for ("ready to help Tajikistan guard its frontier with Afghanistan").
                var noun = first - 2;
                // "the Turkmen and Tajik borders with Afghanistan" are several borders: none is named.
                if (!SingularBorderNouns.Contains(allTokens[noun].Folded)) continue;
                var owner = noun >= 1 ? states.FirstOrDefault(o => o != m && o.End == allTokens[noun - 1].End) : null;
                if (owner is null)
                    for (var k = noun - 1; k >= 0 && k >= noun - 4; k--)
                        if (allTokens[k].Folded is "its" or "their")
                        {
                            owner = states.LastOrDefault(o => o != m && o.End <= allTokens[k].Start);
                            break;
                        }
                if (owner is not null && gazetteer.BorderBetween(owner.Entry.Key, m.Entry.Key) is { } owned) explicitBorder ??= owned.Code;
            }
            else if (first >= 1 && allTokens[first - 1].Folded is "bordering") result.Add(m);
        }
        return result;
    }

    /// <summary>
    /// A border-naming state is a party to a crossing or a capture; to a statement or a meeting unless it is the hub;
    /// never to a clash, nor to what a state named as acting does on its own side of the line ("Kazakhstan moved guns up to
    /// the Kyrgyz border"); with no acting state named, the side where it happens is one ("the CSTO will hold drills near
    /// the Tajik-Afghan border").
    /// </summary>
    /// <param name="actorNamed">The span names an acting state (itself, or through a person or group) besides the border's.</param>
    internal static bool KeepsBorderDescriptor(EntityMention m, IncidentType type, bool actorNamed) =>
        type is IncidentType.CrossBorderMovement or IncidentType.TerritorialControl ||
        (m.Entry.Key != Hub && type != IncidentType.ArmedClash &&
         !(actorNamed && type is IncidentType.Deployment or IncidentType.PatrolSurveillance or IncidentType.Exercise));

    /// <summary>
    /// Actors with roles: the speaker of a statement; in an event, the parties named before the trigger act
    /// (initiators) and those after it are the counterpart of a meeting, agreement or clash, else participants;
    /// a person or armed group brings its state; states of places are affected.
    /// </summary>
    internal static IReadOnlyList<ActorMention> Actors(IEnumerable<EntityMention> mentions, Speaker? speaker, IncidentType type, List<string> states, int triggerStart)
    {
        var actors = new List<ActorMention>();
        void Add(string key, ActorRole role)
        {
            if (!actors.Any(a => a.Key == key)) actors.Add(new ActorMention(key, role));
        }
        if (type == IncidentType.Statement && speaker?.Entry is { ActorKind: not null } se) Add(se.Key, ActorRole.Speaker);
        var parties = mentions.Where(m => m.Entry.Kind is not (EntryKind.Place or EntryKind.Media)).OrderBy(m => m.Start).ToList();
        var anyBefore = triggerStart >= 0 && parties.Any(m => m.End <= triggerStart);
        var first = true;
        foreach (var m in parties)
        {
            var role = type == IncidentType.Statement ? ActorRole.Affected
                : (anyBefore ? m.End <= triggerStart : first) ? ActorRole.Initiator
                : type is IncidentType.DiplomaticMeeting or IncidentType.Agreement or IncidentType.ArmedClash ? ActorRole.Counterpart
                : ActorRole.Participant;
            Add(m.Entry.Key, role);
            first = false;
            // A person or armed group implies its state as a party.
            if (m.Entry.Kind is EntryKind.Person or EntryKind.ArmedGroup && m.Entry.Country is { } c) Add(c, ActorRole.Participant);
        }
        foreach (var s in states) Add(s, ActorRole.Affected);
        return actors;
    }
}
