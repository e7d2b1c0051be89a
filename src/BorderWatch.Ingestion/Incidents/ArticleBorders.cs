using System.Text.RegularExpressions;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Pipeline;
using GazetteerIndex = BorderWatch.Ingestion.Gazetteer.Gazetteer;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// The border an article is about, and in a digest (numbered or capitalised section headings) the border of each
/// section: a section about one border gives its incidents that border even when the whole issue covers several.
/// </summary>
public sealed partial class ArticleBorders
{
    // How many sentences before a span may show that it is about the main border.
    private const int NearBefore = 3;
    private readonly string? article;
    private readonly string?[] bySentence;
    private readonly IReadOnlyList<BorderEvidence> evidence;

    private readonly string hub;
    private readonly GazetteerIndex gazetteer;

    private ArticleBorders(string? article, string?[] bySentence, IReadOnlyList<BorderEvidence> evidence, GazetteerIndex gazetteer, string hub, string? home)
    {
        Home = home;
        this.hub = hub;
        this.gazetteer = gazetteer;
        this.article = article;
        this.bySentence = bySentence;
        this.evidence = evidence;
    }

    /// <summary>
    /// True when sentence <paramref name="index"/> or one of the three before it is about its main border by its own
    /// evidence: the border named, a place on it, or both its states. Looking back stops at an earlier sentence's town or
    /// district inside the hub: the story has moved inland, and the sentences after it tell of that place.
    /// </summary>
    public bool NearMain(int index)
    {
        if (At(index) is not { } main) return false;
        var parts = main.Split('-');
        for (var j = Math.Min(evidence.Count - 1, index); j >= 0 && j >= index - NearBefore; j--)
        {
            var e = evidence[j];
            if (e.ExplicitBorder == main || e.Place?.BorderCodes.Contains(main) == true || parts.All(e.StatesInOrder.Contains)) return true;
            // (The sentence's own place may be its source's, "officials in Kabul said": the span's rules weigh that.)
            if (j < index && e.Place is { PlaceKind: PlaceKind.District or PlaceKind.Town or PlaceKind.City, BorderCodes.Count: 0 } inland && inland.Country == hub)
                return false;
        }
        return false;
    }

    /// <summary>
    /// The border the sentence just before <paramref name="index"/> is about by its own evidence: a border named outright,
    /// a place on one border only, or two neighbours in a clash, crossing or capture or beside a border word. In a
    /// report that covers several borders it sets the scene for a one-sided follow-up ("The Tajik side said ...").
    /// </summary>
    public string? SceneBefore(int index)
    {
        if (index < 1 || index > evidence.Count) return null;
        // A chronology's date line ("10 September") names nothing: the scene is set by the entry before it.
        var before = index - 1;
        if (before > 0 && evidence[before] is { StatesInOrder.Count: 0, Place: null, ExplicitBorder: null }) before--;
        var e = evidence[before];
        if (e.NonBorderTopic || e.BordersInGeneral) return null;
        if (e.ExplicitBorder is { } named && gazetteer.Border(named) is not null) return named;
        var states = e.StatesInOrder.Distinct().ToList();
        if (e.Place?.BorderCode is { } placed && gazetteer.Border(placed) is { } line && states.All(line.Involves)) return placed;
        // (Two neighbours away from the hub are about their border without the word: "Kyrgyzstan accuses Tajikistan of ...".)
        if (states is [var a, var b] && (e.MentionsBorder || e.Type is IncidentType.ArmedClash or IncidentType.CrossBorderMovement or IncidentType.TerritorialControl ||
                                         (a != hub && b != hub)))
            return gazetteer.BorderBetween(a, b)?.Code;
        return null;
    }

    /// <summary>The state the page is written from when it never names the hub (see <see cref="HomeState"/>), else null.</summary>
    public string? Home { get; }

    /// <summary>The main border of the article as a whole (null when no border is clearly ahead).</summary>
    public string? Article => article;

    /// <summary>The main border for sentence <paramref name="index"/>: its section's when the section has one, else the article's.</summary>
    public string? At(int index) => index >= 0 && index < bySentence.Length ? bySentence[index] ?? article : article;

