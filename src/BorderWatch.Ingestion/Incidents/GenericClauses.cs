using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// Clauses that tell how things stand or tend to go, not what happened: no incident unless they give a date of their own.
/// <list type="bullet">
/// <item>a trend: an event noun as the subject of a verb of change ("Cattle rustling in the valley has grown since the
/// fence came down", "Incursions rose last year"): syntax.json trendVerbs;</item>
/// <item>a standing state: an event word under a predicate adjective in the present ("The road is open to lorries
/// again", "Raiders are likely to strike again") or under a present "need" ("Herders need to cross the river"):
/// what is so, or what may be, not what was done; an event noun as a present predicate ("Dostuk is the busiest lorry
/// crossing on the valley road") names what something is.</item>
/// </list>
/// </summary>
internal sealed class GenericClauses(ClauseSyntax syntax)
{
    // Relations through which an event word belongs to the predicate that governs its clause.
    // ("Crossing the line outside a checkpoint is punishable": a gerund clause as the subject, csubj.)
    private static readonly HashSet<string> InClause = ["xcomp", "obj", "obl", "nmod", "compound", "nsubj", "csubj"];

    /// <summary>A trend is never an incident (a date in it is where the trend starts: "since 2024"); a standing state is one
    /// only when it gives a date of its own.</summary>
    internal bool NotAnIncident(ParsedSentence parse, Clause span, ExtractedIncident incident) =>
        incident.Type != IncidentType.Statement && incident.Status != IncidentStatus.Planned &&
        ParsedClauseRules.TriggerIn(parse, span) is { } trigger &&
        (Trend(parse, trigger) || NamesWhatItIs(parse, trigger) || Ease(parse, trigger) || !SameEvent.HasOwnDate(incident) && (StandingState(parse, trigger) && !CasualtyOf(parse, trigger) || Custom(parse, trigger)));

    /// <summary>
    /// "Two guards are dead after a clash near Kerben", "three soldiers are wounded following a shoot-out": a present
    /// casualty state (syntax.json casualtyStates) of people, with the event word under one of causeMarks right on the
    /// adjective: the act's result told in the present, news, not a standing state (recall31).
    /// </summary>
    private bool CasualtyOf(ParsedSentence parse, ParsedToken trigger) =>
        trigger is { BaseRelation: "obl", Head: >= 0 } && parse.Tokens[trigger.Head] is { Upos: Upos.ADJ } state &&
        syntax.Words.CasualtyStates.Contains(ClauseSyntax.Lemma(state)) &&
        parse.Dependents(trigger.Index).Any(d => d.BaseRelation == "case" && syntax.Words.CauseMarks.Contains(ClauseSyntax.Lemma(d))) &&
        parse.Dependents(state.Index).Any(d => d.BaseRelation == "nsubj" && d.Upos is Upos.NOUN or Upos.NUM);

    /// <summary>
    /// "Ashgabat rarely comments on incidents", "local commanders meet regularly", "sessions are held every Friday": the
    /// clause's predicate is in the present simple (active, or passive with a present "be") and carries an adverb of
    /// frequency (syntax.json frequencyAdverbs) or "every" before a noun of syntax.json recurringTimes: a habit, not an incident, whatever its type.
    /// Another auxiliary ("will meet regularly", "have often crossed") makes it no habit of the present; nor is a regime
    /// told as newly in force ("now", syntax.json inForceAdverbs). A report of such a clause ("the ministry said its
    /// aircraft regularly fly ...") reports a habit (prec21).
    /// </summary>
    internal bool Habit(ParsedSentence parse, Clause span)
    {
        if (ClauseSyntax.HeadOf(parse, span.Start, span.End) is not { Upos: Upos.VERB } head) return false;
        if (HabitOf(parse, head)) return true;
        // "The ministry said its aircraft regularly fly along the river": a habit reported is still a habit.
        return syntax.Read(parse, head).Role == PredicateRole.Report && ClauseSyntax.Reported(parse, head) is { Upos: Upos.VERB } content &&
               content.Head == head.Index && ClauseSyntax.Inside(content, span.Start, span.End) && HabitOf(parse, content);
    }

