using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseText;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>Event predicates of a clause: the triggers of each type, in priority order, with what hides or weakens them.</summary>
internal sealed class PredicateFinder
{
    private readonly Lexicon lexicon;

    public PredicateFinder(Lexicon lexicon) => this.lexicon = lexicon;


    /// <param name="permissions">The character offsets of the sentence's modals that grant a permission in force, read
    /// from its parse (<see cref="Hedging.PermissionModals"/>); none when not given.</param>
    internal SentenceFacts FactsOf(List<Token> sentenceTokens, IReadOnlySet<int>? permissions = null)
    {
        // "Unconfirmed reports suggest Russia may send ...", "... may have crossed, an official said": the modal
        // marks an uncertain report (status unconfirmed), not the author's speculation.
        var modals = lexicon.Modals.Matches(sentenceTokens).Select(m => m.First).ToHashSet();
        var reportCue = lexicon.Unconfirmed.Matches(sentenceTokens).Any(m => !modals.Contains(m.First)) ||
                        lexicon.Speech.Matches(sentenceTokens).Count > 0 ||
                        sentenceTokens.Zip(sentenceTokens.Skip(1)).Any(p => p.First.Folded == "according" && p.Second.Folded == "to");
        // "warned that fighters could try to slip into Tajikistan": a modal under a warning is the danger, not an uncertain report.
        // Only a warning before the modal governs it ("fired warning shots at men who may have crossed" is no warning).
        if (lexicon.Warnings.Matches(sentenceTokens).Any(w => modals.Any(m => m > w.Last))) reportCue = false;
        // (Whether the sentence has a regular trigger is read only for a clause whose triggers are all weak: found then.)
        return new SentenceFacts(reportCue, facts => TriggersIn(sentenceTokens, 0, facts, []).Any(t => !t.Weak)) { Permissions = permissions ?? NoPermissions };
    }

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    { "from", "to", "of", "with", "by", "for", "at", "in", "on", "into", "near", "about", "over", "across" };

    // Words that end a noun phrase besides a preposition: a conjunction, a place adverb or a relative ("the hills above ...",
    // "the post where ..."): the word before them heads its phrase.
    private static readonly HashSet<string> PhraseEnds = new(StringComparer.Ordinal)
    { "and", "or", "after", "as", "above", "below", "beyond", "along", "behind", "around", "under", "between", "outside", "inside", "where", "which", "that" };

    private static readonly IReadOnlySet<int> NoPermissions = new HashSet<int>();

    // How far after "who"/"which" the relative clause's own verb may stand ("who had tried to cross").
    internal const int RelativeReach = 4;


