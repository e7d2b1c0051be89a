using System.Text.Json;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>An event read from a predicate's arguments: its type and the words that carry it.</summary>
internal readonly record struct FramedEvent(IncidentType Type, PhraseMatch Match);

/// <summary>
/// Event predicates recognised by the WordNet classes of their arguments (data: <c>Lexicon/frames.json</c>), so that an
/// unseen phrasing of a known structure is read: a reciprocal verb with a projectile as its theme is a clash ("traded
/// volleys"), a signed document an agreement ("a memorandum was concluded"), a place under an owner's control is held
/// ("the post is now in militant hands", "the rebels run the district"), a motion verb from one state into another is a
/// crossing ("slipped from A into B's province"). The parse is not needed: the frames read words around the verb, so a
/// misparsed sentence ("traded" read as an adjective) is still understood.
/// </summary>
public sealed partial class PredicateFrames
{
    private readonly EventClasses classes;
    private readonly List<Frame> themes;
    private readonly Frame control, governs, paths;

    internal static readonly HashSet<string> BeForms = new(StringComparer.Ordinal) { "is", "are", "was", "were", "be", "been", "being" };

    // A passive: a form of "be" right before the verb, or before one adverb ("is now controlled", "was formally ratified").
    // ("have been running" is progressive: no -ing form is passive.)
    private static bool PassiveAt(IReadOnlyList<Token> toks, int verb) => !toks[verb].Folded.EndsWith("ing", StringComparison.Ordinal) &&
        ((verb > 0 && BeForms.Contains(toks[verb - 1].Folded)) ||
        (verb > 1 && BeForms.Contains(toks[verb - 2].Folded) && (toks[verb - 1].Folded.EndsWith("ly", StringComparison.Ordinal) || toks[verb - 1].Folded is "now" or "still" or "already" or "also")));
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    { "from", "to", "of", "with", "by", "for", "at", "in", "on", "into", "onto", "near", "about", "over", "across", "through", "along", "toward", "towards", "past", "around" };

    private sealed record Frame(IncidentType Type, HashSet<string> Verbs, HashSet<string> Classes, HashSet<string> Prepositions,
                                HashSet<string> Sources, HashSet<string> Goals, int Reach, int OwnerReach, bool Passive, HashSet<string> Unchanged,
                                HashSet<string> Payloads, HashSet<string> NounAfter);

    public PredicateFrames(string json, EventClasses classes, Func<string, IncidentType> type)
    {
        this.classes = classes;
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        static HashSet<string> Set(JsonElement e, string name) =>
            e.TryGetProperty(name, out var a) ? a.EnumerateArray().Select(x => x.GetString()!).ToHashSet(StringComparer.Ordinal) : new(StringComparer.Ordinal);
        Frame Read(JsonElement e) =>
            new(type(e.GetProperty("type").GetString()!), Set(e, "verbs"), [.. Set(e, "themes"), .. Set(e, "classes"), .. Set(e, "verbClasses")],
                [.. Set(e, "prepositions"), .. Set(e, "intoPrepositions")], Set(e, "sourcePrepositions"), Set(e, "goalPrepositions"),
                e.GetProperty("reach").GetInt32(), e.TryGetProperty("ownerReach", out var o) ? o.GetInt32() : 0,
                e.TryGetProperty("passive", out var p) && p.GetBoolean(), Set(e, "unchanged"), Set(e, "payloads"), Set(e, "nounAfter"));
        themes = root.GetProperty("themes").EnumerateArray().Select(Read).ToList();
        control = Read(root.GetProperty("controlStates"));
        governs = Read(root.GetProperty("governs"));
        paths = Read(root.GetProperty("paths"));
        (scenarioModifiers, scenarioHeads, scenarioClasses, ScenarioType, scenarioReach) = ReadScenarios(root.GetProperty("scenarios"), type);
        verbalAfterPlace = Set(root.GetProperty("namedPlaces"), "verbalNext");
        pathBeforePlace = Set(root.GetProperty("namedPlaces"), "pathBefore");
        underFire = Read(root.GetProperty("underFire"));
        (captureVerbs, harmVerbs, CaptureType) = ReadActs(root.GetProperty("acts"), type);
    }

    internal IncidentType ControlType => control.Type;

    private bool NounOf(Token t, HashSet<string> wanted) =>
        char.IsLower(t.Original[0]) && classes.NounLemmas(t.Folded).Any(l => classes.NounClasses(l).Any(wanted.Contains));

    private static bool Party(EntityMention m) => m.Entry.Kind is EntryKind.State or EntryKind.ArmedGroup or EntryKind.Organization or EntryKind.Person;

    private static bool PartyAt(IReadOnlyList<Token> toks, IReadOnlyList<EntityMention> mentions, int k) =>
        mentions.Any(m => Party(m) && m.Start <= toks[k].Start && toks[k].End <= m.End);

    /// <summary>"exchanged shots", "traded volleys", "initialled a memorandum", "a treaty was ratified": a verb with its theme.</summary>
    internal IEnumerable<FramedEvent> Themes(IReadOnlyList<Token> toks)
    {
        for (var i = 0; i < toks.Count; i++)
        {
            var forms = classes.VerbCandidatesOf(toks[i].Folded);
            foreach (var frame in themes)
            {
                if (!frame.Verbs.Overlaps(forms)) continue;
                var theme = Enumerable.Range(i + 1, Math.Max(0, Math.Min(frame.Reach, toks.Count - i - 1))).FirstOrDefault(j => NounOf(toks[j], frame.Classes), -1);
                // "A memorandum on ... was concluded": the theme is the passive subject before the verb.
                if (theme < 0 && frame.Passive && PassiveAt(toks, i) && Enumerable.Range(0, i - 1).Any(j => NounOf(toks[j], frame.Classes)))
                    theme = i;
                if (theme >= 0) { yield return new(frame.Type, new PhraseMatch(i, theme, "frame:theme")); break; }
            }
        }
    }

