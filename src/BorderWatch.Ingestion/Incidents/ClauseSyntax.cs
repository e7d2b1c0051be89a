using System.Runtime.CompilerServices;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>What a clause's predicate does: reports an event, is an event, reports another clause, accuses, denies, states.</summary>
internal enum PredicateRole { None, Event, Report, Accusation, Denial, Statement, Aftermath }

/// <summary>A clause's predicate read from the parse: its head token, its role and, for an event, the incident type.</summary>
internal readonly record struct ClausePredicate(ParsedToken Head, PredicateRole Role, IncidentType? Type)
{
    /// <summary>The predicate is itself a statement, an accusation or a denial: a speech act of its own, not a report.</summary>
    internal bool IsSpeechAct => Role is PredicateRole.Statement or PredicateRole.Accusation or PredicateRole.Denial;
}

/// <summary>
/// Reads clauses from the dependency parse (<see cref="ISentenceParser"/>): the predicate of a span (its highest word
/// in the tree), the predicate's role by its lemma's WordNet class (<see cref="EventClasses"/>, mapped to incident
/// types by the lexicon's classTypes), what a reporting verb reports (its <c>ccomp</c> or <c>parataxis</c>) and
/// whether a span has a predicate at all.
/// </summary>
internal sealed partial class ClauseSyntax(Lexicon lexicon, SyntaxLexicon words)
{
    internal Lexicon Lexicon => lexicon;

    /// <summary>The parser's lemma of a verb, then WordNet's readings of its form ("declined", "retreated", "handed"): what a
    /// verb list is matched against.</summary>
    internal IEnumerable<string> VerbReadings(ParsedToken verb) =>
        lexicon.Classes.VerbLemmas(verb.Form.ToLowerInvariant()).Select(l => l.Lemma).Prepend(Lemma(verb));
    internal SyntaxLexicon Words => words;

    /// <summary>
    /// The lexicon's conditions on a class-typed event hold in the clause: a thing supplied for arms transfers
    /// ("delivered helicopters"), a place taken for territorial control ("seized two posts").
    /// </summary>
    internal bool Licensed(IncidentType type, List<Token> tokens, IReadOnlyList<EntityMention> mentions, ParsedSentence parse, ParsedToken head)
    {
        if (lexicon.ClassNeedThing.Contains(type) && !lexicon.WeakTriggers.Any(w => w.Type == type && w.Phrases.Matches(tokens).Count > 0) &&
            Themed(parse, head, Classes(parse, head).ToList()) != type && !MaterielTheme(parse, head)) return false;
        if (lexicon.ClassNeedPlace.FirstOrDefault(n => n.Type == type).Phrases is { } places)
        {
            // The place must be what is taken: in the predicate's object ("seized two posts"), not "seized rifles near Osh";
            // or what a party is driven out of ("drove the militants out of the district").
            // (Or the subject of a passive: "the crossing was taken by the militants".)
            var taken = parse.Dependents(head.Index).Where(d => d.BaseRelation == "obj" || d.Relation == "nsubj:pass" || Ousted(parse, head, d)).ToList();
            // "raised their banner over the police station": the place the flag is set over.
            // (Or where the verb happened: "over the police station in the district of Darqad".)
            if (ClaimedPlace(parse, head) is not null) taken.AddRange(parse.Dependents(head.Index).Where(d => d.BaseRelation == "obl"));
            // "dug in on a hilltop above the village": a taking without an object holds the place of its oblique.
            if (taken.Count == 0 && head.Upos == Upos.VERB)
                taken.AddRange(parse.Dependents(head.Index).Where(d => d.BaseRelation == "obl" && words.Claims.HeldAt.Contains(CaseOf(parse, d) ?? "")));
            var objects = taken.SelectMany(d => ParsedClauseRules.Subtree(parse, d)).ToList();
            if (objects.Count == 0) return false;
            var (start, end) = (objects.Min(o => o.Start), objects.Max(o => o.End));
            var inObject = tokens.Where(t => t.Start >= start && t.End <= end).ToList();
            if (places.Matches(inObject).Count == 0 && !mentions.Any(m => m.Place is not null && m.Start >= start && m.End <= end)) return false;
        }
        return true;
    }

    internal static IEnumerable<ParsedToken> Within(ParsedSentence parse, int start, int end) =>
        parse.Tokens.Where(t => t.Start >= start && t.End <= end);

    internal static bool Inside(ParsedToken t, int start, int end) => t.Start >= start && t.End <= end;

    /// <summary>A span has a predicate when it holds a verb or an auxiliary ("Clashes near Vorukh in April killed ...").</summary>
    internal static bool HasPredicate(ParsedSentence parse, int start, int end) =>
        Within(parse, start, end).Any(t => t.Upos is Upos.VERB or Upos.AUX);