    /// <summary>
    /// Every trigger of a clause in type priority order. Left out: triggers governed by a hypothetical word ("possible
    /// attacks", "could push"; a modal only when the sentence does not report it), topics of talks ("discussed security
    /// along the border"), "agreed to" + another act (that act is the event), and acts someone "never said" happened.
    /// Weak: the lexicon's things-not-acts and triggers right after a circumstance word ("after two days of fighting").
    /// </summary>
    internal List<Trigger> TriggersIn(List<Token> toks, int f, SentenceFacts facts, List<PhraseMatch> speech, IReadOnlyList<EntityMention>? mentions = null)
    {
        var modalWords = lexicon.Modals;
        var hyp = lexicon.Hypothetical.Matches(toks, f)
            .Where(h => !facts.ModalsReport || modalWords.Matches([.. toks.Skip(h.First).Take(h.Last - h.First + 1)]).Count == 0)
            // "traders may now cross": a modal the parse reads as a permission in force (Hedging.PermissionModals) is none.
            .Where(h => !(h.First == h.Last && facts.Permissions.Contains(toks[h.First].Start))).ToList();
        bool Hypothetical(PhraseMatch m) => hyp.Any(h => h.Last < m.First && h.Last >= m.First - 3);
        var topics = lexicon.TopicVerbs.Matches(toks, f);
        bool Topic(PhraseMatch m) => topics.Any(t => t.Last < m.First);
        var circumstances = lexicon.Circumstance.Matches(toks, f);
        // "after two days of fighting" is a circumstance; "after Tajikistan deployed troops" is a clause of its own.
        bool Circumstance(PhraseMatch m) => circumstances.Any(c => c.Last < m.First && c.Last >= m.First - 4 &&
            !toks.Skip(c.Last + 1).Take(m.First - c.Last - 1).Any(t => char.IsUpper(t.Original[0])));
        var negations = lexicon.Negations.Matches(toks, f);
        bool Negated(PhraseMatch m) => negations.Any(n => n.Last < m.First && n.Last >= m.First - 3);
        // What someone "never said" happened is not reported as happening.
        bool Unsaid(PhraseMatch m) => speech.Where(sp => sp.Last < m.First).ToList() is { Count: > 0 } prior && Negated(prior[^1]);
        var membership = lexicon.Membership.Matches(toks, f).Count > 0;
        // "Tashkent will not allow its territory to be used for attacks": what a party refuses to allow is not an event.
        var refusals = lexicon.Refusals.Matches(toks, f);
        bool Refused(PhraseMatch m) => refusals.Any(r => r.Last < m.First);
        // "The Taliban returned to power": a takeover only when an armed group is named before the phrase.
        var armedGroupBefore = mentions is not null
            ? toks.Select((t, i) => (t, i)).Where(x => mentions.Any(m => m.Entry.Kind == EntryKind.ArmedGroup && m.Start <= x.t.Start && x.t.End <= m.End)).Select(x => x.i).DefaultIfEmpty(int.MaxValue).Min()
            : int.MaxValue;

        var found = new List<(IncidentType Type, PhraseMatch Match, bool Weak)>();
        foreach (var (type, phrases) in lexicon.Triggers)
        {
            if (type == IncidentType.Agreement && membership) continue;
            foreach (var m in phrases.Matches(toks, f))
                if (!Hypothetical(m) && !Unsaid(m) && !Refused(m) && (type == IncidentType.DiplomaticMeeting || !Topic(m)))
                    found.Add((type, m, Circumstance(m)));
        }
        // "seized several posts", "took control of a district", "captured Kunduz": a place word or a named place as the
        // object, within a few words after the verb (not "seized two rifles ... near Osh").
        // With headed: the place word heads the object ("withdrew from the border cooperation pact" leaves a pact, not
        // the border): a word after it other than a boundary of its phrase makes it a modifier; a named place always counts.
        bool PlaceObject(PhraseMatch verb, PhraseSet places, bool headed = false)
        {
            bool Near(int at) => at > verb.Last && at - verb.Last <= 4;
            bool Heads(PhraseMatch p) => p.Last + 1 >= toks.Count || !char.IsLetter(toks[p.Last + 1].Original[0]) ||
                                         Prepositions.Contains(toks[p.Last + 1].Folded) || PhraseEnds.Contains(toks[p.Last + 1].Folded);
            return places.Matches(toks, f).Any(p => Near(p.First) && (!headed || Heads(p))) ||
                   (mentions is not null && toks.Select((t, i) => (t, i)).Any(x => Near(x.i) && mentions.Any(m => m.Place is not null && m.Start == x.t.Start)));
        }
        // The party is the object: no preposition between ("received a Tajik delegation", not "received drones from Russia").
        bool PartyObject(PhraseMatch verb) => mentions is not null && toks.Select((t, i) => (t, i)).Any(x => x.i > verb.Last && x.i - verb.Last <= 3 &&
            mentions.Any(m => m.Entry.Kind is not (EntryKind.Place or EntryKind.Media) && m.Start == x.t.Start) &&
            !toks.Skip(verb.Last + 1).Take(x.i - verb.Last - 1).Any(t => Prepositions.Contains(t.Folded)));
        // Event predicates by lemma and WordNet class ("shelled", "a skirmish", "will patrol").
        var notEvents = lexicon.ClassNotEvents.Matches(toks, f);
        // "the Torugart crossing", "the Karamyk post": an event noun that is also a place word (classNeedPlace), right
        // after a name that is no state, party or person, names a place ("the Afghan incursion" stays an event).
        var placeWords = lexicon.ClassNeedPlace.Select(n => n.Phrases).ToList();
        bool NamedPlace(ClassMatch c)
        {
            var before = c.Match.First - 1;
            // ("the Zhibek Zholy crossing": an -ing form ending a name is read as a noun, whatever the word before it ends in.)
            if ((c.Verb && !lexicon.Frames.EndsPlaceName(toks, c.Match.First, f)) || before <= f || before < 0 || !char.IsUpper(toks[before].Original[0])) return false;
            if (!placeWords.Any(p => p.Matches([toks[c.Match.Last]]).Count > 0)) return false;
            return mentions is null || !mentions.Any(m => m.Entry.Kind != EntryKind.Place && m.Start <= toks[before].Start && toks[before].End <= m.End);
        }
        // "hands over a batch of rifles": weapons, vehicles or pieces of equipment (WordNet class materiel, in the plural: things
        // counted out) within a few words after the verb are a thing supplied as well as the lexicon's weak things (not
        // "purchases of Turkmen gas", which is no plural of the nerve agent "GA").
        bool MaterielAfter(PhraseMatch verb) => toks.Skip(verb.Last + 1).Take(4).Any(t => char.IsLower(t.Original[0]) &&
            lexicon.Classes.NounLemmas(t.Folded).Any(l => l != t.Folded && l.Length > 2 && lexicon.Classes.NounClasses(l).Contains("materiel")));
        // A force named before a word of the clause: a noun of the troops or materiel class ("troops", "the battalion", "tanks").
        bool ForceBefore(int at) => toks.Take(at).Skip(f).Any(t => char.IsLower(t.Original[0]) &&
            lexicon.Classes.NounLemmas(t.Folded).Any(l => lexicon.Classes.NounClasses(l).Any(c => c is "troops" or "materiel")));
        bool ForceIn() => toks.Skip(f).Any(t => char.IsLower(t.Original[0]) && lexicon.Classes.NounLemmas(t.Folded).Any(l => lexicon.Classes.NounClasses(l).Contains("troops")));
        var classMatches = lexicon.Classes.Matches(toks, f);
        foreach (var c in classMatches)
            if (lexicon.ClassTypes.TryGetValue(c.Class, out var type) && !(type == IncidentType.Agreement && membership) &&
                !notEvents.Any(n => n.First <= c.Match.First && n.Last >= c.Match.Last) && !NamedPlace(c) &&
                // A participle as an adjective is an event only for a thing that was supplied ("its newly acquired air defence systems").
                (!c.Adjective || lexicon.ClassNeedThing.Contains(type)) && (!lexicon.ClassNeedForce.Contains(c.Class) || ForceIn()) &&
                // "welcomed the Kazakh president" is a meeting, "welcomed the decision" is not.
                (type != IncidentType.DiplomaticMeeting || !lexicon.ClassNeedParty.Contains(c.Lemma) || PartyObject(c.Match)) &&
                (!lexicon.ClassNeedThing.Contains(type) || lexicon.WeakTriggers.Any(w => w.Type == type && w.Phrases.Matches(toks, f).Count > 0) || MaterielAfter(c.Match)) &&
                (lexicon.ClassNeedPlace.FirstOrDefault(n => n.Type == type).Phrases is not { } places || PlaceObject(c.Match, places)) &&
                !Hypothetical(c.Match) && !Unsaid(c.Match) && !Refused(c.Match) && (type == IncidentType.DiplomaticMeeting || !Topic(c.Match)) &&
                !found.Any(x => x.Type == type && x.Match.First <= c.Match.First && x.Match.Last >= c.Match.Last))
                found.Add((type, c.Match, Circumstance(c.Match) || c.Attributive));
        // "withdrew from the disputed area", "left the Serhetabat garrison": leaving a place is no agreement (that is
        // leaving a bloc or a treaty, "left the CSTO"); a force that leaves it is withdrawn (a deployment).
        if (lexicon.ClassNeedPlace.FirstOrDefault(n => n.Type == IncidentType.TerritorialControl).Phrases is { } placeWords2)
        {
            var exits = lexicon.ExitPhrases.Matches(toks, f);
            for (var k = found.Count - 1; k >= 0; k--)
            {
                var (type, match, weak) = found[k];
                if (type != IncidentType.Agreement || !exits.Any(e => e.First == match.First) || !PlaceObject(match, placeWords2, headed: true)) continue;
                found.RemoveAt(k);
                if (ForceBefore(match.First)) found.Add((IncidentType.Deployment, match, weak));
            }
        }
        // Argument frames (frames.json): "traded volleys", "the post is now in militant hands", "slipped from A into B".
        var frames = lexicon.Frames;
        var framed = frames.Themes(toks).Concat(frames.UnderFire(toks));
        if (mentions is not null)
        {
            var heldPlaces = lexicon.ClassNeedPlace.FirstOrDefault(n => n.Type == frames.ControlType).Phrases?.Matches(toks, f).Select(p => p.First).ToHashSet() ?? [];
            // ("commands the Uzbek border unit": a place word before a border actor noun names the actor, not a place held.)
            bool PlaceAt(int k) => heldPlaces.Contains(k) && !(k + 1 < toks.Count && lexicon.BorderActorNouns.Matches([toks[k + 1]]).Count > 0 && !heldPlaces.Contains(k + 1)) ||
                                   mentions.Any(m => m.Place is not null && m.Entry.Kind == EntryKind.Place && m.Start == toks[k].Start);
            framed = framed.Concat(frames.ControlStates(toks, mentions, PlaceAt)).Concat(frames.Governs(toks, mentions, classMatches, PlaceAt))
                .Concat(frames.Paths(toks, mentions, classMatches, PlaceAt));
        }
        foreach (var e in framed)
            if (!Hypothetical(e.Match) && !Unsaid(e.Match) && !Refused(e.Match) && !Topic(e.Match) &&
                !found.Any(x => x.Type == e.Type && x.Match.First <= e.Match.First && x.Match.Last >= e.Match.Last))
                found.Add((e.Type, e.Match, Circumstance(e.Match)));
        foreach (var (type, phrases) in lexicon.ArmedGroupTriggers)
            foreach (var m in phrases.Matches(toks, f))
                if (armedGroupBefore < m.First && !Hypothetical(m) && !Unsaid(m) && !Refused(m) && !Topic(m))
                    found.Add((type, m, Circumstance(m)));
        // "they seized Kabul", "militants captured Khamyab": a capture verb with a named place as its object.
        if (mentions is not null)
            foreach (var m in lexicon.CaptureVerbs.Matches(toks, f))
                if (m.Last + 1 < toks.Count && mentions.Any(x => x.Place is { } place && place.PlaceKind is not (PlaceKind.River or PlaceKind.Province or PlaceKind.Region)
                        && x.Start == toks[m.Last + 1].Start) && !Hypothetical(m) && !Unsaid(m) && !Refused(m) && !Topic(m))
                    found.Add((IncidentType.TerritorialControl, m, Circumstance(m)));
        foreach (var (type, phrases) in lexicon.WeakTriggers)
            foreach (var m in phrases.Matches(toks, f))
                if (!Hypothetical(m) && !Unsaid(m) && !Refused(m) && !Topic(m))
                    found.Add((type, m, true));
        // "repelled a pretend gang", "mounted a sham assault": a simulated hostile act is a rehearsal; the hostile
        // triggers of its clause (the act rehearsed, its participants) give way to it.
        var scenarios = frames.Scenarios(toks).Where(e => e.Match.First >= f && !Hypothetical(e.Match) && !Unsaid(e.Match) && !Refused(e.Match)).ToList();
        if (scenarios.Count > 0)
        {
            found = found.Select(x => x.Type != frames.ScenarioType ? (x.Type, x.Match, true) : x).ToList();
            found.AddRange(scenarios.Select(e => (e.Type, e.Match, false)));
        }
        // "agreed to discuss", "agreed to deploy": the act agreed on is the event.
        found.RemoveAll(x => x.Type == IncidentType.Agreement && x.Match.Pattern.StartsWith("agree", StringComparison.Ordinal) &&
                             found.Any(y => y.Type != IncidentType.Agreement && y.Match.First == x.Match.Last + 1));
        // "reinforced the protection of the border" is tightened security, not the "reinforced" of a deployment: a
        // trigger inside a longer one of another type gives way to it.
        found.RemoveAll(x => found.Any(y => y.Type != x.Type && y.Match.First <= x.Match.First && y.Match.Last >= x.Match.Last &&
                                            y.Match.Last - y.Match.First > x.Match.Last - x.Match.First));
        // "guards exchanged fire with men who tried to cross", "soldiers who had fought the Taliban fled across the
        // river": the first act of a relative clause describes a party; it gives way to a regular trigger of the main clause.
        // A relative clause that reports speech ("a guard who told him that ...") carries the event itself: it stays.
        var relatives = toks.Select((t, i) => (t, i)).Where(x => x.i > 0 && lexicon.RelativeWords.Contains(x.t.Folded) && x.t.Folded != "where").Select(x => x.i).ToList();
        var speechAt = lexicon.Speech.Matches(toks, f);
        bool InRelative((IncidentType Type, PhraseMatch Match, bool Weak) x) => relatives.Any(r => r < x.Match.First && x.Match.First - r <= RelativeReach &&
            found.Where(y => y.Match.First > r).MinBy(y => y.Match.First).Match.First == x.Match.First &&
            !speechAt.Any(sp => sp.First > r && sp.First < x.Match.First));
        if (found.Any(x => !x.Weak && !InRelative(x)))
            found = found.Select(x => InRelative(x) ? (x.Type, x.Match, true) : x).ToList();
        // "The shooting stopped after the two sides agreed a ceasefire": a definite reference to an incident told before
        // gives way to a new act in its clause.
        var backReferences = lexicon.Anaphoric.Matches(toks, f);
        bool PointsBack((IncidentType Type, PhraseMatch Match, bool Weak) x) => backReferences.Any(a => a.First <= x.Match.First && a.Last >= x.Match.Last);
        if (found.Any(x => !x.Weak && !PointsBack(x)))
            found = found.Select(x => PointsBack(x) ? (x.Type, x.Match, true) : x).ToList();
        // "practised repelling an invasion", "staged a mock interception of a convoy": what an exercise rehearses is
        // its scenario, not an event of its own.
        var drill = found.Where(x => x.Type == IncidentType.Exercise && !x.Weak).Select(x => x.Match.Last).DefaultIfEmpty(int.MaxValue).Min();
        found = found.Select(x => x.Type != IncidentType.Exercise && x.Match.First > drill ? (x.Type, x.Match, true) : x).ToList();
        var order = lexicon.Triggers.Select(t => t.Type).ToList();
        // Fighting during a crossing attempt is an armed clash: a fighting act outranks the crossing in its clause.
        int Rank((IncidentType Type, PhraseMatch Match, bool Weak) x) =>
            x.Type == IncidentType.ArmedClash && !x.Weak && lexicon.FightingActs.Matches(toks.Skip(x.Match.First).Take(x.Match.Last - x.Match.First + 1).ToList()).Count > 0
                ? -1 : order.IndexOf(x.Type);
        return found.OrderBy(Rank).ThenBy(x => x.Match.First)
            .Select(x => new Trigger(x.Type, x.Match.First, x.Weak)).ToList();
    }
}

