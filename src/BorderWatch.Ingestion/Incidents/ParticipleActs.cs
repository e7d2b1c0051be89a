using System.Globalization;
using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// fields47: a past participle that hangs on a noun of the clause and carries a month or a year of its own ("will use eight
/// patrol boats delivered from Uzbekistan in August", "the towers built in May will be manned") tells an act of its own,
/// whichever word typed the clause: a future verb of the sentence plans the noun's use, not that act. Read with the event's
/// date in <see cref="AccountStatus"/>: a date not after the time of writing makes the act reported, a later one leaves it
/// planned. Participles of planning (status.json planningVerbs, prospectVerbs: "planned", "scheduled", "set") look ahead
/// and are no such act.
/// </summary>
internal sealed class ParticipleActs(Lexicon lexicon)
{
    private static readonly HashSet<string> Months =
        CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Where(m => m.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);

    internal bool Tells(ParsedSentence parse, Clause span) =>
        parse.Tokens.Any(t => t.Start >= span.Start && t.End <= span.End && PastParticipleOnNoun(parse, t) && Dated(parse, t));

    private bool PastParticipleOnNoun(ParsedSentence parse, ParsedToken word)
    {
        if (word is not { Xpos: "VBN", Relation: "acl", Head: >= 0 }) return false;
        var lemma = ClauseSyntax.Lemma(word);
        if (lexicon.PlanningVerbs.Contains(lemma) || lexicon.ProspectVerbs.Contains(lemma)) return false;
        return parse.Tokens[word.Head].Upos is Upos.NOUN or Upos.PROPN;
    }

    // "delivered ... in October", "built in 2025": a month or a year told as the participle's own time.
    private static bool Dated(ParsedSentence parse, ParsedToken participle) =>
        parse.Dependents(participle.Index).Any(d => d.BaseRelation is "obl" or "nmod" &&
            (Months.Contains(d.Form) || d.Form.Length == 4 && d.Form.All(char.IsDigit)));
}