    private bool HabitOf(ParsedSentence parse, ParsedToken head)
    {
        var deps = parse.Dependents(head.Index).ToList();
        var auxes = deps.Where(d => d.BaseRelation is "aux").ToList();
        // (A plural present the tagger reads as a base form, "guards usually patrol the canal": a bare verb with its own
        // subject and no auxiliary or "to" is finite.)
        var present = auxes.Count == 0 ? head.Xpos is "VBZ" or "VBP" || head.Xpos == "VB" && deps.Any(d => d.BaseRelation == "nsubj") && !deps.Any(d => d.BaseRelation == "mark")
            : head.Xpos == "VBN" && auxes.Count == 1 && auxes[0].Relation == "aux:pass" && auxes[0].Xpos is "VBZ" or "VBP";
        // "Gunboats now sail the river every night": a regime newly in force, not a habit (as Habitual).
        if (!present || deps.Any(d => d.BaseRelation == "advmod" && syntax.Words.InForceAdverbs.Contains(ClauseSyntax.Lemma(d)))) return false;
        return deps.Any(d => d.BaseRelation == "advmod" && syntax.Words.FrequencyAdverbs.Contains(ClauseSyntax.Lemma(d))) ||
               deps.Any(d => d.BaseRelation is "obl" or "obl:tmod" or "nmod" && syntax.Words.RecurringTimes.Contains(ClauseSyntax.Lemma(d)) &&
                             parse.Dependents(d.Index).Any(x => x.BaseRelation == "det" && ClauseSyntax.Lemma(x) == "every"));
    }

    /// <summary>An event told with a frequency adverbial ("twice a day", "usually"), neither "now" nor "will", nor with the
    /// day it began ("every night since Monday", syntax.json regimeStarts: a regime put in place): a habit.</summary>
    /// <remarks>Only a frequency in the event's own clause counts: in "received two drones in September, and our officers
    /// fly them every day" the habit is the flying, not the receiving.</remarks>
    internal bool Habitual(ParsedSentence parse, Clause span) =>
        span.Type is { } type && type != IncidentType.Statement &&
        syntax.Lexicon.Habitual.Matches(span.Tokens).Any(m => InEventClause(parse, span, span.Tokens[m.First])) &&
        !span.Tokens.Any(t => t.Folded is "now" or "will" || syntax.Words.RegimeStarts.Contains(t.Folded));

    /// <summary>The word's nearest verb above it is the verb of the clause's trigger or governs it (or either has no verb above it).</summary>
    private static bool InEventClause(ParsedSentence parse, Clause span, Token word)
    {
        static ParsedToken? VerbAbove(ParsedSentence parse, ParsedToken? t)
        {
            for (var guard = 0; t is not null && guard < parse.Tokens.Count; guard++)
            {
                if (t.Upos == Upos.VERB) return t;
                t = t.Head >= 0 ? parse.Tokens[t.Head] : null;
            }
            return null;
        }
        var at = parse.Tokens.FirstOrDefault(t => t.Start == word.Start);
        var own = VerbAbove(parse, at);
        var ev = VerbAbove(parse, ParsedClauseRules.TriggerIn(parse, span));
        if (own is null || ev is null) return true;
        // (Or the habit's verb governs the event's: "fly over the valley twice a week to look for smugglers".)
        for (var (t, guard) = (ev, 0); t is not null && guard < parse.Tokens.Count; t = t.Head >= 0 ? parse.Tokens[t.Head] : null, guard++)
            if (t.Index == own.Index) return true;
        return false;
    }