    /// <summary>Votes over every sentence's evidence (<paramref name="evidence"/>[i] belongs to <paramref name="sentences"/>[i]).</summary>
    public static ArticleBorders From(IReadOnlyList<Sentence> sentences, IReadOnlyList<BorderEvidence> evidence, GazetteerIndex gazetteer, string hub)
    {
        var home = HomeState.Of(evidence, gazetteer, hub);
        var article = Vote(evidence, gazetteer, hub, home);
        var bySentence = new string?[sentences.Count];
        var starts = Enumerable.Range(0, sentences.Count).Where(i => IsSectionHeading(sentences, i)).ToList();
        // A single heading is a title or a subhead, not a digest; but a heading in capitals well into the story ("BATKEN
        // TALKS" after a wire wrap-up's three paragraphs on another border) parts what is told before it from what after
        // (border28): the text before it is a section too.
        if (starts is [var single] && MidStory(sentences, single)) starts = [0, single];
        if (starts.Count < 2) return new ArticleBorders(article, bySentence, evidence, gazetteer, hub, home);
        for (var k = 0; k < starts.Count; k++)
        {
            var end = k + 1 < starts.Count ? starts[k + 1] : sentences.Count;
            var section = Vote(evidence.Skip(starts[k]).Take(end - starts[k]).ToList(), gazetteer, hub, home);
            for (var i = starts[k]; i < end; i++) bySentence[i] = section;
        }
        return new ArticleBorders(article, bySentence, evidence, gazetteer, hub, home);
    }

