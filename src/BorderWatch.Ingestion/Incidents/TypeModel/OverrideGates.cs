using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Incidents.TypeModel;

/// <summary>
/// model34: two readings of a clause's arguments that keep the type model from overruling the rules (or filling a
/// sentence) with a type its words do not bear. Both read word classes (the WordNet supersenses and argument classes of
/// <see cref="TypeWords"/>, the event classes of the lexicon) and lists of the lexicon; no word is spelled here.
/// </summary>
internal sealed class OverrideGates(TypeFeatures features, Lexicon lexicon, SyntaxLexicon words)
{
    // WordNet 3.0 noun supersenses and type-word-roots.json classes (labels of the generated type-words.json, not words of a text).
    private const string Communication = "communication";
    private const string Quantity = "quantity";
    private static readonly string[] PeopleClasses = ["person", "migrant", "outlaw"];
    private static readonly string[] GivingClasses = ["give", "convey"];
    private static readonly string[] ThingClasses = ["artifact", "weapon", "vehicle", "cargo"];

    /// <summary>
    /// The reported clause's predicate takes a statement cue (statements.json cues) that is a noun of communication as
    /// its object, or under "with" ("drew an appeal from hauliers", "drew sharp criticism", "met with condemnation",
    /// "sparked accusations"): what is reported is a reaction in words to the act, a statement, not the act again. Not when
    /// the reported clause tells an act of its own beside it ("ignored a warning ... and crossed the river", "fired a
    /// warning and then detained four men": a conjoined verb) (model36).
    /// </summary>
    internal bool ReactionInWords(ParsedSentence parse, ParsedToken content) =>
        !parse.Dependents(content.Index).Any(d => d.BaseRelation == "conj" && d.Upos == Upos.VERB) &&
        parse.Dependents(content.Index).Any(d => d.Upos == Upos.NOUN && StatementCueNoun(d) &&
            (d.BaseRelation == "obj" || UnderWith(parse, d)));

    /// <summary>
    /// The reported clause's predicate takes a statement cue noun as its object and has a verb conjoined to it ("the group
    /// ignored a warning from the patrol and crossed the river", "fired a warning and then detained four men"): the cue is
    /// what the act was done with, and an act of its own follows; the rules' statement rests on the cue alone (model44).
    /// </summary>
    internal bool CueBesideAct(ParsedSentence parse, ParsedToken content) =>
        parse.Dependents(content.Index).Any(d => d.BaseRelation == "conj" && d.Upos == Upos.VERB) &&
        parse.Dependents(content.Index).Any(d => d.Upos == Upos.NOUN && d.BaseRelation == "obj" && StatementCueNoun(d));

    /// <summary>
    /// Every noun of communication in the sentence that is a statement word (statements.json speech or cues) is a noun modifier of a noun that is no word of communication ("fired
    /// warning flares at a boat", "warning shots"): a kind of thing, no warning given (context.json warnings, mend26), so
    /// no statement cue; what a plain report tells of it rests on the report alone (mend44).
    /// </summary>
    internal bool CueOnlyModifiesThing(ParsedSentence parse)
    {
        var cues = parse.Tokens.Where(t => t.Upos == Upos.NOUN && CommunicationNoun(t) && StatementWord(t)).ToList();
        return cues.Count > 0 && cues.All(c => c.BaseRelation == "compound" && c.Head > c.Index &&
                                               parse.Tokens[c.Head] is { Upos: Upos.NOUN } head && !CommunicationNoun(head));
    }

    /// <summary>
    /// The predicate has a conjoined verb of giving whose object is a noun of communication that is no statement cue
    /// ("summoned the envoy and gave him a briefing on the visa rules", "called in the consul and handed her an outline of
    /// the new fees"): the rules read what was handed and found no protest; the model is not asked to make the summons
    /// a statement (model38).
    /// </summary>
    internal bool HandsOtherWords(ParsedSentence parse) =>
        parse.Root is { Upos: Upos.VERB } root &&
        parse.Dependents(root.Index).Any(c => c.BaseRelation == "conj" && c.Upos == Upos.VERB && features.ClassesOf(parse, c).Any(GivingClasses.Contains) &&
            parse.Dependents(c.Index).Any(o => o.BaseRelation == "obj" && o.Upos == Upos.NOUN && !Cue(o) && (CommunicationNoun(o) || ActNoun(o))));

    // (model44: or an act told, WordNet noun.act: "gave her a presentation on the new fees"; a cue such as a protest is never other words.)
    private bool Cue(ParsedToken noun) => IsWordOf(lexicon.StatementCues, noun);

    /// <summary>The token alone is a whole entry of <paramref name="list"/>.</summary>
    private static bool IsWordOf(PhraseSet list, ParsedToken token)
    {
        var tokens = NameNormalizer.Tokenize(token.Form);
        return tokens.Count == 1 && list.Matches(tokens).Any(m => m.First == 0 && m.Last == 0);
    }

    private bool ActNoun(ParsedToken noun) => features.Words.Noun(noun.Lemma.ToLowerInvariant()).FirstOrDefault() == "act";

