using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// A rebuttal that disowns an act is no denial of the act (status32): "Shots were fired at a Tajik patrol from the Afghan
/// side. A Taliban spokesman said no fighters of the Islamic Emirate had been near the river." The spokesman says who did
/// not act, not that nothing happened: the account stays reported, the rebuttal is the party's denied statement. A
/// rebuttal disowns when what it says is negated and its subject is the party's own people: owned by a possessive
/// (status.json ownPeoplePossessives: "none of its servicemen fired", "his men had not opened fire") or named with a state
/// or group ("no Tajik serviceman", "no citizen of Turkmenistan"). The act is still denied when its account names the
/// denier's people alone as the ones who acted ("an Uzbek patrol came onto the Kyrgyz side", denied by Tashkent); an
/// unnamed actor ("shots were fired", "smugglers coming from the Uzbek side") or both sides ("guards of both states opened
/// fire on each other") leaves it reported, unless the rebuttal also rejects the account told just before it
/// (status.json deniedReference: "called the Tajik account a fabrication"). Accusations keep <see cref="Rebuttals"/>' reading.
/// </summary>
internal sealed class DisownedActs(ClauseSyntax syntax, Rebuttals rebuttals)
{
    /// <summary><see cref="Rebuttals.Answered"/>, less the acts a disowning rebuttal leaves standing.</summary>
    internal List<int> Answered(AnalysisInput input, int si, ParsedSentence parse, ArticleParses parses, IReadOnlyList<(Clause Clause, ExtractedIncident Incident)> found,
        IReadOnlyList<ExtractedIncident> before, IReadOnlyList<EntityMention> mentions)
    {
        var answered = new List<int>();
        foreach (var (clause, denial) in found)
        {
            var claims = rebuttals.AnsweredBy(input, si, clause, denial, before);
            if (claims.Count == 0) continue;
            var denier = Disowned(parse, clause);
            // (A rebuttal that also rejects the account told just before it, "called the Tajik account a fabrication and said
            // none of their men had been near", denies that account whoever it names.)
            var rejects = syntax.Lexicon.DeniedReference.Matches(clause.Tokens).Count > 0;
            answered.AddRange(claims.Where(k => !answered.Contains(k) &&
                                                !(denier is not null && before[k].Type != IncidentType.Statement && !(rejects && JustBefore(input, si, before[k])) &&
                                                  !ActorsAre(input, parses, before[k], denier, mentions))));
        }
        return answered;
    }

    private static bool JustBefore(AnalysisInput input, int si, ExtractedIncident claim) => si > 0 && claim.ExcerptStart >= input.Sentences[si - 1].Start;

    /// <summary>The states whose people a rebuttal says did not act, or null when it disowns nothing.</summary>
    internal HashSet<string>? Disowned(ParsedSentence parse, Clause clause)
    {
        var lexicon = syntax.Lexicon;
        foreach (var subject in parse.Tokens.Where(t => t.BaseRelation == "nsubj" && t.Head >= 0 && ClauseSyntax.Inside(t, clause.Start, clause.End)))
        {
            var predicate = parse.Tokens[subject.Head];
            if (syntax.Read(parse, predicate).Role is PredicateRole.Report or PredicateRole.Statement or PredicateRole.Accusation or PredicateRole.Denial) continue;
            var phrase = Phrase(parse, subject);
            var negated = lexicon.VerificationNegators.Contains(ClauseSyntax.Lemma(subject)) ||
                          phrase.Any(t => t.BaseRelation is "det" or "case" && ClauseSyntax.Lemma(t) == "no") || ClauseSyntax.Negated(parse, predicate);
            if (!negated) continue;
            // The denier: the teller, named before its people ("Tajikistan's Border Troops said ..."). Its own people are owned
            // by a possessive or named with the teller's states only ("no Tajik serviceman"; not "no foreign troops other than
            // those of Russia's base" in a Tajik ministry's words).
            var teller = clause.SentenceMentions.Where(m => m.Start >= clause.Start && m.End <= subject.Start).Select(Contradictions.StateOf).OfType<string>().ToHashSet();
            if (teller.Count == 0) continue;
            var named = States(phrase, clause.SentenceMentions);
            var owned = phrase.Any(t => t.Relation == "nmod:poss" && lexicon.OwnPeoplePossessives.Contains(ClauseSyntax.Lemma(t)));
            if (owned || named.Count > 0 && named.IsSubsetOf(teller)) return teller;
        }
        return null;
    }

    /// <summary>The account names the denier's people alone as the ones who acted: the subject of its act ("an Uzbek patrol
    /// had come ...") names only the denier's states.</summary>
    private bool ActorsAre(AnalysisInput input, ArticleParses parses, ExtractedIncident claim, HashSet<string> denier, IReadOnlyList<EntityMention> mentions)
    {
        if (input.Sentences.FirstOrDefault(s => s.Start <= claim.ExcerptStart && claim.ExcerptStart < s.End) is not { } sentence) return true;
        var parse = parses.Parse(input.Text, sentence.Start, sentence.End);
        var acting = new HashSet<string>();
        foreach (var subject in parse.Tokens.Where(t => t.BaseRelation == "nsubj" && t.Head >= 0 && ClauseSyntax.Inside(t, claim.ExcerptStart, claim.ExcerptEnd)))
        {
            if (syntax.Read(parse, parse.Tokens[subject.Head]).Role is PredicateRole.Report or PredicateRole.Statement or PredicateRole.Accusation or PredicateRole.Denial) continue;
            acting.UnionWith(States(Phrase(parse, subject), mentions));
        }
        return acting.Count > 0 && acting.IsSubsetOf(denier);
    }

    /// <summary>A subject's noun phrase, without the clauses that describe it ("smugglers coming from the Uzbek side").</summary>
    private static List<ParsedToken> Phrase(ParsedSentence parse, ParsedToken head)
    {
        var phrase = new List<ParsedToken> { head };
        foreach (var d in parse.Dependents(head.Index).Where(d => d.BaseRelation is not ("acl" or "parataxis" or "punct")))
            phrase.AddRange(Phrase(parse, d));
        return phrase;
    }

    private static HashSet<string> States(List<ParsedToken> phrase, IReadOnlyList<EntityMention> mentions) =>
        mentions.Where(m => phrase.Any(t => t.Start >= m.Start && t.End <= m.End)).Select(Contradictions.StateOf).OfType<string>().ToHashSet();
}
