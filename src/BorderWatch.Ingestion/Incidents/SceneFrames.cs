using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseSyntax;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>An event a scene frame read: its type and the word that stands for it.</summary>
internal readonly record struct SceneEvent(IncidentType Type, ParsedToken Head, string Frame);

/// <summary>
/// Events told without an event word, read from the WordNet classes of a sentence's words and their place in the parse
/// (issue 8, <c>Lexicon/scene-frames.json</c>): an exercise by the side it casts ("instructors posing as smugglers") or
/// a fiction ("an invented band"), a patrol by what it looks for ("flying drones along the river to spot rustlers"), a
/// meeting over a meal or an audience, an agreement on a plan or by a signing idiom ("put pen to paper on a plan"), a
/// change of control by a foothold or a place passing to armed men, a deployment by troops moved to a goal, a crossing
/// to a state's far side, a closure or restriction of a crossing place, a statement by a pledge. Each frame needs its setting (troops, a pair of states, an armed
/// agent, a state or a border), an agreement by the arrangement something holds under ("under a swap that two capitals
/// settled"). Only <see cref="ParsedClauseRules.FromPredicate"/> asks, for a sentence no other rule
/// found an incident in.
/// </summary>
internal sealed partial class SceneFrames(ClauseSyntax syntax, SceneFrameLexicon frames)
{
    private static readonly HashSet<string> Possessives = new(StringComparer.Ordinal) { "their", "its", "his", "her", "our", "they", "it", "he", "she", "we" };

    private Lexicon Lexicon => syntax.Lexicon;

    /// <summary>The first scene the sentence tells, in the order of the file's frames; null if none.</summary>
    internal SceneEvent? Read(ParsedSentence parse, List<Token> tokens, IReadOnlyList<EntityMention> mentions)
    {
        if (parse.Tokens.Count == 0) return null;
        var s = new Setting(parse, tokens, mentions,
            mentions.Select(m => m.Entry.Country).Where(c => c is not null).Distinct().Count(),
            Lexicon.BorderWords.Matches(tokens).Count > 0);
        SceneEvent? found = Roles(s) ?? Fiction(s) ?? Searches(s) ?? Meals(s) ?? Plans(s) ?? Arrangements(s) ?? Holds(s) ?? Moves(s) ?? FarSide(s) ?? Seizures(s) ?? Closures(s) ?? Pledges(s) ?? Standing(s);
        return found is { } f && !syntax.NegatedOrHypothetical(parse, f.Head) ? f : null;
    }

    /// <summary>What every frame reads: the parse, the words and names, how many states and whether a border is named.</summary>
    private sealed record Setting(ParsedSentence Parse, List<Token> Tokens, IReadOnlyList<EntityMention> Mentions, int States, bool Border)
    {
        public IReadOnlyList<ParsedToken> T => Parse.Tokens;
        public ParsedToken MainVerb(ParsedToken fallback) => Parse.Root is { Upos: Upos.VERB } root ? root : fallback;
    }

    /// <summary>The end (exclusive) of <paramref name="phrase"/> read from token <paramref name="at"/> on forms or lemmas ('_': a possessive); -1 if it does not match.</summary>
    private int PhraseEnd(ParsedSentence parse, int at, string phrase)
    {
        // (Read word by word in place: this runs for every word of a sentence and every phrase of a frame.)
        var i = at;
        foreach (var range in phrase.AsSpan().Split(' '))
        {
            var w = phrase.AsSpan(range);
            if (i >= parse.Tokens.Count) return -1;
            var t = parse.Tokens[i];
            var (form, lemma) = (t.Form.ToLowerInvariant(), Lemma(t));
            // (A verb read from its form too: "shook" is "shake" though the parser left it.)
            if (w is "_" ? !Possessives.Contains(form) : !w.SequenceEqual(form) && !w.SequenceEqual(lemma) && !(i == at && Lexicon.Classes.IsVerbFormOf(form, w))) return -1;
            i++;
        }
        return i;
    }

    /// <summary>The first phrase of <paramref name="phrases"/> in the sentence: its first and end token; null if none.</summary>
    private (int Start, int End)? FindPhrase(ParsedSentence parse, IReadOnlySet<string> phrases)
    {
        for (var i = 0; i < parse.Tokens.Count; i++)
            foreach (var p in phrases)
                if (PhraseEnd(parse, i, p) is var e and > 0) return (i, e);
        return null;
    }

    /// <summary>A noun of one of the classes (read with its compound words), or one of the nouns by lemma or form.</summary>
    private bool NounOf(ParsedSentence parse, ParsedToken t, IReadOnlySet<string> classes, IReadOnlySet<string>? nouns = null) =>
        t.Upos == Upos.NOUN && ((nouns is not null && (nouns.Contains(Lemma(t)) || nouns.Contains(t.Form.ToLowerInvariant()))) ||
                                syntax.NounClasses(parse, t).Any(classes.Contains));

    /// <summary>
    /// A verb's readings: its lemma (the parser's, or a list verb the form inflects: "signalled"), alone, with its
    /// particle, with its object ("catch sight", "make way").
    /// </summary>
    private IEnumerable<string> VerbReadings(ParsedSentence parse, ParsedToken v, IReadOnlySet<string> verbs)
    {
        var form = v.Form.ToLowerInvariant();
        // (The lemma, then each list verb's first word the form inflects, once each: copied only when it is one.)
        var bases = new List<string> { Lemma(v) };
        foreach (var x in verbs)
        {
            var first = x.AsSpan(0, x.IndexOf(' ') is var space and >= 0 ? space : x.Length);
            if (Lexicon.Classes.IsVerbFormOf(form, first) && !Holds(bases, first)) bases.Add(first.ToString());
        }
        var next = WithParticle(parse, v) is var wp && wp.IndexOf(' ') is var k and > 0 ? wp[(k + 1)..] : null;
        var objects = parse.Dependents(v.Index).Where(d => d.Relation is "obj" or "xcomp" or "compound:prt").Select(Lemma).ToList();
        foreach (var b in bases)
        {
            yield return b;
            if (next is not null) yield return b + " " + next;
            foreach (var o in objects) yield return b + " " + o;
        }
    }

