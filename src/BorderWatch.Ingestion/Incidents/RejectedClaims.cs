using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>The event a sentence's claim tells, read from the parse: its head and type.</summary>
internal readonly record struct ClaimedEvent(ParsedToken Head, IncidentType Type);

/// <summary>
/// A claimed event and its rejection in one sentence (type23): the corpora's convention since fresh7 records them once,
/// typed by the claimed event and denied ("denied reports on social networks that Uzbek guards had fired at shepherds on
/// 26 November", "Allegations ... of an armed incursion near Serhetabat last month are groundless"), when the claim tells
/// the event with a time of its own. A rejection of an account with no time of its own ("dismissed reports of a troop
/// build-up as fabrications", "rejected claims that any mortars had been brought to the area") stays a word on the
/// account: a denied statement (<see cref="Declarations"/>). The claim runs from a claim word (an account noun of
/// <c>declarations.json</c>, a noun with a reporting clause, a reporting or accusing verb: "reports that", "posts
/// claiming", "X said ...; Y denied it") to the rejection after it, or to what the rejecting party adds; the event is
/// read on the parse (the WordNet class of a word) or from the trigger lexicon, never one said not to have happened.
/// Only a sentence whose one clause is a denied statement is retyped.
/// </summary>
internal sealed partial class RejectedClaims(ClauseSyntax syntax, DeclarationLexicon words, DateExpressionFinder finder)
{
    /// <summary>Retypes the sentence's one denied statement as the claimed event it rejects (see the class).</summary>
    /// <param name="before">The document's incidents so far: status36, a claim with no time of its own is retyped only
    /// when no act of its type is on record (else the rejection answers that act and stays a word on it).</param>
    internal void Apply(ParsedSentence parse, string text, Sentence sentence, List<Clause> spans, IReadOnlyList<ExtractedIncident> before)
    {
        if (spans is not [{ Type: IncidentType.Statement, Denial: true, Blames: false } span]) return;
        if ((Claim(parse, text, sentence, span.SentenceTokens) ??
             (Claim(parse, text, sentence, span.SentenceTokens, timed: false) is { } undated && !ActOnRecord(undated.Type, before, span.SentenceMentions) ? undated : null)) is not { } claimed) return;
        span.Type = claimed.Type;
        span.Declared = false;
        span.WeakTrigger = false;
        if (span.Tokens.FindIndex(t => t.Start == claimed.Head.Start) is var at and >= 0) span.TriggerToken = at;
    }

    /// <summary>
    /// The event the sentence's claim tells with a time of its own, if any: from a claim word (an account noun, a noun
    /// with a reporting clause of its own, a reporting or accusing verb) to the first rejection word after it (or, when
    /// the rejection comes first, to a speech verb the rejecting party adds: ", saying ..."), an event word that is not
    /// negated and a date expression.
    /// </summary>
    /// <param name="timed">False: any claimed event, with a time of its own or not (status36).</param>
    internal ClaimedEvent? Claim(ParsedSentence parse, string text, Sentence sentence, IReadOnlyList<Token> tokens, bool timed = true)
    {
        var times = finder.Find(text[sentence.Start..sentence.End])
            .Select(e => (Start: e.Start + sentence.Start, End: e.End + sentence.Start)).ToList();
        if (timed && times.Count == 0) return null;
        foreach (var marker in parse.Tokens.Where(t => ClaimWord(parse, t)))
        {
            var stop = parse.Tokens.FirstOrDefault(t => t.Index > marker.Index && (Rejects(parse, t) || AddedSpeech(parse, t) || OtherSpeech(parse, t, marker)));
            var end = stop?.Start ?? sentence.End;
            if (timed && !times.Any(t => t.Start >= marker.End && t.End <= end)) continue;
            // (status36: "Asked about reports that ..., a spokesman said the reports were lies": an account put to a speaker,
            // who answers it, is a word on it unless the claim tells a time of its own.)
            if (!timed && stop is not null && !Rejects(parse, stop) && OtherSpeech(parse, stop, marker)) continue;
            // (status36: a claim told by a speech verb is another party's only when its rejection names a rejecter of its own
            // or answers an account noun: "X said ...; Bishkek denied it", "..., a claim the ministry rejected"; not "the
            // ministry said ..., and it denied that ...", the party's own account beside its denial.)
            if (!timed && marker.Upos == Upos.VERB && !(stop is not null && Rejects(parse, stop) && OtherRejecter(parse, stop))) continue;
            // (An account noun with no time of its own counts only as what a rejecting word rejects: "rejected as baseless
            // reports that ...", "called the claim that ... a lie"; not "The footage is real but shows a drill; officials
            // deny ...", where the writer tells what the footage shows.)
            if (!timed && marker.Upos == Upos.NOUN && !RejectedNoun(parse, marker)) continue;
            if (EventIn(parse, tokens, marker.End, end) is { } ev) return ev;
        }
        return null;
    }

