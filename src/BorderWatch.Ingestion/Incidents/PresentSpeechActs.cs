using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// A speech act told in the present ("The regiment urges residents to stay out of the strip", "The committee asks
/// drivers to carry their papers") is the day's statement, but its "-s" verb after the speaker's noun is easily tagged a
/// plural noun modifying the next one ("regiment urges residents" as one noun phrase), which leaves the sentence
/// without its predicate. When such a word has a verb reading of a speech-act class (syntax.json reportClasses,
/// accusationClasses, denialClasses, statementClasses: "urge", "ask", "warn", "accuse", "deny", "say"), the sentence is
/// parsed again with it in the past it stands for (<see cref="HistoricalPresent.InPast"/>), the way a chronology's
/// entries are. A plural noun of another kind ("customs", "arms", "border villages") is left alone.
/// </summary>
internal sealed class PresentSpeechActs(Lexicon lexicon, SyntaxLexicon words)
{
    internal ParsedSentence Reread(ISentenceParser parser, AnalysisInput input, int si, ParsedSentence parse)
    {
        var verb = parse.Tokens.FirstOrDefault(t => t.Index > 0 && t.Upos == Upos.NOUN && t.BaseRelation == "compound" && t.Head > t.Index &&
                                                    t.Form.Length > 3 && char.IsLower(t.Form[0]) && t.Form.EndsWith('s') && !t.Form.EndsWith("ss", StringComparison.Ordinal) &&
                                                    parse.Tokens[t.Index - 1].Upos is Upos.NOUN or Upos.PROPN && SpeechAct(t.Form));
        return verb is null ? parse : HistoricalPresent.InPast(parser, input, si, verb, parse);
    }

    /// <summary>The form has a verb reading in a speech-act class.</summary>
    private bool SpeechAct(string form) =>
        lexicon.Classes.VerbLemmas(form.ToLowerInvariant()).Select(l => l.Lemma)
            .SelectMany(l => lexicon.Classes.VerbClasses(l, _ => true))
            .Any(c => words.ReportClasses.Contains(c) || words.AccusationClasses.Contains(c) || words.DenialClasses.Contains(c) || words.StatementClasses.Contains(c));
}