    /// <summary>A verb or auxiliary tagged finite: past, present or modal ("spent", "sat", "will"); or a base form with a
    /// subject of its own and neither auxiliary nor marker: the tagger's "VB" for a present after a plural subject
    /// ("Guards on skis go up and down the sector", "Cameras now sit on the towers"), not an infinitive ("to go", "will go").</summary>
    internal static bool HasFiniteVerb(ParsedSentence parse) =>
        parse.Tokens.Any(t => t.Upos is Upos.VERB or Upos.AUX && t.Xpos is "VBD" or "VBZ" or "VBP" or "MD") ||
        parse.Tokens.Any(t => t.Upos == Upos.VERB && t.Xpos == "VB" && parse.Dependents(t.Index).ToList() is var deps &&
                              deps.Any(d => d.BaseRelation == "nsubj") && !deps.Any(d => d.BaseRelation is "aux" or "mark"));

    /// <summary>The span's predicate: among its words whose head lies outside it, the first verb, else the first word.</summary>
    internal static ParsedToken? HeadOf(ParsedSentence parse, int start, int end)
    {
        var inside = Within(parse, start, end).ToList();
        var tops = inside.Where(t => t.Head < 0 || !Inside(parse.Tokens[t.Head], start, end)).Where(t => t.Upos != Upos.PUNCT).ToList();
        // A clause under a conjunction or a relative pronoun: its verb sits below the connecting word's head.
        return tops.FirstOrDefault(t => t.Upos == Upos.VERB)
               ?? inside.FirstOrDefault(t => t.Upos == Upos.VERB && (t.Head < 0 || tops.Contains(parse.Tokens[t.Head]) || t.BaseRelation is "conj" or "acl" or "advcl" or "ccomp"))
               ?? tops.FirstOrDefault(t => t.Upos is Upos.NOUN or Upos.PROPN)
               ?? tops.FirstOrDefault();
    }

    // The rules read the same predicates again and again (a dozen of them ask for the sentence's root): each reading is
    // kept with its parse, by its head token, and goes with it. (A parse is read on one thread; the lock guards the rare other use.)
    private readonly ConditionalWeakTable<ParsedSentence, Dictionary<ParsedToken, ClausePredicate>> readings = new();

    /// <summary>Some verb of the sentence reports or is a speech act (", the ministry said", "Kabul denied ..."): what the
    /// sentence judges or urges is then a source's word, not the writer's (<see cref="NonIncidents"/>' analysis,
    /// <see cref="ParsedClauseRules.Recommends"/>).</summary>
    internal bool SomeoneSpeaks(ParsedSentence parse) =>
        parse.Tokens.Any(t => t.Upos == Upos.VERB && Read(parse, t) is var p && (p.Role == PredicateRole.Report || p.IsSpeechAct));

    /// <summary>The role of <paramref name="head"/> by its lemma's class, or by its object's class after a light verb.</summary>
    internal ClausePredicate Read(ParsedSentence parse, ParsedToken head)
    {
        var kept = readings.GetValue(parse, _ => new Dictionary<ParsedToken, ClausePredicate>(ReferenceEqualityComparer.Instance));
        lock (kept)
            if (kept.TryGetValue(head, out var known)) return known;
        var read = ReadPredicate(parse, head);
        lock (kept) kept[head] = read;
        return read;
    }

