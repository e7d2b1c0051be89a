using System.Text.Json;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// Two frames that say what a word is not: a hostile act whose participant or act is marked as simulated is a rehearsal
/// ("repelled a pretend gang", "a sham assault", "pounded dummy targets": an exercise), and a verb form that ends a place's
/// name is that place ("at the Kok-Jar crossing": no crossing happened).
/// </summary>
public sealed partial class PredicateFrames
{
    private readonly HashSet<string> scenarioModifiers, scenarioHeads, scenarioClasses, verbalAfterPlace, pathBeforePlace;
    private readonly int scenarioReach;
    private readonly Frame underFire;

    /// <summary>The type a simulated hostile act stands for (frames.json scenarios).</summary>
    internal IncidentType ScenarioType { get; }

    private static (HashSet<string>, HashSet<string>, HashSet<string>, IncidentType, int) ReadScenarios(JsonElement e, Func<string, IncidentType> type)
    {
        static HashSet<string> Set(JsonElement x, string name) => x.GetProperty(name).EnumerateArray().Select(w => w.GetString()!).ToHashSet(StringComparer.Ordinal);
        return (Set(e, "modifiers"), Set(e, "heads"), Set(e, "classes"), type(e.GetProperty("type").GetString()!), e.GetProperty("reach").GetInt32());
    }

    /// <summary>
    /// "a pretend gang of smugglers", "a sham assault", "dummy targets", "a fictitious incursion": a simulation modifier
    /// followed within reach words by a hostile noun (an attack, crossing or seizure by WordNet class, or an opponent or
    /// target of one), the words from the modifier to that noun. Not "the imaginary line" or "a sham vote".
    /// </summary>
    internal IEnumerable<FramedEvent> Scenarios(IReadOnlyList<Token> toks)
    {
        for (var i = 0; i < toks.Count; i++)
        {
            if (!scenarioModifiers.Contains(toks[i].Folded)) continue;
            for (var j = i + 1; j < toks.Count && j - i <= scenarioReach; j++)
                if (char.IsLower(toks[j].Original[0]) && Hostile(toks[j].Folded))
                {
                    yield return new(ScenarioType, new PhraseMatch(i, j, "frame:scenario"));
                    break;
                }
        }
    }

    /// <summary>A noun (folded, any number) that names a hostile act or its opponent or target: "assault", "raiders", "targets".</summary>
    internal bool Hostile(string noun) =>
        classes.NounLemmas(noun).Append(noun).Append(noun.EndsWith('s') ? noun[..^1] : noun)
            .Any(l => scenarioHeads.Contains(l) || classes.NounClasses(l).Any(scenarioClasses.Contains));

    /// <summary>A word that marks what it modifies as simulated ("sham", "dummy", "pretend").</summary>
    internal bool Simulates(string word) => scenarioModifiers.Contains(word);

    /// <summary>
    /// "came under sniper fire", "is under heavy mortar fire": one of the underFire prepositions followed within reach
    /// words by a noun of one of its classes (fire, shells, rockets) is an attack on the subject.
    /// </summary>
    internal IEnumerable<FramedEvent> UnderFire(IReadOnlyList<Token> toks)
    {
        for (var i = 0; i + 1 < toks.Count; i++)
        {
            if (!underFire.Prepositions.Contains(toks[i].Folded)) continue;
            for (var j = i + 1; j < toks.Count && j - i <= underFire.Reach; j++)
                if (NounOf(toks[j], underFire.Classes)) { yield return new(underFire.Type, new PhraseMatch(i, j, "frame:under-fire")); break; }
        }
    }

    /// <summary>
    /// "the queues at the Zhibek Zholy crossing", "a new Irkeshtam crossing regime": an -ing form right after a name, with
    /// no object or path after it (no determiner, "into", "over" ...), is the last word of the place's name, not a verb.
    /// A path through the place ("sent the herders home through the Kara-Suu crossing") still crosses: after one of
    /// pathBefore, the name keeps its event reading.
    /// </summary>
    internal bool EndsPlaceName(IReadOnlyList<Token> toks, int at, int firstSentenceToken)
    {
        if (at - 1 <= firstSentenceToken || !toks[at].Folded.EndsWith("ing", StringComparison.Ordinal) || !char.IsUpper(toks[at - 1].Original[0]) ||
            (at + 1 < toks.Count && verbalAfterPlace.Contains(toks[at + 1].Folded))) return false;
        var k = at - 1;
        while (k > firstSentenceToken && (char.IsUpper(toks[k].Original[0]) || toks[k].Folded is "the" or "-")) k--;
        return !pathBeforePlace.Contains(toks[k].Folded);
    }
}