    /// <summary>"the post is now in Taliban hands", "came under the control of the militants": a place before a control noun with an owner.</summary>
    internal IEnumerable<FramedEvent> ControlStates(IReadOnlyList<Token> toks, IReadOnlyList<EntityMention> mentions, Func<int, bool> place)
    {
        for (var i = 1; i < toks.Count; i++)
        {
            if (!control.Prepositions.Contains(toks[i].Folded) || !Enumerable.Range(0, i).Any(place)) continue;
            // "the island remained under Uzbek control": nothing changed hands.
            if (Enumerable.Range(Math.Max(0, i - 3), Math.Min(3, i)).Any(k => control.Unchanged.Any(u => classes.IsVerbFormOf(toks[k].Folded, u)))) continue;
            for (var j = i + 1; j < toks.Count && j - i <= control.Reach; j++)
            {
                if (!NounOf(toks[j], control.Classes)) continue;
                var owner = Enumerable.Range(i + 1, j - i - 1).Any(k => PartyAt(toks, mentions, k)) ||
                            (j + 1 < toks.Count && toks[j + 1].Folded == "of" &&
                             Enumerable.Range(j + 2, Math.Max(0, Math.Min(control.OwnerReach, toks.Count - j - 2))).Any(k => PartyAt(toks, mentions, k)));
                if (owner) yield return new(control.Type, new PhraseMatch(i, j, "frame:control"));
                break;
            }
        }
    }

    /// <summary>"the rebels now run the district", "the crossing is controlled by the militants": a governing verb with a place it governs.</summary>
    internal IEnumerable<FramedEvent> Governs(IReadOnlyList<Token> toks, IReadOnlyList<EntityMention> mentions, IReadOnlyList<ClassMatch> matches, Func<int, bool> place)
    {
        foreach (var verb in matches.Where(c => c.Verb && !c.Adjective && !c.Attributive && governs.Classes.Contains(c.Class)))
        {
            var (at, last) = (verb.Match.First, verb.Match.Last);
            var passive = PassiveAt(toks, at);
            var held = passive
                ? Enumerable.Range(0, at).Any(place) && last + 1 < toks.Count && toks[last + 1].Folded == "by" &&
                  Enumerable.Range(last + 2, Math.Max(0, Math.Min(governs.OwnerReach, toks.Count - last - 2))).Any(k => PartyAt(toks, mentions, k))
                : Enumerable.Range(last + 1, Math.Max(0, Math.Min(governs.Reach, toks.Count - last - 1)))
                    .TakeWhile(k => !Prepositions.Contains(toks[k].Folded) && toks[k].Original is not ("," or ";" or ".")).Any(place);
            if (held) yield return new(governs.Type, verb.Match with { Pattern = "frame:governs" });
        }
    }

    /// <summary>"slipped from Afghanistan into Turkmenistan's Mary province", "waded into Tajikistan": a motion verb whose goal lies in another state.</summary>
    internal IEnumerable<FramedEvent> Paths(IReadOnlyList<Token> toks, IReadOnlyList<EntityMention> mentions, IReadOnlyList<ClassMatch> matches, Func<int, bool> place)
    {
        EntityMention? After(int k) => k + 1 < toks.Count ? mentions.FirstOrDefault(m => m.Start == toks[k + 1].Start && m.Entry.Country is not null) : null;
        foreach (var verb in matches.Where(c => c.Verb && !c.Adjective && !c.Attributive && paths.Classes.Contains(c.Class)))
        {
            // "fired rockets into ...", "sent two boats into ...": after a verb's past form, a number or a determiner the
            // word is a noun, whatever verb it could also be.
            if (verb.Match.First > 0 && toks[verb.Match.First - 1].Folded is { } before &&
                (paths.NounAfter.Contains(before) || before.EndsWith("ed", StringComparison.Ordinal) || char.IsDigit(before[0])))
                continue;
            string? source = null, goal = null;
            var entered = false;
            for (var k = verb.Match.Last + 1; k < toks.Count && k - verb.Match.Last <= paths.Reach; k++)
            {
                if (toks[k].Original is "," or ";" or ".") break;
                // "fired rockets into Termez from Afghan territory": what travels is fire, not people.
                if (goal is null && source is null && NounOf(toks[k], paths.Payloads)) break;
                if (After(k) is not { } m) continue;
                // "into Turkmenistan's Mary province" goes into the place; "into the Kremlin's orbit" into no place at all.
                // (The tokeniser drops the possessive: more than a space between the name and the next word is one.)
                var next = Enumerable.Range(k + 1, toks.Count - k - 1).FirstOrDefault(x => toks[x].Start >= m.End, -1);
                if (next >= 0 && (toks[next].Start - m.End >= 2 || toks[next].Folded is "s") &&
                    !Enumerable.Range(next, Math.Min(3, toks.Count - next)).Any(place))
                    continue;
                if (paths.Sources.Contains(toks[k].Folded)) source ??= m.Entry.Country;
                else if (paths.Goals.Contains(toks[k].Folded))
                {
                    goal ??= m.Entry.Country;
                    entered |= paths.Prepositions.Contains(toks[k].Folded) && m.Entry.Kind == EntryKind.State;
                }
            }
            if (goal is not null && ((source is not null && source != goal) || entered))
                yield return new(paths.Type, verb.Match with { Pattern = "frame:path" });
        }
    }
}