    /// <summary>status36: an act of the type already on record (not planned): the rejection answers it ("The foreign ministry
    /// rejected speculation that its troops had fired during the incident" after the clash) and stays a word on it. mend36:
    /// an act with a state the sentence names among its parties, when the sentence names one (a roundup's crossing by
    /// Kyrgyz herders is not what Turkmen officials reject about Afghan gunmen).</summary>
    internal static bool ActOnRecord(IncidentType type, IReadOnlyList<ExtractedIncident> before, IReadOnlyList<EntityMention> sentenceMentions)
    {
        var states = sentenceMentions.Where(m => m.Entry.Kind == EntryKind.State).Select(m => m.Entry.Key).ToHashSet();
        var claimed = new Telling(type, IncidentStatus.Reported, PartialDate.Unknown, null, null, null, states);
        return before.Any(r => EventIdentity.Same(r, claimed, SameEventRule.RejectedClaim));
    }

    // An account noun under a rejecting word's arguments, or an argument of a verb completed by a rejecting word ("called the
    // claim ... a lie"); a rejection joined to the noun's clause ("...; officials deny ...") does not reach it.
    private bool RejectedNoun(ParsedSentence parse, ParsedToken marker) =>
        parse.Tokens.Any(r => Rejects(parse, r) && Arguments(parse, r).SelectMany(a => Own(parse, a)).Any(t => t.Index == marker.Index)) ||
        marker.BaseRelation is "obj" or "nsubj" && marker.Head >= 0 && parse.Tokens[marker.Head] is var verb &&
        (Rejects(parse, verb) || parse.Dependents(verb.Index).Any(d => d.BaseRelation is "xcomp" or "obj" or "obl" or "ccomp" && Rejects(parse, d)));

    /// <summary>A rejecting word with a rejecter of its own named ("Bishkek denied it") or in a clause on an account noun ("a
    /// claim the ministry rejected").</summary>
    private bool OtherRejecter(ParsedSentence parse, ParsedToken stop) =>
        stop.BaseRelation == "acl" && stop.Head >= 0 && words.AccountNouns.Contains(ClauseSyntax.Lemma(parse.Tokens[stop.Head])) ||
        parse.Dependents(stop.Index).Any(d => d.BaseRelation == "nsubj" && d.Upos is Upos.NOUN or Upos.PROPN);

    /// <summary>"reports", "allegations", "posts claiming", "X said", "accused X of".</summary>
    private bool ClaimWord(ParsedSentence parse, ParsedToken t) =>
        t.Upos == Upos.NOUN && (words.AccountNouns.Contains(ClauseSyntax.Lemma(t)) || HasReportingClause(parse, t))
        || t.Upos == Upos.VERB && syntax.Read(parse, t).Role is PredicateRole.Report or PredicateRole.Accusation && !ClauseSyntax.Negated(parse, t);

