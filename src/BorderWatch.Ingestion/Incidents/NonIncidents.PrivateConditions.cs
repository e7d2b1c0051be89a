using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>People with no office telling how things are, whatever event word the telling holds (precision47).</summary>
internal sealed partial class NonIncidents
{
    /// <summary>
    /// "Lorry drivers at the terminal say the queue for Iranian customs is now three days long", "Shepherds in the valley
    /// say the salt trade across the pass is older than the border": a clause typed an event only by a word in what it
    /// reports (not a statement: <see cref="PrivateWord"/> reads those) whose every reporting verb has people with no office
    /// as its speaker and reports a present state: a clause with a copula in the present ("is", "are", "has been") whose
    /// subject is no party and whose predicate names none. It tells how things are for those people, no incident.
    /// ("Villagers say Tajik soldiers are on the ridge": the soldiers are a party; "residents say the post is now in
    /// Taliban hands": the predicate names one; "drivers say the shooting was heavy on Monday": a past event told.)
    /// </summary>
    internal bool PrivateCondition(ParsedSentence parse, Clause span)
    {
        if (span.Type is null or IncidentType.Statement || span.Denial || span.Blames || span.Declared || span.Speaker is { Official: true }) return false;
        var verbs = ClauseSyntax.Within(parse, span.Start, span.End).Where(t => t.Upos == Upos.VERB).ToList();
        if (verbs.Any(t => syntax.Read(parse, t).IsSpeechAct)) return false;
        var reports = verbs.Where(t => syntax.Read(parse, t).Role == PredicateRole.Report).ToList();
        if (reports.Count == 0) return false;
        foreach (var report in reports)
        {
            var speaker = parse.Dependents(report.Index).FirstOrDefault(d => d.Relation == "nsubj");
            if (speaker is null || !PrivatePeople(parse, span, speaker)) return false;
            var reported = parse.Dependents(report.Index).Where(d => d.BaseRelation is "ccomp" or "parataxis").ToList();
            if (report.BaseRelation == "parataxis" && report.Head >= 0) reported.Add(parse.Tokens[report.Head]);
            if (reported.Count == 0 || !reported.All(r => PresentState(parse, span, r))) return false;
        }
        return true;
    }

    // A copula clause in the present ("the wait is four days", "this week has been the worst") whose subject is no party and
    // whose predicate names none (the predicate word and its own modifiers: "in Taliban hands"; a cause or a place further
    // down, "because snow slowed work at the Chinese terminal", is no predicate of the state). A state coordinated with
    // it ("..., and most of those caught are young men") is read the same way.
    private bool PresentState(ParsedSentence parse, Clause span, ParsedToken predicate)
    {
        var dependents = parse.Dependents(predicate.Index).ToList();
        if (dependents.FirstOrDefault(d => d.BaseRelation == "cop") is not { } copula) return false;
        var present = copula.Xpos is "VBZ" or "VBP" ||
                      copula.Xpos == "VBN" && dependents.Any(d => d.BaseRelation == "aux" && d.Xpos is "VBZ" or "VBP");
        if (!present || dependents.Any(d => d.BaseRelation == "aux" && d.Xpos == "MD")) return false;
        if (dependents.FirstOrDefault(d => d.BaseRelation == "nsubj") is { } subject && Party(parse, span, subject)) return false;
        ParsedToken[] core = [predicate, .. dependents.Where(d => d.BaseRelation is "amod" or "compound" || d.Relation is "nmod:poss")];
        if (core.Any(t => NamedAt(span, t) || t.Upos == Upos.NOUN && syntax.NounClasses(parse, t).Contains("troops"))) return false;
        return dependents.Where(d => d.BaseRelation == "conj" && d.Upos is not Upos.PUNCT).All(c => PresentState(parse, span, c));
    }
}
