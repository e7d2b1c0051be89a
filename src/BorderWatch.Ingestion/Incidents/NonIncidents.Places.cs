using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// Background told as what a place is (<c>Lexicon/reporting.json</c> placeVerbs; precision30): "The village lies at the
/// western end of the valley", "The two states share a frontier of some 800 kilometres", "The stretch below the dam is the
/// busiest one for smugglers": the sentence's main predicate, in the present simple, is a copula with a noun or an
/// adjective (not a preposition: "are on patrol", "is under fire" tell what goes on) or one of placeVerbs, and the event
/// word hangs inside it, in no clause of its own ("where guards fired on Monday", ": on Monday guards clashed" stay
/// events). A description of where a place is and what it is like, no act in time, so no record. A day in the clause, or
/// the event word under one of reporting.json timeRelations ("are dead after Tuesday's clash"), ties it to a time: news
/// (mend30).
/// </summary>
internal sealed partial class NonIncidents
{
    // Relations that open a clause of its own: an event there is told, not described.
    private static readonly HashSet<string> OwnClause = ["conj", "parataxis", "ccomp", "advcl", "acl", "csubj", "xcomp", "list", "appos"];

    private bool DescribesPlace(ParsedSentence parse, Sentence sentence, Clause span)
    {
        if (parse.Root is not { } root || ParsedClauseRules.TriggerIn(parse, span) is not { } trigger || !ClauseSyntax.Inside(root, span.Start, span.End)) return false;
        var deps = parse.Dependents(root.Index).ToList();
        if (deps.Any(d => d.BaseRelation == "aux")) return false;
        var described = root.Upos == Upos.VERB
            // ("Rebels now run the district centre": with an object only the verbs of a shared edge, placeObjectVerbs.)
            ? root.Xpos is "VBZ" or "VBP" && !deps.Any(d => d.Relation == "aux:pass") &&
              (deps.Any(d => d.BaseRelation == "obj") ? words.PlaceObjectVerbs : words.PlaceVerbs).Contains(ClauseSyntax.Lemma(root))
            : root.Upos is Upos.NOUN or Upos.ADJ && trigger.Index != root.Index && deps.Any(d => d.BaseRelation == "cop" && d.Xpos is "VBZ" or "VBP") &&
              !deps.Any(d => d.BaseRelation == "case");
        if (!described) return false;
        // A subject that acts ("Uzbek troops share the post with ...") or points back to an event ("It is the third clash ...").
        if (deps.FirstOrDefault(d => d.BaseRelation == "nsubj") is not { } subject || subject.Upos == Upos.PRON) return false;
        // (Under a copula the event word is in what the place is said to be, not its subject: "The crossing is closed" may be news.)
        for (var word = trigger; word.Index != root.Index; word = parse.Tokens[word.Head])
            if (word.Head < 0 || OwnClause.Contains(word.BaseRelation) || root.Upos != Upos.VERB && word.Head == root.Index && word.BaseRelation == "nsubj" ||
                parse.Dependents(word.Index).Any(d => d.BaseRelation == "case" && words.TimeRelations.Contains(ClauseSyntax.Lemma(d)))) return false;
        // (A description is of no day: "Two guards are dead after Tuesday's clash" is news; a season, "closed from December
        // to March", still describes.)
        return !finder.Find(sentence.Text).Any(e => (e.Day is not null || e.Weekday is not null) &&
            sentence.Start + e.Start >= span.Start && sentence.Start + e.End <= span.End);
    }
}