    /// <summary>"denied", "rejected", "groundless", "fabrication", "does not correspond to reality".</summary>
    private bool Rejects(ParsedSentence parse, ParsedToken t)
    {
        var lemma = ClauseSyntax.Lemma(t);
        return words.DenyingVerbs.Contains(lemma) || words.Falsehoods.Contains(lemma) || syntax.Read(parse, t).Role == PredicateRole.Denial ||
               t.Upos == Upos.VERB && ClauseSyntax.Negated(parse, t) && parse.Dependents(t.Index).Any(d => d.BaseRelation == "obl" && Falsehood(d));
    }

    /// <summary>"reality" after a negated verb ("does not correspond to reality"): the account is said to be untrue.</summary>
    private bool Falsehood(ParsedToken d) => syntax.Words.UntruthObliques.Contains(ClauseSyntax.Lemma(d));

    /// <summary>", saying ...", ", insisting ...": what the rejecting party adds is its own account, not the claim.</summary>
    private bool AddedSpeech(ParsedSentence parse, ParsedToken t) =>
        t.Upos == Upos.VERB && t.Xpos == "VBG" && t.Index > 0 && parse.Tokens[t.Index - 1].Form == "," &&
        syntax.Read(parse, t).Role is PredicateRole.Report or PredicateRole.Statement or PredicateRole.Denial;

    /// <summary>Another speech act after the claim word ("Asked about reports that ..., a spokesperson said on Wednesday
    /// ..."): the claim ends there (a reporting clause of the claim word itself, "reports claiming that", does not end it).</summary>
    private bool OtherSpeech(ParsedSentence parse, ParsedToken t, ParsedToken marker) =>
        t.Upos == Upos.VERB && t.Head != marker.Index && syntax.Read(parse, t).Role is PredicateRole.Report or PredicateRole.Statement or PredicateRole.Accusation;

    /// <summary>An event word said not to have happened or only possible ("no crossing had taken place", "would cross").</summary>
    private bool NotHappened(ParsedSentence parse, ParsedToken t) =>
        syntax.NegatedOrHypothetical(parse, t) || ClauseSyntax.NegatedArgument(parse, t) || ParsedClauseRules.NegatedNoun(parse, t) ||
        t.Upos == Upos.NOUN && t.Head >= 0 && parse.Tokens[t.Head] is var verb && (ClauseSyntax.Negated(parse, verb) || ClauseSyntax.NegatedArgument(parse, verb));

    /// <summary>The first event between two offsets: a word the parse reads as an event (not negated or hypothetical),
    /// else a trigger phrase of an incident type other than statement.</summary>
    private ClaimedEvent? EventIn(ParsedSentence parse, IReadOnlyList<Token> tokens, int start, int end)
    {
        foreach (var t in parse.Tokens.Where(t => t.Start >= start && t.End <= end))
            if (syntax.Read(parse, t) is { Role: PredicateRole.Event, Type: { } type } && type != IncidentType.Statement &&
                !NotHappened(parse, t))
                return new ClaimedEvent(t, type);
        var found = syntax.Lexicon.Triggers.Where(x => x.Type != IncidentType.Statement)
            .SelectMany(x => x.Phrases.Matches(tokens).Select(m => (x.Type, At: tokens[m.First].Start)))
            .Where(m => m.At >= start && m.At < end).OrderBy(m => m.At).ToList();
        foreach (var (type, at) in found)
            if (parse.Tokens.FirstOrDefault(t => t.Start == at) is { } head && !NotHappened(parse, head))
                return new ClaimedEvent(head, type);
        return null;
    }

    /// <summary>A noun with a clause of its own that reports ("posts on social media claiming that ...").</summary>
    private bool HasReportingClause(ParsedSentence parse, ParsedToken noun) =>
        parse.Dependents(noun.Index).Any(d => d.BaseRelation == "acl" && d.Upos == Upos.VERB && syntax.Read(parse, d).Role == PredicateRole.Report);
}