    /// <summary>
    /// Every negated argument of the predicate (<see cref="ClauseSyntax.NegatedArguments"/>) is its object, a noun of
    /// communication (WordNet noun.communication) under which an act is told with a subject of its own ("had no comment on
    /// reports that soldiers shot at fishermen", "gave no details of the raid in which two guards died"): the negation
    /// withholds the words, not the act they are about, so the negated-argument gate does not hold (model40). A negated
    /// subject ("No herder will be turned away") or a negated object with no act under it ("received no reports of
    /// crossings", "turned back no boats") still does.
    /// </summary>
    internal bool OnlyRemarkWithheld(ParsedSentence parse, ParsedToken predicate)
    {
        var negated = ClauseSyntax.NegatedArguments(parse, predicate).ToList();
        return negated.Count > 0 && negated.All(a =>
            a.BaseRelation == "obj" && a.Head == predicate.Index && a.Upos == Upos.NOUN && CommunicationNoun(a) &&
            (ParsedClauseRules.Subtree(parse, a).Any(v => v.Index != a.Index && Act(v)) ||
             // (The parser may hang the clause the remark is about on the predicate: a complement or parataxis after it.)
             parse.Dependents(predicate.Index).Any(v => v.BaseRelation is "ccomp" or "parataxis" && v.Index > a.Index && Act(v))));
        bool Act(ParsedToken v) => v.Upos == Upos.VERB && parse.Dependents(v.Index).Any(d => d.BaseRelation == "nsubj");
    }

    private static bool IsWith(ParsedToken c) => ClauseSyntax.Lemma(c) == "with";

    private bool StatementCueNoun(ParsedToken noun) => Cue(noun) && CommunicationNoun(noun);

    /// <summary>A word of statements.json, a speech word ("warning", "claims") or a statement cue.</summary>
    private bool StatementWord(ParsedToken noun) => IsWordOf(lexicon.Speech, noun) || Cue(noun);

    /// <summary>The noun's first WordNet supersense is noun.communication.</summary>
    private bool CommunicationNoun(ParsedToken noun) => features.Words.Noun(noun.Lemma.ToLowerInvariant()).FirstOrDefault() == Communication;

    /// <summary>An oblique argument under "with" ("met with condemnation", "supplied the troops with rifles").</summary>
    private static bool UnderWith(ParsedSentence parse, ParsedToken d) =>
        d.BaseRelation == "obl" && parse.Dependents(d.Index).Any(c => c.BaseRelation == "case" && IsWith(c));

    /// <summary>
    /// A verb of giving or conveying (event classes give, convey, or syntax.json handoverVerbs: "handed over", "returned",
    /// "transferred") whose theme (object or passive subject) is people: a person noun (WordNet noun.person, or a
    /// migrant or outlaw), a group of them ("a group of migrants"), or a bare count standing for them ("All eleven were
    /// handed over", "the two were transferred"): a handover of people, no arms transfer.
    /// </summary>
    /// <remarks>The verb's arguments read are its object, indirect object, passive subject and a "with" phrase; when one of
    /// them is a thing (WordNet noun.artifact, or a weapon, vehicle or cargo: "supplied the border troops with rifles",
    /// "handed the guards two rifles") the people are its recipients and the verb is left to the model.</remarks>
    internal bool GivesPeople(ParsedSentence parse) =>
        parse.Tokens.Where(v => v.Upos == Upos.VERB && (words.HandoverVerbs.Contains(ClauseSyntax.Lemma(v)) || features.ClassesOf(parse, v).Any(GivingClasses.Contains)))
            .Select(v => parse.Dependents(v.Index).Where(d => d.Relation is "obj" or "iobj" or "nsubj:pass" ||
                                                               UnderWith(parse, d)).ToList())
            .Any(args => args.Any(a => People(parse, a)) && !args.Any(Thing));

    private bool Thing(ParsedToken t) => t.Upos == Upos.NOUN && features.Words.Noun(t.Lemma.ToLowerInvariant()) is { Count: > 0 } classes &&
                                         (classes[0] == ThingClasses[0] || classes.Skip(1).Any(ThingClasses.Contains));

    private bool People(ParsedSentence parse, ParsedToken theme)
    {
        bool Person(ParsedToken t) => t.Upos is Upos.NOUN or Upos.PROPN && features.Words.Noun(t.Lemma.ToLowerInvariant()) is { Count: > 0 } classes &&
                                      (classes[0] == PeopleClasses[0] || classes.Skip(1).Any(PeopleClasses.Contains));
        if (Person(theme)) return true;
        var under = parse.Dependents(theme.Index).ToList();
        // "a group of migrants": the theme's noun of what it is a set of.
        if (theme.Upos == Upos.NOUN && under.Any(d => d.BaseRelation == "nmod" && Person(d))) return true;
        // "All eleven", "the two": a count with no noun of its own stands for people told before (a numeral, or a number
        // word the parser took for a noun: WordNet noun.quantity with no count, noun or name under it; "20 tonnes" has one).
        bool Count(ParsedToken t) => t.Upos == Upos.NUM || t.Upos == Upos.NOUN && features.Words.Noun(t.Form.ToLowerInvariant()).FirstOrDefault() == Quantity;
        var count = Count(theme) ? theme : under.FirstOrDefault(d => d.Upos == Upos.NUM && d.BaseRelation == "nummod");
        return count is not null && (count.Index == theme.Index || theme.Upos is Upos.DET or Upos.PRON) && !under.Any(d => d.Upos is Upos.NOUN or Upos.PROPN or Upos.NUM);
    }
}