    private ClausePredicate ReadPredicate(ParsedSentence parse, ParsedToken head)
    {
        var classes = Classes(parse, head).ToList();
        // "welcomed the decision": a lemma that needs a party as its object is no meeting with a thing (or nothing)
        // there; "received a Tajik delegation" is one, before any other reading of the lemma ("received helicopters").
        if (lexicon.ClassNeedParty.Contains(Lemma(head)))
        {
            bool Meeting(string c) => lexicon.ClassTypes.TryGetValue(c, out var t) && t == IncidentType.DiplomaticMeeting;
            classes = PartyObject(parse, head) ? [.. classes.Where(Meeting), .. classes.Where(c => !Meeting(c))] : classes.Where(c => !Meeting(c)).ToList();
        }
        // "mounted a sham assault", "the mock raid was repelled": a hostile act marked as simulated is a rehearsal.
        if (Simulated(parse, head)) return new(head, PredicateRole.Event, lexicon.Frames.ScenarioType);
        foreach (var c in classes)
            if (lexicon.ClassTypes.TryGetValue(c, out var type)) return new(head, PredicateRole.Event, type);
        if (classes.Any(words.ReportClasses.Contains)) return new(head, PredicateRole.Report, null);
        if (classes.Any(words.AccusationClasses.Contains)) return new(head, PredicateRole.Accusation, IncidentType.Statement);
        if (classes.Any(words.DenialClasses.Contains)) return new(head, PredicateRole.Denial, IncidentType.Statement);
        if (classes.Any(words.StatementClasses.Contains)) return new(head, PredicateRole.Statement, IncidentType.Statement);
        if (head.Upos == Upos.VERB && (words.LightVerbs.Contains(Lemma(head)) || words.LightVerbs.Contains(WithParticle(parse, head))))
            foreach (var obj in parse.Dependents(head.Index).Where(d => d.Relation is "obj" or "nsubj:pass" || (d.Relation == "xcomp" && d.Upos == Upos.NOUN)))
                foreach (var c in NounClasses(parse, obj))
                    if (lexicon.ClassTypes.TryGetValue(c, out var type)) return new(head, PredicateRole.Event, type);
        // "stepped up checks on lorries at the crossing": checks made stricter on a border's traffic (model31).
        if (IntensifiedChecks(parse, head) && lexicon.ClassTypes.TryGetValue("patrol", out var tightened)) return new(head, PredicateRole.Event, tightened);
        // "came under mortar fire", "put its garrisons on alert": the oblique names the event.
        if (head.Upos == Upos.VERB)
            foreach (var obl in parse.Dependents(head.Index).Where(d => d.BaseRelation == "obl" && words.LightObliques.Contains(Lemma(head) + " " + CaseOf(parse, d))))
                foreach (var c in NounClasses(parse, obl))
                    if (lexicon.ClassTypes.TryGetValue(c, out var type)) return new(head, PredicateRole.Event, type);
        if (Crosses(parse, head, classes) && lexicon.ClassTypes.TryGetValue("cross", out var crossing)) return new(head, PredicateRole.Event, crossing);
        if (Themed(parse, head, classes) is { } themed) return new(head, PredicateRole.Event, themed);
        // "raised their banner over the police station", "the Taliban flag was flying over the customs house": a flag set
        // over a place claims it.
        if (ClaimedPlace(parse, head) is not null && lexicon.ClassTypes.TryGetValue("seize", out var claimed)) return new(head, PredicateRole.Event, claimed);
        // "flew to Kabul for talks": the purpose of a trip names the event.
        if (head.Upos == Upos.VERB && classes.Contains("travel"))
            foreach (var purpose in parse.Dependents(head.Index).Where(d => d.BaseRelation == "obl" && d.Upos == Upos.NOUN && words.PurposePrepositions.Contains(CaseOf(parse, d) ?? "")))
                foreach (var c in NounClasses(parse, purpose))
                    if (lexicon.ClassTypes.TryGetValue(c, out var type)) return new(head, PredicateRole.Event, type);
        if (GoesAlong(parse, head, classes) && lexicon.ClassTypes.TryGetValue("patrol", out var patrol)) return new(head, PredicateRole.Event, patrol);
        // "Bishkek pulled its reserve battalion out of the valley": a party's own forces taken out of a place are withdrawn
        // (a deployment), not driven out.
        if (head.Upos == Upos.VERB && parse.Dependents(head.Index).Any(d => d.BaseRelation == "obj" && OwnForces(parse, d)) &&
            parse.Dependents(head.Index).Any(d => Ousted(parse, head, d)) && lexicon.ClassTypes.TryGetValue("deploy", out var withdrawal))
            return new(head, PredicateRole.Event, withdrawal);
        // "Resistance fighters drove the Taliban out of the bazaar": driving a party out of a place takes the place.
        if (head.Upos == Upos.VERB && parse.Dependents(head.Index).Any(d => d.BaseRelation == "obj" && d.Upos is Upos.NOUN or Upos.PROPN or Upos.PRON) &&
            parse.Dependents(head.Index).Any(d => Ousted(parse, head, d)) && lexicon.ClassTypes.TryGetValue("seize", out var control))
            return new(head, PredicateRole.Event, control);
        // "Uzbek and Afghan governors went over smuggling routes together": talking things over is a meeting.
        if (head.Upos == Upos.VERB && (words.MeetingTopics.Contains(Lemma(head)) || words.MeetingTopics.Contains(WithParticle(parse, head))) &&
            parse.Dependents(head.Index).Any(d => d.BaseRelation == "advmod" && Lemma(d) == "together") && lexicon.ClassTypes.TryGetValue("meet", out var talks))
            return new(head, PredicateRole.Event, talks);
        // "sat down with the minister to go over the border disputes", "phoned the Tajik leader to discuss ...": an act
        // whose purpose is talking things over with someone is a meeting.
        if (head.Upos == Upos.VERB && lexicon.ClassTypes.TryGetValue("meet", out var meeting) &&
            parse.Dependents(head.Index).Any(d => d.BaseRelation is "xcomp" or "advcl" && d.Upos == Upos.VERB &&
                                                  parse.Dependents(d.Index).Any(m => m.BaseRelation == "mark" && Lemma(m) == "to") && (words.MeetingTopics.Contains(Lemma(d)) || words.MeetingTopics.Contains(WithParticle(parse, d)))))
            return new(head, PredicateRole.Event, meeting);
        // "Resistance fighters take the village of Shahr-e Bozorg": a verb of taking by force with a place as its object.
        if (head.Upos == Upos.VERB && lexicon.Frames.Captures(Lemma(head)) && PlaceObject(parse, head)) return new(head, PredicateRole.Event, lexicon.Frames.CaptureType);
        if (SpanEvent(parse, head, classes) is { } spanned) return new(head, PredicateRole.Event, spanned);
        if (head.Upos == Upos.VERB && words.Aftermath.Contains(Lemma(head)))
            // "Kazakh guards killed two armed poachers": an agent who kills or wounds someone attacked them; "two guards
            // were killed" tells what happened to people in a fight told elsewhere.
            return parse.Dependents(head.Index).Any(d => d.Relation == "nsubj") && parse.Dependents(head.Index).Any(d => d.Relation == "obj") && lexicon.Frames.Harms(Lemma(head))
                ? new(head, PredicateRole.Event, IncidentType.ArmedClash)
                : new(head, PredicateRole.Aftermath, IncidentType.ArmedClash);
        return new(head, PredicateRole.None, null);
    }

