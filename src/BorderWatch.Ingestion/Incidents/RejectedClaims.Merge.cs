using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// A claim and its rejection told in one sentence as two clauses (precision31): "The ministry rejected as groundless reports
/// that foreign soldiers are stationed at a new post", "Videos claimed that the army had sent troops to the town, but the
/// ministry called the claim fake". The claimed act and the word that rejects it are one event, recorded once: the
/// rejection, a denied statement whose excerpt takes in the act (type23's convention for a claim with no time of its own,
/// which <see cref="RejectedClaims.Apply"/> keeps when the sentence is one clause; fresh10's gold has it so, fresh25's types
/// two such records by the act; <see cref="SameEvent.DeniedRetelling"/> drops an act already on record the same way). The rejection must
/// point at the claim on the parse: a claim word (an account noun, a reporting verb) holding the act is an argument of the
/// rejecting word and the act a state told in the present ("are stationed"), or the claim word comes before the rejection
/// and the rejection's argument points back ("the claim", "the reports", "it"). A claim
/// with a time of its own ("denied reports that its fighters had fired on posts this week") stays apart from its denial, as
/// the older dev gold (unseen, dev2) records it; so does a rejected claim with a clause of its own that holds no act of the
/// sentence ("said its guards had held three men, and rejected claims that they had been beaten").
/// </summary>
internal sealed partial class RejectedClaims
{
    /// <summary>Merges the one act a sentence's one rejecting statement rejects into that statement (see the class).</summary>
    /// <param name="found">The sentence's clauses and incidents, in order; changed in place.</param>
    /// <param name="before">The document's incidents so far.</param>
    internal void MergeRejection(ParsedSentence parse, string text, List<(Clause Clause, ExtractedIncident Incident)> found, IReadOnlyList<ExtractedIncident> before)
    {
        var rejections = found.Select((x, i) => (x, i, Word: x.Incident.Type == IncidentType.Statement ? RejectionIn(parse, x.Clause) : null))
            .Where(r => r.Word is not null).ToList();
        if (rejections.Count != 1) return;
        var (rejection, at, word) = rejections[0];
        var claims = found.Select((x, i) => (x, i)).Where(c => c.i != at && c.x.Incident.Type != IncidentType.Statement && c.x.Incident.Status != IncidentStatus.Planned &&
                                                          ParsedClauseRules.TriggerIn(parse, c.x.Clause) is { } head && Rejected(parse, text, word!, head) &&
                                                          !SameEvent.DeniedRetelling(c.x.Clause, c.x.Incident, found, before)).ToList();
        if (claims.Count != 1) return;
        var (claim, ci) = claims[0];
        var (r, e) = (rejection.Incident, claim.Incident);
        found[at] = (rejection.Clause, r with
        {
            // status36: the claim recorded once, typed by the act it claims and attributed to the party that rejects it,
            // unless an act of that type is already on record (the rejection then answers it: a word on it).
            // (Only where the rejection takes the claim as its object: "said its guards had fired only after men tried to
            // cross, and it denied that anyone had been hit" points back by its subject alone, the party's own account.)
            Type = ActOnRecord(e.Type, before, rejection.Clause.SentenceMentions) || !Aimed(parse, word!, ParsedClauseRules.TriggerIn(parse, claim.Clause)!) ? r.Type : e.Type,
            Status = IncidentStatus.Denied,
            ExcerptStart = Math.Min(e.ExcerptStart, r.ExcerptStart),
            ExcerptEnd = Math.Max(e.ExcerptEnd, r.ExcerptEnd),
            BorderCode = r.BorderCode ?? e.BorderCode,
        });
        found.RemoveAt(ci);
    }

    // The rejecting word of a statement's clause: a denying verb, a falsehood, a denial predicate.
    // mend31 (review31): a denying word negated ("has not denied it") rejects nothing.
    private ParsedToken? RejectionIn(ParsedSentence parse, Clause clause) =>
        ClauseSyntax.Within(parse, clause.Start, clause.End).FirstOrDefault(t => Rejects(parse, t) &&
            !(ClauseSyntax.Negated(parse, t) && !parse.Dependents(t.Index).Any(d => d.BaseRelation == "obl" && Falsehood(d))));

