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
        // (With no finite verb anywhere the word may hang on the noun before it too: "The press service calls on
        // residents to ...", "calls" read as a plural noun modifying "service".)
        var noPredicate = !ClauseSyntax.HasFiniteVerb(parse);
        var verb = parse.Tokens.FirstOrDefault(t => t.Index > 0 && t.Upos == Upos.NOUN && (t.BaseRelation == "compound" && t.Head > t.Index || noPredicate && !Labels(parse, t)) &&
                                                    t.Form.Length > 3 && char.IsLower(t.Form[0]) && t.Form.EndsWith('s') && !t.Form.EndsWith("ss", StringComparison.Ordinal) &&
                                                    parse.Tokens[t.Index - 1].Upos is Upos.NOUN or Upos.PROPN && SpeechAct(t.Form, Next(parse, t)));
        if (verb is null) return parse;
        var again = HistoricalPresent.InPast(parser, input, si, verb, parse);
        // (Read again in the past, the verb of a sentence that had none may still hang on the noun before it as a participle
        // ("the troops called on residents ..."): it is the text's present "-s" verb, finite, and tagged so.)
        if (!noPredicate || ReferenceEquals(again, parse) || ClauseSyntax.HasFiniteVerb(again)) return again;
        return new ParsedSentence(again.Tokens.Select(t => t.Start == verb.Start && t.Upos == Upos.VERB ? t with { Xpos = PresentThirdPerson } : t).ToList());
    }

    private const string PresentThirdPerson = "VBZ";

    // (A label before a colon is no saying: "Conflict risk alerts for December: Afghanistan-Tajikistan border.")
    private static bool Labels(ParsedSentence parse, ParsedToken t) => parse.Tokens.Any(x => x.Index > t.Index && x.Form == ":");

    private static string? Next(ParsedSentence parse, ParsedToken t) => t.Index + 1 < parse.Tokens.Count ? parse.Tokens[t.Index + 1].Form.ToLowerInvariant() : null;

    /// <summary>The form has a verb reading in a speech-act class, alone or with the word after it as its particle
    /// ("calls on": WordNet's "call on", a request).</summary>
    private bool SpeechAct(string form, string? next) =>
        lexicon.Classes.VerbLemmas(form.ToLowerInvariant()).Select(l => l.Lemma)
            .SelectMany(l => lexicon.Classes.VerbClasses(l, w => w == next))
            .Any(c => words.ReportClasses.Contains(c) || words.AccusationClasses.Contains(c) || words.DenialClasses.Contains(c) || words.StatementClasses.Contains(c));
}
