using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseText;
using GazetteerIndex = BorderWatch.Ingestion.Gazetteer.Gazetteer;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// The document's neighbouring incidents vote for a border the rules of <see cref="BorderAssigner"/> left open. An
/// incident with no border whose parties hold exactly one pair of states sharing a tracked border ("Bishkek accused
/// Dushanbe of building a road", "the Uzbek and Kazakh ministers will meet in May") takes that pair's border when the
/// incidents told around it (<see cref="Reach"/> either side) carry it more often than any other border. Never when its
/// sentence is about a topic away from borders (gas, trade: context.json <c>nonBorderTopics</c>), it speaks of all
/// borders at once, or its place lies inside the hub away from the border.
/// </summary>
internal sealed partial class PairBorderVote(Lexicon lexicon, GazetteerIndex gazetteer, string hub)
{
    /// <summary>How many incidents before and after vote.</summary>
    internal const int Reach = 3;

    internal void Apply(AnalysisInput input, List<Token> tokens, List<ExtractedIncident> incidents)
    {
        var given = incidents.Select(i => i.BorderCode).ToList();
        for (var i = 0; i < incidents.Count; i++)
        {
            var incident = incidents[i];
            if (incident.BorderCode is not null || PairBorder(incident) is not { } pair || AwayFromBorders(input, tokens, incident)) continue;
            var votes = Enumerable.Range(Math.Max(0, i - Reach), Math.Min(incidents.Count, i + Reach + 1) - Math.Max(0, i - Reach))
                .Where(j => j != i && given[j] is not null).GroupBy(j => given[j]!).ToDictionary(g => g.Key, g => g.Count());
            if (votes.GetValueOrDefault(pair) is var forPair and > 0 && votes.Where(v => v.Key != pair).All(v => v.Value < forPair))
                incidents[i] = incident with { BorderCode = pair };
        }
    }

    /// <summary>
    /// strict26 (issue 8, point 5: document context): an incident still without a border takes the page's border, settled
    /// by the one page vote (<see cref="ArticleBorders.Settled"/>: the border of more than half of the incidents that have
    /// one, else with none bordered the sentences' evidence vote; border28), when its actors fit it: every state among its parties is one of that
    /// border's two ("the akim warned that fuel smuggling ...", "the Uzbek post across the canal has brought in a second
    /// armoured car"). Not the hub's own fighting told with the hub alone ("the Taliban overran dozens of districts": the
    /// war inside the country is on none of its borders), not an incident with no state, and not one away from borders (a
    /// place deep inside the hub, all borders at once, a topic away from borders).
    /// </summary>
    internal void FillFromDocument(AnalysisInput input, List<Token> tokens, List<ExtractedIncident> incidents, ArticleBorders page)
    {
        var sentenceOf = incidents.Select(i => input.SentenceAt(i.ExcerptStart)).ToList();
        var settled = page.Settled(sentenceOf, incidents.Select(i => i.BorderCode).ToList());
        for (var i = 0; i < incidents.Count; i++)
        {
            var incident = incidents[i];
            if (incident.BorderCode is not null || settled[i] is not { } code || gazetteer.Border(code) is not { } main) continue;
            var states = States(incident);
            // attrib43: a delivery from a state on no tracked border (Japan, Turkey) is about the receiver's border, and an
            // incident naming no state is about the page's border when told with a border word (PairBorderVote.Stateless).
            if (incident.Type == IncidentType.ArmsTransfer) states = OnTrackedBorders(states);
            if (states.Count == 0 ? !StatelessFits(tokens, incident, main) : !states.All(main.Involves)) continue;
            if (states is [var only] && only == hub && incident.Type is IncidentType.TerritorialControl or IncidentType.ArmedClash) continue;
            if (AwayFromBorders(input, tokens, incident)) continue;
            incidents[i] = incident with { BorderCode = code };
        }
    }

    private List<string> States(ExtractedIncident incident) =>
        incident.Actors.Select(a => a.Key).Where(k => gazetteer.Find(k) is { Kind: EntryKind.State }).Distinct().ToList();

    /// <summary>The border of the only pair of neighbours among the incident's party states, else null.</summary>
    private string? PairBorder(ExtractedIncident incident)
    {
        var states = States(incident);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var a = 0; a < states.Count; a++)
            for (var b = a + 1; b < states.Count; b++)
                if (gazetteer.BorderBetween(states[a], states[b]) is { } border) codes.Add(border.Code);
        return codes.Count == 1 ? codes.First() : null;
    }

    private bool AwayFromBorders(AnalysisInput input, List<Token> tokens, ExtractedIncident incident)
    {
        if (incident.PlaceKey is { } key && gazetteer.FindPlace(key) is { PlaceKind: PlaceKind.District or PlaceKind.Town or PlaceKind.City } place &&
            place.Country == hub && place.BorderCodes.Count == 0)
            return true;
        var excerpt = Slice(tokens, incident.ExcerptStart, incident.ExcerptEnd);
        if (lexicon.BordersInGeneral.Matches(excerpt).Count > 0) return true;
        var sentence = input.Sentences.FirstOrDefault(s => s.Start <= incident.ExcerptStart && incident.ExcerptStart < s.End);
        return sentence is not null && BorderTopics.AwayFromBorders(lexicon, Slice(tokens, sentence.Start, sentence.End));
    }
}