    // The act's event word is what the rejecting word rejects: under a claim word in its argument ("rejected reports that
    // ..."), or under a claim word before the rejection whose argument points back to it ("X claimed ..., but Y called the
    // claim fake"); the claim undated. ("Moscow has denied that it plans to send troops", a denied clause with no claim
    // word, is left: the dev gold splits it into the denial and the act.)
    private bool Rejected(ParsedSentence parse, string text, ParsedToken word, ParsedToken head)
    {
        var rejected = Arguments(parse, word).SelectMany(a => Own(parse, a)).ToList();
        if (rejected.Any(t => t.Index == head.Index))
            return StateNow(parse, head) &&
                   rejected.Any(m => m.Index != head.Index && ClaimWord(parse, m) && Own(parse, m).Any(t => t.Index == head.Index) && !Dated(parse, text, m));
        return head.Start < word.Start &&
               parse.Tokens.Any(m => m.Start < head.Start && ClaimWord(parse, m) && Own(parse, m) is var claimed &&
                                     claimed.Any(t => t.Index == head.Index) && !claimed.Any(t => t.Index == word.Index) && !Dated(parse, text, m)) &&
               Arguments(parse, word).Any(a => PointsBack(parse, a));
    }

    // status36: the rejecting word takes the claim as its object: a claim word holding the act among its arguments ("rejected
    // as groundless reports that ..."), or an argument pointing back that is not its active subject ("called the claim
    // fake", "a claim the ministry rejected", "it was denied").
    private bool Aimed(ParsedSentence parse, ParsedToken word, ParsedToken head) =>
        Arguments(parse, word).SelectMany(a => Own(parse, a)).Any(t => t.Index == head.Index) ||
        Arguments(parse, word).Any(a => a.Relation != "nsubj" && PointsBack(parse, a)) ||
        word.BaseRelation == "acl" && word.Head >= 0 && words.AccountNouns.Contains(ClauseSyntax.Lemma(parse.Tokens[word.Head]));

    // A state of things told in the present ("reports that foreign soldiers are stationed at a new post", "claims that
    // fighters are based on the island"): no act in time of its own. ("denied reports that its fighters had fired on posts",
    // "rejected reports that troops had been deployed": an act told in the past, which the dev gold records apart from its
    // denial, StatusAndAttributionTests, Precision29Tests.)
    private static bool StateNow(ParsedSentence parse, ParsedToken head)
    {
        var verbs = parse.Dependents(head.Index).Where(d => d.BaseRelation is "aux" or "cop").Append(head).ToList();
        return verbs.Any(t => t.Xpos is "VBZ" or "VBP") && !verbs.Any(t => ClauseSyntax.Lemma(t) == "have" || t.Xpos == "MD");
    }

    // The claim tells its act with a time of its own ("denied reports that its fighters had fired on posts this week"): an
    // event in its own right, kept apart from the denial, as the dev corpora's gold has it (unseen, dev2).
    private bool Dated(ParsedSentence parse, string text, ParsedToken claim)
    {
        var words = ParsedClauseRules.Subtree(parse, claim);
        var (from, to) = (words.Min(t => t.Start), words.Max(t => t.End));
        return from >= 0 && to <= text.Length && finder.Find(text[from..to]).Count > 0;
    }

    // A word and what hangs under it, not what is joined to it ("claimed ..., but the ministry called the claim fake": the
    // second verb is a clause of its own).
    private static List<ParsedToken> Own(ParsedSentence parse, ParsedToken root)
    {
        var result = new List<ParsedToken> { root };
        for (var i = 0; i < result.Count; i++)
            result.AddRange(parse.Dependents(result[i].Index).Where(d => d.BaseRelation is not ("conj" or "parataxis" or "cc")));
        return result;
    }

    // The arguments of a rejecting word, and of the verb it completes ("called the claim fake": the claim is the verb's).
    private static IEnumerable<ParsedToken> Arguments(ParsedSentence parse, ParsedToken word)
    {
        var own = parse.Dependents(word.Index).Where(d => d.BaseRelation is "obj" or "nsubj" or "ccomp" or "obl");
        return word.BaseRelation is "xcomp" && word.Head >= 0
            ? own.Concat(parse.Dependents(word.Head).Where(d => d.BaseRelation is "obj" or "nsubj"))
            : own;
    }

    // "the claim", "the reports", "it", "this": an account noun with no clause of its own, or a pronoun.
    private bool PointsBack(ParsedSentence parse, ParsedToken a) =>
        a.Upos == Upos.PRON ||
        a.Upos == Upos.NOUN && words.AccountNouns.Contains(ClauseSyntax.Lemma(a)) && !parse.Dependents(a.Index).Any(d => d.BaseRelation is "acl" or "ccomp");
}
