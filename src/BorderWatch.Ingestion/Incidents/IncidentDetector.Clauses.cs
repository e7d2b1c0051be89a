using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseText;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>The detector's clause helpers: the clauses told after a ruling, a question's premise words and a sentence's
/// border evidence.</summary>
public sealed partial class IncidentDetector
{
    /// <summary>The clauses of the words told after a ruling (<see cref="NonIncidents.EventAfterRuling"/>), typed by their words and
    /// parse and put through the steps every clause goes through: retyping, declarations, the courtesy and habit filters and
    /// the report's own acts (a second ruling among them is dropped, not split again).</summary>
    private List<Clause> AfterRuling(string text, ParsedSentence parse, Sentence rest, List<Token> tokens, IReadOnlyList<EntityMention> mentions, bool inTurn)
    {
        var clauses = parsedRules.Apply(parse, classifier.Classify(text, rest, tokens, mentions, null, syntax.Hedging.PermissionModals(parse))).Where(c => c.Type is not null).ToList();
        clauses = retyping.Apply(parse, speechActs.Apply(parse, clauses));
        declarations.Retype(parse, clauses, MentionsIn(mentions, rest.Start, rest.End), inTurn);
        clauses.RemoveAll(c => speechActs.Courtesy(parse, c) || generic.Habit(parse, c));
        var restTokens = Slice(tokens, rest.Start, rest.End);
        return clauses.Where(c => nonIncidents.Of(parse, rest, restTokens, c, inTurn) == NonIncident.None).ToList();
    }

    // The lemmas of the content words of the clauses found in a question's premise ("moved", "tank", "Chaldovar").
    private static HashSet<string> PremiseWords(ParsedSentence parse, List<(Clause Clause, ExtractedIncident Incident)> found)
    {
        var starts = found.SelectMany(x => x.Clause.Tokens).Select(t => t.Start).ToHashSet();
        return parse.Tokens.Where(t => starts.Contains(t.Start) && t.Upos is Upos.NOUN or Upos.PROPN or Upos.VERB).Select(ClauseSyntax.Lemma).ToHashSet();
    }

    internal BorderEvidence Evidence(List<Token> toks, List<EntityMention> ms, IncidentType type) =>
        new(StatesInOrder(ms), lexicon.BorderWords.Matches(toks).Count > 0, EventArguments.MostPrecisePlace(ms), type, false,
            Citizenships: Citizenship.Only(lexicon, toks, ms));
}
