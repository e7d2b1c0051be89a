using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// status33: a report whose reported clause is itself a speech act or an assessment, not an act at the border.
/// <list type="bullet">
/// <item>"The prosecutor's office said it had asked the Uzbek side for the names of the men in Tuesday's shooting",
/// "the ministry said it had urged Bishkek to return the herders": what the report tells is a request, a warning or an
/// offer (syntax.json statementClasses) of the speaker's side; the act named inside it is the request's topic, so the
/// sentence is a statement (the direct form, "asked Dushanbe to return ...", already is one). An act told beside the
/// request in a clause of its own ("had asked them to leave and then fired") or in an adverbial clause of it ("had
/// threatened the guards before fleeing across the river": mend33b) is not inside it.</item>
/// <item>"The colonel told parliament that fuel smuggling over the passes had doubled since spring": what is reported
/// is a trend (an event noun as the subject of one of syntax.json trendVerbs): the speaker's assessment, a statement,
/// not a crossing (the same trend told by the writer is no incident at all: <see cref="GenericClauses"/>). A change dated
/// by one occasion (syntax.json pointTimes: "said shelling had intensified overnight") tells the course of one event, the
/// event itself (mend33b).</item>
/// </list>
/// </summary>
internal sealed class ReportedSpeechActs(ClauseSyntax syntax)
{
    /// <summary>The head of the speech act or trend that <paramref name="report"/> reports, when <paramref name="trigger"/>
    /// lies inside it (within its own clause, not a conjoined one); otherwise null.</summary>
    internal ParsedToken? Holding(ParsedSentence parse, ParsedToken report, ParsedToken trigger)
    {
        if (syntax.Read(parse, report).Role != PredicateRole.Report || ClauseSyntax.ReportedToSomeone(parse, report) is not { } content || content.Index == report.Index)
            return null;
        if (content.Index == trigger.Index) return null;
        if (syntax.Read(parse, content).Role == PredicateRole.Statement && Within(parse, content, trigger)) return content;
        if (content.Upos == Upos.VERB && syntax.Words.TrendVerbs.Contains(ClauseSyntax.Lemma(content)) &&
            !parse.Dependents(content.Index).Any(d => syntax.Words.PointTimes.Contains(ClauseSyntax.Lemma(d))) &&
            parse.Dependents(content.Index).FirstOrDefault(d => d.Relation == "nsubj") is { } subject && Within(parse, subject, trigger))
            return content;
        return null;
    }

    // The trigger is in the clause's subtree, not under a conjoined or adverbial clause of its own.
    private static bool Within(ParsedSentence parse, ParsedToken root, ParsedToken trigger)
    {
        var conjoined = parse.Dependents(root.Index).Where(d => d.BaseRelation is "conj" or "advcl" && d.Upos is Upos.VERB or Upos.AUX)
            .SelectMany(d => ParsedClauseRules.Subtree(parse, d)).Select(t => t.Index).ToHashSet();
        return ParsedClauseRules.Subtree(parse, root).Any(t => t.Index == trigger.Index) && !conjoined.Contains(trigger.Index);
    }
}