    /// <summary>
    /// The border the spans' border sentences name most often, if clearly ahead. A border named outright, a place on a
    /// border, a pair of neighbours count two (several pairs, or pairs beside a place, one each); a single state beside a
    /// border word counts for its border with the hub ("the Tajik border") only when no border is named at all. A place on
    /// several borders named without a border word votes only for the one the sentence's states pick: alone it says
    /// nothing of which ("officials in Murghab said"). On a page written from a home state that never names the hub, a
    /// single state beside a border word counts for its border with the home state instead.
    /// </summary>
    public static string? Vote(IReadOnlyList<BorderEvidence> spans, GazetteerIndex gazetteer, string hub, string? home = null)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var hubNamed = spans.Any(s => s.StatesInOrder.Contains(hub));
        var singles = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(string code, int n) => counts[code] = counts.GetValueOrDefault(code) + n;
        // Only sentences that speak of a border vote: an article that merely names a neighbour is not about its border.
        // A crossing, a town or a district on a border speaks of it without the word ("fighters held the crossing at
        // the bridge"), so a sentence naming one votes for its border, once (a passing mention weighs less).
        foreach (var span in spans.Where(s => !s.NonBorderTopic))
        {
            if (!span.MentionsBorder)
            {
                // "Kyrgyz forces drove Tajik troops off hills in Batken region": a clash, crossing or capture at a place on a
                // border whose two states the sentence names, and no other, is about that border without the word (a region too).
                if (span.Type is IncidentType.ArmedClash or IncidentType.CrossBorderMovement or IncidentType.TerritorialControl &&
                    gazetteer.BorderOfPlace(span.Place, span.StatesInOrder, null, hub, hubByDefault: false) is { } both && gazetteer.Border(both) is { } line &&
                    span.StatesInOrder.Distinct().Count() == 2 && span.StatesInOrder.All(line.Involves))
                {
                    Add(both, 2);
                    continue;
                }
                if (span.Place is { PlaceKind: not (PlaceKind.Province or PlaceKind.Region or PlaceKind.River) } &&
                    gazetteer.BorderOfPlace(span.Place, span.StatesInOrder, null, hub, hubByDefault: false) is { } at)
                    Add(at, 1);
                continue;
            }
            if (span.ExplicitBorder is { } named && gazetteer.Border(named) is not null) { Add(named, 2); continue; }
            var states = span.StatesInOrder.Distinct().Where(s => gazetteer.Neighbours(s).Any()).ToList();
            var pairs = states.SelectMany((a, i) => states.Skip(i + 1).Select(b => gazetteer.BorderBetween(a, b)?.Code))
                .OfType<string>().ToList();
            // A place on a border counts two; the pairs beside it, or several pairs in one sentence, one each. A place on
            // several borders, one of them the hub's, is on the hub's only on a page that names the hub (border28: "the
            // Lebap stretch" on a page about Turkmen guards and Uzbek villagers is not the Afghan border).
            var placed = gazetteer.BorderOfPlace(span.Place, span.StatesInOrder, null, hub, hubByDefault: hubNamed);
            // The states a sentence names outweigh a place that is on another of their borders (a province reaches
            // several): Kyrgyz and Uzbek traders in a province that also borders Tajikistan are on the Kyrgyz-Uzbek border.
            if (placed is not null && pairs.Count > 0 && !pairs.Contains(placed)) placed = null;
            if (placed is not null) Add(placed, 2);
            foreach (var pair in pairs) Add(pair, pairs.Count == 1 && placed is null ? 2 : 1);
            if (placed is not null || pairs.Count > 0) continue;
            foreach (var state in states) singles[state] = singles.GetValueOrDefault(state) + (states.Count == 1 ? 2 : 1);
        }
        // "The Tajik border" alone says which border only where no border is named at all: then the hub's, or on a page
        // that never names the hub, the border of the one pair of neighbours away from it the page names with that state.
        if (counts.Count == 0)
        {
            var away = AwayPairs(spans, gazetteer, hub);
            foreach (var (state, n) in singles)
                if ((home is not null && state != home ? gazetteer.BorderBetween(home, state)
                        : away.Where(b => b.Involves(state)).ToList() is [var pair] ? pair : gazetteer.BorderBetween(hub, state)) is { } withHub)
                    Add(withHub.Code, n);
        }
        var ranked = counts.OrderByDescending(kv => kv.Value).ToList();
        if (ranked.Count == 0 || ranked[0].Value < 2) return null;
        if (ranked.Count > 1 && ranked[0].Value < 2 * ranked[1].Value) return null;
        return ranked[0].Key;
    }

    /// <summary>
    /// On a page that never names the hub, the borders of the sentences that name exactly two neighbours away from it
    /// ("Kyrgyz farmers were fired on from the Tajik bank"), with or without a border word; with no such sentence, the
    /// border of the only two states the page names at all; none where the hub is named.
    /// </summary>
    private static IReadOnlyList<BorderEntry> AwayPairs(IReadOnlyList<BorderEvidence> spans, GazetteerIndex gazetteer, string hub)
    {
        if (spans.Any(s => s.StatesInOrder.Contains(hub))) return [];
        var bordered = spans.Where(s => !s.NonBorderTopic && !s.BordersInGeneral).ToList();
        var pairs = bordered.Select(s => BorderAssigner.PairAwayFromHub(gazetteer, hub, s.StatesInOrder))
            .OfType<BorderEntry>().DistinctBy(b => b.Code).ToList();
        if (pairs.Count > 0) return pairs;
        // border30: a column whose items each name one side ("crossed into Uzbekistan", "a Kyrgyz border patrol"): no
        // sentence names the pair, but the page as a whole names exactly two states, and they share a border. A state a
        // sentence names only as someone's citizenship ("One courier was a citizen of Kyrgyzstan") is no side (border31).
        var sides = bordered.SelectMany(s => s.StatesInOrder.Where(state => s.Citizenships?.Contains(state) != true)).ToList();
        return BorderAssigner.PairAwayFromHub(gazetteer, hub, sides) is { } page ? [page] : [];
    }

    // A heading with at least three paragraphs before it (a title, a lead and more) and one after it.
    private static bool MidStory(IReadOnlyList<Sentence> sentences, int heading)
    {
        var paragraph = sentences[heading].Paragraph;
        var before = sentences.Take(heading).Where(s => !s.IsDateline).Select(s => s.Paragraph).Distinct().Count();
        return before >= 3 && sentences.Skip(heading).Any(s => s.Paragraph > paragraph);
    }

    // "1. DARWAZ: A CHECKPOINT LOST", "WAKHAN: FIRST JOINT VISIT", "3) Pick-ups for Murghab": the first sentence of a
    // short paragraph of its own (the segmenter may cut it after "1."), numbered or in capitals, with no sentence end.
    private static bool IsSectionHeading(IReadOnlyList<Sentence> sentences, int i)
    {
        var s = sentences[i];
        if (s.IsDateline || (i > 0 && sentences[i - 1].Paragraph == s.Paragraph)) return false;
        var line = string.Join(" ", sentences.Skip(i).TakeWhile(x => x.Paragraph == s.Paragraph).Select(x => x.Text));
        if (line.Length > 80 || line.EndsWith('.')) return false;
        var letters = line.Where(char.IsLetter).ToList();
        if (letters.Count < 4) return false;
        return letters.All(char.IsUpper) || NumberedHeading().IsMatch(line);
    }

    [GeneratedRegex(@"^\d{1,2}[.)]\s+\p{Lu}")]
    private static partial Regex NumberedHeading();
}
