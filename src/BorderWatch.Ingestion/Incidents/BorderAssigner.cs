using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Recognition;
using GazetteerIndex = BorderWatch.Ingestion.Gazetteer.Gazetteer;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>What the border assigner needs to know about one incident span.</summary>
/// <param name="StatesInOrder">States named in the span (names, demonyms, capitals, persons' states), in text order.</param>
/// <param name="MentionsBorder">The span says "border", "frontier" or the like.</param>
/// <param name="Place">The most precise gazetteer place named in the span.</param>
/// <param name="NonBorderTopic">The span is about gas, the Caspian, an economic union...: no border.</param>
/// <param name="SingularBorder">The span speaks of one border ("the Afghan border"), not of borders in general.</param>
/// <param name="ExplicitBorder">A tracked border the span names outright ("the Kyrgyz-Tajik border").</param>
/// <param name="CountriesByName">States the span names by the country's own name ("Afghanistan"), not by an actor,
/// a demonym or a capital ("the Taliban", "Afghan forces", "Kabul").</param>
/// <param name="StatesBorrowed">The span names no state itself; its states are those the sentences before it named.</param>
/// <param name="BordersInGeneral">The span speaks of the borders with all neighbours ("all border issues with its neighbours").</param>
/// <param name="NearMainBorder">A sentence just before it (or the next) is about the article's main border by its own evidence.</param>
/// <param name="OrganizationTakesPart">An international organization (the CSTO, the UN) is named: not two states alone.</param>
/// <param name="Suppliers">States named only as a supplier, donor or partner ("from Russia", "donated by China", see
/// <see cref="Incidents.Suppliers"/>); they are left out of <paramref name="StatesInOrder"/>.</param>
/// <param name="Citizenships">States among <paramref name="StatesInOrder"/> that the sentence names only as a person's
/// citizenship ("a citizen of Kyrgyzstan": <see cref="Citizenship"/>; border31, read by the page's pair of two states).</param>
public sealed record BorderEvidence(IReadOnlyList<string> StatesInOrder, bool MentionsBorder, GazetteerEntry? Place, IncidentType Type, bool NonBorderTopic,
    bool SingularBorder = false, string? ExplicitBorder = null, IReadOnlyList<string>? CountriesByName = null,
    bool StatesBorrowed = false, bool NearMainBorder = false, bool BordersInGeneral = false, bool OrganizationTakesPart = false,
    IReadOnlyList<string>? Suppliers = null, IReadOnlyList<string>? Citizenships = null);

/// <summary>
/// Stage 8: which tracked border an incident concerns. A border named outright first ("the Kyrgyz-Tajik border",
/// "Tajikistan ... its border with Afghanistan"), then a place that lies on a border (it wins over whoever reports
/// it), then two neighbours away from the hub, then the hub's border with the one neighbour named beside a border
/// word ("the Turkmen-Afghan border", "the Tajik border") or in a crossing, clash or capture, then the document's main
/// border when the span names both its states (with a third in passing) or one of them beside a border word, or that
/// border's neighbour state and no other.
/// </summary>
public sealed class BorderAssigner
{
    private readonly GazetteerIndex gazetteer;
    private readonly string hub;
    private readonly HashSet<string> neighbours;

    /// <param name="hub">The state whose borders are tracked (Afghanistan).</param>
    public BorderAssigner(GazetteerIndex gazetteer, string hub = "AFG")
    {
        this.gazetteer = gazetteer;
        this.hub = hub;
        neighbours = gazetteer.Neighbours(hub).ToHashSet(StringComparer.Ordinal);
    }

    private IReadOnlyList<string> NeighboursIn(IEnumerable<string> states) => states.Where(neighbours.Contains).Distinct().ToList();

    /// <summary>The main border of an article and of each of a digest's sections (see <see cref="ArticleBorders"/>).</summary>
    public ArticleBorders MainBorders(IReadOnlyList<Pipeline.Sentence> sentences, IReadOnlyList<BorderEvidence> evidence) =>
        ArticleBorders.From(sentences, evidence, gazetteer, hub);

    private string? PairAwayFromHub(IReadOnlyList<string> states) => PairAwayFromHub(gazetteer, hub, states)?.Code;