    /// <summary>
    /// "Herders have driven their flocks over the pass for generations": a present perfect (not progressive) over decades
    /// (syntax.json longSpans) is a custom, not an event ("they have been fighting for decades" stays one).
    /// </summary>
    internal bool Custom(ParsedSentence parse, ParsedToken trigger)
    {
        if (trigger.Upos != Upos.VERB) return false;
        var deps = parse.Dependents(trigger.Index).ToList();
        return deps.Any(d => d.BaseRelation == "aux" && ClauseSyntax.Lemma(d) == "have") &&
               !deps.Any(d => d.BaseRelation == "aux" && ClauseSyntax.Lemma(d) == "be") &&
               deps.Any(d => d.BaseRelation == "obl" && syntax.Words.LongSpans.Contains(ClauseSyntax.Lemma(d)) && d.Xpos == "NNS" &&
                             parse.Dependents(d.Index).Any(c => c.BaseRelation == "case" && c.Form.Equals("for", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// "The ridge is hard to patrol", "It is easy to cross here", "a low river is an easy river to cross": the event verb is the
    /// to-infinitive of an adjective of ease (syntax.json easeAdjectives), on the adjective or on a noun it qualifies: what a
    /// place or a time is like, no act (precision36). ("Guards found it hard to stop them" has no event word of its own either.)
    /// </summary>
    internal bool Ease(ParsedSentence parse, ParsedToken trigger)
    {
        if (trigger is not { Upos: Upos.VERB, Head: >= 0, BaseRelation: "acl" or "xcomp" or "ccomp" or "csubj" or "advcl" } ||
            !parse.Dependents(trigger.Index).Any(d => d.BaseRelation == "mark" && d.Xpos == "TO")) return false;
        var head = parse.Tokens[trigger.Head];
        bool IsEase(ParsedToken t) => syntax.Words.EaseAdjectives.Contains(t.Form.ToLowerInvariant());
        return head.Upos == Upos.ADJ && IsEase(head) ||
               head.Upos == Upos.NOUN && parse.Dependents(head.Index).Any(d => d.BaseRelation == "amod" && IsEase(d));
    }

    /// <summary>
    /// "Two fishermen drowned when their boat overturned near X", "A raft capsized on the river, officials said": the main
    /// predicate (or the clause its report verb reports) is a verb of a mishap (syntax.json mishapVerbs): an accident, no act
    /// of a party, so the trained model gives it no type (precision37). Whatever the rules read in it themselves stays.
    /// </summary>
    internal bool Mishap(ParsedSentence parse) => MishapPredicate(parse) is not null;

    /// <summary>A clause told inside the mishap's predicate ("drowned when their boat overturned in the river near X"): its
    /// words read as a crossing or a clash are the accident's; a clause coordinated with it ("and a third man was detained")
    /// is read on its own.</summary>
    internal bool InMishap(ParsedSentence parse, Clause span)
    {
        if (span.Type == IncidentType.Statement || MishapPredicate(parse) is not { } main) return false;
        if ((ParsedClauseRules.TriggerIn(parse, span) ?? ClauseSyntax.HeadOf(parse, span.Start, span.End)) is not { } word) return false;
        var coordinated = parse.Dependents(main.Index).Where(d => d.BaseRelation is "conj" or "parataxis")
            .SelectMany(d => ParsedClauseRules.Subtree(parse, d)).Select(t => t.Index).ToHashSet();
        return !coordinated.Contains(word.Index) && ParsedClauseRules.Subtree(parse, main).Any(t => t.Index == word.Index);
    }

    private ParsedToken? MishapPredicate(ParsedSentence parse)
    {
        if (parse.Tokens.FirstOrDefault(t => t.IsRoot) is not { Upos: Upos.VERB } root) return null;
        var main = syntax.Read(parse, root).Role == PredicateRole.Report && ClauseSyntax.Reported(parse, root) is { Upos: Upos.VERB } content ? content : root;
        return syntax.Words.MishapVerbs.Contains(ClauseSyntax.Lemma(main)) ? main : null;
    }

    /// <summary>The event noun (or the noun phrase it qualifies) is the subject of a verb of change.</summary>
    internal bool Trend(ParsedSentence parse, ParsedToken trigger)
    {
        if (trigger.Upos != Upos.NOUN) return false;
        var noun = trigger;
        // "the number of crossings has doubled": up to the head of the noun phrase.
        while (noun.BaseRelation is "nmod" or "compound" && noun.Head >= 0 && parse.Tokens[noun.Head].Upos == Upos.NOUN) noun = parse.Tokens[noun.Head];
        // (Only an intransitive change: "security was increased" is something someone did.)
        if (noun.Relation == "nsubj" && noun.Head >= 0 && IsTrend(parse.Tokens[noun.Head])) return true;
        // The parser may hang the verb under its subject ("Fuel smuggling ... has increased" read as a noun root with a clause).
        return parse.Dependents(noun.Index).Any(d => d.BaseRelation is "ccomp" or "acl" or "parataxis" or "appos" && IsTrend(d) &&
                                                     !parse.Dependents(d.Index).Any(x => x.BaseRelation == "nsubj"));
    }

    private bool IsTrend(ParsedToken verb) => verb.Upos == Upos.VERB && syntax.Words.TrendVerbs.Contains(ClauseSyntax.Lemma(verb));

    /// <summary>
    /// "Dostuk is the busiest lorry crossing on the road", "Bajgiran is one of the busiest crossings for lorries": an event
    /// noun as a present predicate (or the noun after "one of" there) names what a place is, whatever dates it gives ("is
    /// the only road crossing ..., open only from May to November"). Not a prepositional predicate: "is in talks with ..."
    /// tells an event going on. An event noun said of "it", "this" or "that" ("It was a good conversation") tells what an
    /// event already told was.
    /// </summary>
    internal static bool NamesWhatItIs(ParsedSentence parse, ParsedToken trigger)
    {
        if (trigger.Upos != Upos.NOUN) return false;
        var predicate = trigger;
        var among = trigger.BaseRelation == "nmod" && trigger.Head >= 0 && parse.Tokens[trigger.Head] is { Upos: Upos.NUM or Upos.PRON } one &&
                    ClauseSyntax.Lemma(one) == "one" && parse.Dependents(trigger.Index).Any(d => d.BaseRelation == "case" && ClauseSyntax.Lemma(d) == "of");
        if (among) predicate = parse.Tokens[trigger.Head];
        var deps = parse.Dependents(predicate.Index).ToList();
        // "It was a good conversation", "This was the third incursion this month": what an event told before was, in any tense.
        if (!deps.Any(d => d.BaseRelation == "cop") || deps.Any(d => d.BaseRelation == "case")) return false;
        if (deps.Any(d => d.BaseRelation == "nsubj" && ClauseSyntax.Lemma(d) is "it" or "this" or "that")) return true;
        return deps.Any(d => d.BaseRelation == "cop" && d.Xpos is "VBZ" or "VBP") && (among || deps.Any(d => d.BaseRelation == "det"));
    }

    /// <summary>The event word's clause is headed by a present predicate adjective ("is open", "are likely to") or a present "need".</summary>
    internal static bool StandingState(ParsedSentence parse, ParsedToken trigger)
    {
        var at = trigger;
        while (InClause.Contains(at.BaseRelation) && at.Head >= 0 && at.Upos != Upos.ADJ) at = parse.Tokens[at.Head];
        if (at.Index == trigger.Index) return false;
        if (at.Upos == Upos.ADJ)
            return parse.Dependents(at.Index).Any(d => d.BaseRelation == "cop" && d.Xpos is "VBZ" or "VBP");
        return at.Upos == Upos.VERB && ClauseSyntax.Lemma(at) == "need" && at.Xpos is "VBZ" or "VBP" &&
               !parse.Dependents(at.Index).Any(d => d.BaseRelation == "aux");
    }
}