/// <summary>What the whole sentence says about its triggers: whether any is a regular one, and whether a modal in it reports uncertainty.</summary>
/// <remarks>Whether the sentence has a regular trigger is looked for on first read (only a clause whose triggers are all weak
/// asks). The look reads the triggers with these facts; it is given a copy that knows only <see cref="ModalsReport"/>, so
/// the lazy value is never read while it is being computed (a look that asked for it would otherwise recurse without end):
/// asking that copy for it is an error, found by the first test that takes the path.</remarks>
internal sealed class SentenceFacts
{
    private readonly bool modalsReport;
    private readonly Func<SentenceFacts, bool>? hasRegularTrigger;
    private bool? regular;

    public SentenceFacts(bool modalsReport, Func<SentenceFacts, bool> hasRegularTrigger)
    {
        this.modalsReport = modalsReport;
        this.hasRegularTrigger = hasRegularTrigger;
    }

    // The facts the look is given: the modals' reading, no look of their own.
    private SentenceFacts(bool modalsReport) => this.modalsReport = modalsReport;

    /// <summary>Some clause of the sentence has a regular (not weak) trigger: looked for on first read, then kept.</summary>
    public bool HasRegularTrigger => regular ??= hasRegularTrigger is { } look
        ? look(new SentenceFacts(modalsReport) { Permissions = Permissions })
        : throw new InvalidOperationException("Whether the sentence has a regular trigger is not known while it is being looked for.");

    public bool ModalsReport => modalsReport;

    /// <summary>The character offsets of the modals that grant a permission in force (no hypothetical words).</summary>
    public IReadOnlySet<int> Permissions { get; init; } = new HashSet<int>();
}

/// <summary>A trigger found in a clause: its type, the index of its first token, whether it is weak.</summary>
internal readonly record struct Trigger(IncidentType Type, int At, bool Weak);