    /// <summary>The tracked border of the only two states named, when neither is the hub ("Kyrgyz and Tajik"), else null
    /// (a span's, and a page's vote for a pair away from the hub: <see cref="ArticleBorders"/>).</summary>
    internal static BorderEntry? PairAwayFromHub(GazetteerIndex gazetteer, string hub, IReadOnlyList<string> states)
    {
        var distinct = states.Distinct().ToList();
        if (distinct.Count != 2 || distinct.Contains(hub)) return null;
        return gazetteer.BorderBetween(distinct[0], distinct[1]);
    }

    /// <param name="sceneBorder">The border the sentence just before is about by its own evidence (see <see cref="ArticleBorders.SceneBefore"/>).</param>
    /// <param name="homeState">The state the page is written from when it never names the hub (see <see cref="HomeState"/>).</param>
    public string? Assign(BorderEvidence span, string? documentBorder, string? sceneBorder = null, string? homeState = null) =>
        ByRules(span, documentBorder, sceneBorder, homeState) ?? OwnPair(span);

    /// <summary>
    /// A span the rules left without a border that names exactly two neighbours away from the hub, and no other state
    /// or international organization, is about their border whatever the article's main border: "Bishkek and Tashkent
    /// signed an agreement on the reservoir" in a digest about the Afghan frontier, "Kyrgyzstan accused Tajikistan of
    /// building a road". Not for weapons changing hands (a supplier is no side of a border), not on a topic away from
    /// borders, not for all borders at once, not with states borrowed from the sentences before, and not at a place
    /// inside the hub.
    /// </summary>
    private string? OwnPair(BorderEvidence span)
    {
        if (span.NonBorderTopic || span.BordersInGeneral || span.StatesBorrowed || span.OrganizationTakesPart || span.Type == IncidentType.ArmsTransfer) return null;
        if (span.Place is { } place && place.Country == hub) return null;
        return PairAwayFromHub(span.StatesInOrder);
    }

    /// <summary>
    /// A delivery from a state outside the tracked borders (Russia, Turkey, Japan) is about the receiving side's border:
    /// in an article about one border, "the detachment took delivery of vehicles from Russia" is about that border when
    /// every other state it names is one of the border's two (the receiver), or it names no other; on a border of the hub
    /// the named receiver must be the hub's neighbour (the hub's actors turn up everywhere). The supplier is a state named
    /// as one ("from Russia": <see cref="BorderEvidence.Suppliers"/>, whatever its own borders, unless a neighbour of the
    /// hub) or a state on no tracked border.
    /// </summary>
    private bool ReceiverFits(BorderEvidence span, BorderEntry border)
    {
        var sides = span.StatesInOrder.Where(s => gazetteer.Neighbours(s).Any()).Distinct().ToList();
        // (A neighbour of the hub named as the supplier, "vans donated by China", is itself a side of the tracked borders:
        // its gift to a service as a whole stays on no one border, as before border28.)
        var supplierNamed = span.Suppliers?.Any(s => s != hub && !neighbours.Contains(s)) == true || sides.Count < span.StatesInOrder.Distinct().Count();
        if (!supplierNamed || !sides.All(border.Involves)) return false;
        return !border.Involves(hub) || sides.Count == 0 || sides.Contains(border.Other(hub));
    }

    /// <summary>
    /// In an article about one border, a span whose only states are that border's two, one of them the country of a
    /// place named in it whose one border is with a state the span does not name, is on the article's border: the sides
    /// of an event and the page agree against a place name, which another place may share (Ak-Sai in Batken and the
    /// Ak-Sai valley by Torugart). On a page about another border (Russian lorries queueing at a Kyrgyz crossing) the
    /// place keeps its border. Not for weapons changing hands (a supplier is no side) and not with states borrowed from
    /// the sentences before.
    /// </summary>
    private string? PairOverPlace(BorderEvidence span, string? documentBorder)
    {
        if (documentBorder is null) return null;
        if (span.Place is not { Country: { } own } place || place.BorderCodes.Count != 1 || span.StatesBorrowed ||
            span.Type == IncidentType.ArmsTransfer || span.OrganizationTakesPart) return null;
        if (span.StatesInOrder.Distinct().ToList() is not [var first, var second] || (first != own && second != own)) return null;
        var other = first == own ? second : first;
        var pair = gazetteer.BorderBetween(own, other);
        return pair is not null && pair.Code == documentBorder && pair.Code != place.BorderCodes[0] ? pair.Code : null;
    }