    private static bool Holds(List<string> words, ReadOnlySpan<char> word)
    {
        foreach (var w in words)
            if (word.SequenceEqual(w)) return true;
        return false;
    }

    private bool VerbIn(ParsedSentence parse, ParsedToken v, IReadOnlySet<string> verbs, IReadOnlySet<string>? classes = null) =>
        v.Upos == Upos.VERB && (VerbReadings(parse, v, verbs).Any(verbs.Contains) || (classes is not null && VerbClasses(parse, v).Any(classes.Contains)));

    private IEnumerable<string> VerbClasses(ParsedSentence parse, ParsedToken v)
    {
        var c = Lexicon.Classes;
        var following = parse.Dependents(v.Index).Select(Lemma).ToHashSet(StringComparer.Ordinal);
        return c.VerbLemmas(v.Form.ToLowerInvariant()).Select(l => l.Lemma).Prepend(Lemma(v)).Distinct().SelectMany(l => c.VerbClasses(l, following.Contains)).Distinct();
    }

    /// <summary>A nominal with what it is a unit or a set of and what is coordinated with it ("two companies of special forces").</summary>
    private static List<ParsedToken> Nominals(ParsedSentence parse, ParsedToken nominal)
    {
        var result = new List<ParsedToken> { nominal };
        for (var i = 0; i < result.Count && result.Count < 12; i++)
            result.AddRange(parse.Dependents(result[i].Index).Where(d => d.BaseRelation == "conj" || (d.BaseRelation == "nmod" && CaseOf(parse, d) == "of")));
        return result;
    }

    /// <summary>The names inside a token's subtree.</summary>
    private static IEnumerable<EntityMention> NamesUnder(Setting s, ParsedToken t)
    {
        var span = ParsedClauseRules.Subtree(s.Parse, t);
        var (start, end) = (span.Min(x => x.Start), span.Max(x => x.End));
        return s.Mentions.Where(m => m.Start >= start && m.End <= end);
    }

    /// <summary>The verb's subject, or that of the verb it completes or is a conjunct of ("keep turning up").</summary>
    private static ParsedToken? SubjectOf(ParsedSentence parse, ParsedToken v)
    {
        for (var w = v; ; w = parse.Tokens[w.Head])
        {
            if (parse.Dependents(w.Index).FirstOrDefault(d => d.BaseRelation == "nsubj") is { } subject) return subject;
            if (w.Head < 0 || w.BaseRelation is not ("xcomp" or "conj")) return null;
        }
    }

    /// <summary>A traveller (mend33a): a person by pronoun, troops or smugglers by class (travellerClasses), or people of a
    /// state ("Uzbek labourers", "a group of Afghan traders"); not a pipeline, a weather front or a commission.</summary>
    private bool Traveller(Setting s, ParsedToken? subject, SceneFrame f) =>
        subject is not null && (subject.Upos == Upos.PRON || Nominals(s.Parse, subject).Any(n => NounOf(s.Parse, n, f["travellerClasses"])) ||
                                NamesUnder(s, subject).Any(m => m.Entry.Kind == EntryKind.State));

    /// <summary>A subject that bears arms: troops by class (or what they are a unit of), or an armed group's name.</summary>
    private bool Armed(Setting s, ParsedToken subject, IReadOnlySet<string> classes) =>
        Nominals(s.Parse, subject).Any(n => NounOf(s.Parse, n, classes)) || NamesUnder(s, subject).Any(m => m.Entry.Kind == EntryKind.ArmedGroup);

    /// <summary>A nominal that is itself a place: a named place, or a place word among it and its compound words ("the Aqina border gate").</summary>
    private bool PlaceHead(Setting s, ParsedToken nominal)
    {
        // (Or what it is a part of: "two hamlets of Darwaz district".)
        foreach (var n in Nominals(s.Parse, nominal).Where(n => n.Index == nominal.Index || (n.BaseRelation == "nmod" && CaseOf(s.Parse, n) == "of")))
        {
            var own = s.Parse.Dependents(n.Index).Where(d => d.BaseRelation == "compound").Append(n).ToList();
            var (start, end) = (own.Min(x => x.Start), own.Max(x => x.End));
            if (s.Mentions.Any(m => m.Place is not null && m.Start < end && m.End > start)) return true;
            var places = Lexicon.ClassNeedPlace.FirstOrDefault(p => p.Type == IncidentType.TerritorialControl).Phrases;
            if (places is not null && places.Matches(s.Tokens.Where(x => x.Start >= start && x.End <= end).ToList()).Count > 0) return true;
        }
        return false;
    }

    /// <summary>A place in a token's subtree: a named place, or a place word of a taken place (triggers.json classNeedPlace).</summary>
    private bool PlaceUnder(Setting s, ParsedToken t)
    {
        var span = ParsedClauseRules.Subtree(s.Parse, t);
        var (start, end) = (span.Min(x => x.Start), span.Max(x => x.End));
        if (s.Mentions.Any(m => m.Place is not null && m.Start >= start && m.End <= end)) return true;
        var places = Lexicon.ClassNeedPlace.FirstOrDefault(n => n.Type == IncidentType.TerritorialControl).Phrases;
        return places is not null && places.Matches(s.Tokens.Where(x => x.Start >= start && x.End <= end).ToList()).Count > 0;
    }
}