    /// <summary>The clause a reporting verb reports: its ccomp or parataxis, or the clause it is a parataxis of ("X happened, Y said").</summary>
    internal static ParsedToken? Reported(ParsedSentence parse, ParsedToken report)
    {
        var content = parse.Dependents(report.Index).FirstOrDefault(d => d.BaseRelation is "ccomp" or "parataxis");
        if (content is not null) return content;
        return report.BaseRelation is "parataxis" or "ccomp" && report.Head >= 0 ? parse.Tokens[report.Head] : null;
    }

    /// <summary>The clause a reporting verb reports (<see cref="Reported"/>), or the one the parser hung on its addressee
    /// ("assured Kyrgyz delegates that the crossing would reopen": the "that" clause under "delegates").</summary>
    internal static ParsedToken? ReportedToSomeone(ParsedSentence parse, ParsedToken report) =>
        Reported(parse, report) ?? parse.Dependents(report.Index).Where(d => d.BaseRelation is "obj" or "iobj")
            .SelectMany(d => parse.Dependents(d.Index)).FirstOrDefault(d => d.BaseRelation == "ccomp" && d.Upos is Upos.VERB or Upos.AUX);

    /// <summary>The event a predicate stands for, through reports and "tried to ...": the reported clause's event.</summary>
    internal ClausePredicate? EventOf(ParsedSentence parse, ParsedToken head, int depth = 0)
    {
        var read = Read(parse, head);
        if (read.Role == PredicateRole.Event) return read;
        if (depth > 2) return null;
        if (read.Role == PredicateRole.Report && Reported(parse, head) is { } content && content.Index != head.Index)
            return EventOf(parse, content, depth + 1);
        // "tried to cross", "began to withdraw": the complement is the act.
        if (read.Role == PredicateRole.None && parse.Dependents(head.Index).FirstOrDefault(d => d.BaseRelation == "xcomp" && d.Upos == Upos.VERB) is { } xcomp)
            return EventOf(parse, xcomp, depth + 1);
        return null;
    }

    internal static string Lemma(ParsedToken t) => t.Lemma.ToLowerInvariant();

    private IEnumerable<string> Classes(ParsedSentence parse, ParsedToken head)
    {
        // The parser's lemma, and WordNet's reading of the form where the two differ ("blamed": blam / blame).
        var form = head.Form.ToLowerInvariant();
        if (head.Upos is Upos.NOUN)
            return lexicon.Classes.NounLemmas(form).Prepend(Lemma(head)).Distinct().SelectMany(lexicon.Classes.NounClasses).Distinct();
        if (head.Upos is not Upos.VERB) return [];
        var following = parse.Dependents(head.Index).Where(d => d.BaseRelation is "compound" or "obj" or "obl").Select(Lemma).ToHashSet(StringComparer.Ordinal);
        // "dug in on a sandbar", "pulled back from the line": the parser may hang the particle on the noun after it.
        if (head.Index + 1 < parse.Tokens.Count && parse.Tokens[head.Index + 1] is { Upos: Upos.ADP or Upos.ADV or Upos.PART } particle) following.Add(Lemma(particle));
        return lexicon.Classes.VerbLemmas(form).Select(l => l.Lemma).Prepend(Lemma(head)).Distinct()
            .SelectMany(l => lexicon.Classes.VerbClasses(l, following.Contains)).Distinct();
    }
}