    private string? ByRules(BorderEvidence span, string? documentBorder, string? sceneBorder, string? homeState)
    {
        if (span.NonBorderTopic) return null;
        if (span.ExplicitBorder is { } named && gazetteer.Border(named) is not null) return named;
        // "Chinese herders held by Kyrgyz guards near Ak-Sai" on a page about the Chinese-Kyrgyz border: the two sides
        // named outright win over a place whose only border is with a state nobody names (another place's name too).
        if (PairOverPlace(span, documentBorder) is { } sides) return sides;
        // A place on a border says where it happened, whoever reports it. Among a place's several borders a supplier
        // named picks too ("vehicles from China for the posts in Murghob": the Chinese border, not the Afghan one).
        IReadOnlyList<string> placeStates = span.Suppliers is { Count: > 0 } suppliers ? [.. span.StatesInOrder, .. suppliers] : span.StatesInOrder;
        if (gazetteer.BorderOfPlace(span.Place, placeStates, documentBorder, hub) is { } placeBorder) return placeBorder;
        // "all border disputes with its neighbours": a policy on every border, so on none in particular.
        if (span.BordersInGeneral) return null;
        // "Kyrgyz and Tajik border guards exchanged fire": two neighbours away from the hub.
        if ((span.MentionsBorder || span.Type is IncidentType.CrossBorderMovement or IncidentType.ArmedClash or IncidentType.TerritorialControl) &&
            PairAwayFromHub(span.StatesInOrder) is { } pair)
            return pair;
        // "The Tajik and Uzbek defence ministers met in Tashkent": talks or an agreement between two neighbours, and no
        // one else's, are about their border (in an article about another border they are not: see below).
        if (documentBorder is null && span.Type is IncidentType.DiplomaticMeeting or IncidentType.Agreement && !span.StatesBorrowed && !span.OrganizationTakesPart &&
            span.StatesInOrder.Distinct().ToList() is [var one, var other] && gazetteer.BorderBetween(one, other) is { } between)
            return between.Code;
        // In an article about one border, a span naming both its states (a third state in passing does not change the
        // pair), or only one of them beside a border word ("Uzbekistan stationed troops at the crossing"), is about it.
        // (Borders of the hub keep the rules below, which weigh the hub's neighbours.)
        if (documentBorder is not null && gazetteer.Border(documentBorder) is { } main && !main.Involves(hub))
        {
            var states = span.StatesInOrder.Distinct().ToList();
            if (states.Contains(main.StateA) && states.Contains(main.StateB)) return documentBorder;
            if (span.MentionsBorder && states.Count == 1 && main.Involves(states[0])) return documentBorder;
        }
        // In an article about the Kyrgyz-Tajik border, a call between the two presidents or an appeal to both
        // capitals is about that border too.
        if (documentBorder is not null && PairAwayFromHub(span.StatesInOrder) == documentBorder) return documentBorder;
        var n = NeighboursIn(span.StatesInOrder);
        // "Tajik border guards" in an article about the Kyrgyz-Tajik border: that border, not Tajikistan's with the hub.
        // Not "all its borders": that is about several.
        if (span.SingularBorder && documentBorder is not null && gazetteer.Border(documentBorder) is { } article &&
            span.StatesInOrder.Distinct().ToList() is [var only] && article.Involves(only))
            return documentBorder;
        if (span.MentionsBorder)
        {
            // "the commander of the Turkmen border unit opposite" on an Iranian regiment's page that never names the
            // hub: the home state's border with Turkmenistan.
            if (HomeState.BorderWith(gazetteer, homeState, span.StatesInOrder) is { } fromHome) return fromHome;
            // "a Chinese border unit" in an article about the Tajik-Afghan border, the hub not named: the unit is with the
            // article's neighbour, on their shared border (ThirdStatePair).
            if (n.Count == 1 && ThirdStatePair.WithArticleNeighbour(gazetteer, hub, span.StatesInOrder, n[0], documentBorder) is { } shared) return shared;
            if (n.Count == 1) return Codes.BorderCode(hub, n[0]);
            if (n.Count > 1)
            {
                // Several borders named: only the one the sentence is about (its first state, the article's border) counts.
                var first = Codes.BorderCode(hub, n[0]);
                return first == documentBorder && span.StatesInOrder.FirstOrDefault(neighbours.Contains) == n[0] && span.StatesInOrder[0] == n[0] ? first : null;
            }
        }
        // border31: "servicemen of the Tajik side took a height near the village" on a Kyrgyz ministry's page that never
        // names the hub: a clash, crossing or capture told with one other state has the home state as its other side, so
        // it is on their border (as "Afghan soldiers fled to Uzbekistan" is on the hub's, below).
        if (span.Type is IncidentType.CrossBorderMovement or IncidentType.ArmedClash or IncidentType.TerritorialControl && !span.StatesBorrowed &&
            HomeState.BorderWith(gazetteer, homeState, span.StatesInOrder) is { } homeSide &&
            // (A crossing, or an act told with a border word or a place: "Kazakh troops retook the airport on Friday" on a
            // Kyrgyz outlet's page says nothing of where, mend31.)
            (span.Type == IncidentType.CrossBorderMovement || span.MentionsBorder || span.NearMainBorder || span.Place is not null))
            return homeSide;
        if (span.Place is { } place)
        {
            // A named place off the border (a district deep inside Afghanistan) overrides the document's default.
            if (place.PlaceKind is PlaceKind.District or PlaceKind.Town or PlaceKind.City && place.Country == hub) return null;
        }
        // "Afghan soldiers fled to Uzbekistan": an event between the hub and one neighbour is on their border.
        if (n.Count == 1 && span.StatesInOrder.Contains(hub) &&
            span.Type is IncidentType.CrossBorderMovement or IncidentType.ArmedClash or IncidentType.TerritorialControl)
            return Codes.BorderCode(hub, n[0]);
        // "the Afghan border" in an article about one border; Afghans crossing "back into Afghanistan" over it.
        if (n.Count == 0 && documentBorder is not null && span.StatesInOrder.Contains(hub) &&
            (span.SingularBorder || span.Type == IncidentType.CrossBorderMovement))
            return documentBorder;
        // In a report on several borders, "The Tajik side said its guards had been fired on first" right after a sentence
        // about the Kyrgyz-Tajik border is about that border: its own states all fit it and it names no place of its own.
        // On a border of the hub the other side must be among them (the hub's actors turn up everywhere).
        if (documentBorder is null && sceneBorder is not null && gazetteer.Border(sceneBorder) is { } scene && span.Place is null &&
            !span.StatesBorrowed && !span.BordersInGeneral && span.StatesInOrder.Count > 0 && span.StatesInOrder.All(scene.Involves) &&
            (!scene.Involves(hub) || span.StatesInOrder.Contains(scene.Other(hub))))
            return sceneBorder;
        if (documentBorder is null) return null;
        // In an article about one border, an incident with no border of its own takes that border when its actors fit
        // it: every state it names is one of the border's two ("Kyrgyzstan closed its side"), or it names none ("the
        // talks lasted three hours").
        // On a border of the hub, the states must be the span's own (not borrowed from the sentences before). The hub's
        // affairs told of the country as a whole ("the Taliban hold most of Afghanistan") are about none of its borders;
        // its actors alone ("Taliban officials said the post was back in their hands") fit the article's border only
        // right beside a sentence about that border: the hub's actors turn up in every part of a long analysis.
        if (gazetteer.Border(documentBorder) is { } home && span.StatesInOrder.Count > 0 && span.StatesInOrder.All(home.Involves) &&
            (!home.Involves(hub) || (!span.StatesBorrowed && (span.StatesInOrder.Contains(home.Other(hub)) ||
                (span.NearMainBorder && span.CountriesByName?.Contains(hub) != true)))))
            return documentBorder;
        if (span.Type == IncidentType.ArmsTransfer && gazetteer.Border(documentBorder) is { } receiving && ReceiverFits(span, receiving)) return documentBorder;
        if (span.Type is IncidentType.Exercise or IncidentType.ArmsTransfer) return null;
        // A span whose two states are neighbours away from the hub ("the Kyrgyz ministry sent a note to the Tajik
        // ambassador") is not on the hub's border with one of them: OwnPair gives their own.
        if (PairAwayFromHub(span.StatesInOrder) is not null) return null;
        if (n.Count == 1 && Codes.BorderCode(hub, n[0]) == documentBorder) return documentBorder;
        return null;
    }
}
