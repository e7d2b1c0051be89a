using System.Text.Json;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>The word lists of <c>Lexicon/descriptions.json</c> that <see cref="NonIncidents"/> reads descriptions told
/// beside the news with (precision32).</summary>
/// <param name="QuestionPhrases">An asker's question ("asks whether", "asked about"): what is asked is no record.</param>
/// <param name="AskVerbs">The lemmas of those phrases' verbs ("ask", "inquire").</param>
/// <param name="AnswerBreaks">Text between a question and a later clause that opens the answer or another act (";", ", and ").</param>
/// <param name="CountedEventNouns">Acts counted in the plural ("seven attempts", "41 cases").</param>
/// <param name="CountWords">Numbers in words that count them ("seven", "several").</param>
/// <param name="CountPeriods">What makes a count a sum over a period ("since", "this year", "in the reporting period").</param>
/// <param name="ExistentialPhrases">An existential "there" with its "be" ("there had been seven attempts"): the count is
/// the clause's news, no agent's act ("their units have stopped 212 attempts" stays: gold counts such a one).</param>
/// <param name="FundingVerbs">Verbs of putting money into a measure ("invest in surveillance").</param>
/// <param name="FundingCases">The cases of what money goes into ("in", "into"; "spent a day ... for talks" is time).</param>
/// <param name="BasisCases">The case of an agreement that a standing arrangement rests on ("under an agreement").</param>
/// <param name="HabitualTalkVerbs">Verbs of talking that, in the present simple, tell a habit or a programme ("talks to").</param>
/// <param name="TalkCases">The cases of whom one talks to ("to", "with").</param>
/// <param name="CountVerbs">The verbs a count as subject is a tally of ("23 incursions have been recorded"; mend32).</param>
public sealed record DescriptionLexicon(PhraseSet QuestionPhrases, IReadOnlySet<string> AskVerbs, IReadOnlyList<string> AnswerBreaks,
    IReadOnlySet<string> CountedEventNouns, IReadOnlySet<string> CountWords, PhraseSet ExistentialPhrases, PhraseSet CountPeriods, IReadOnlySet<string> FundingVerbs, IReadOnlySet<string> FundingCases,
    IReadOnlySet<string> BasisCases, IReadOnlySet<string> HabitualTalkVerbs, IReadOnlySet<string> TalkCases,
    IReadOnlySet<string> CountVerbs)
{
    public static DescriptionLexicon Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        List<string> List(string name) => doc.RootElement.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array
            ? a.EnumerateArray().Select(e => e.GetString() ?? "").Where(s => s.Length > 0).ToList()
            : throw new InvalidOperationException($"descriptions.json: the list '{name}' is missing");
        HashSet<string> Set(string name) => List(name).ToHashSet(StringComparer.Ordinal);
        return new(new PhraseSet(List("questionPhrases")), Set("askVerbs"), List("answerBreaks"), Set("countedEventNouns"), Set("countWords"),
            new PhraseSet(List("existentialPhrases")), new PhraseSet(List("countPeriods")), Set("fundingVerbs"), Set("fundingCases"), Set("basisCases"), Set("habitualTalkVerbs"), Set("talkCases"),
            Set("countVerbs"));
    }

    /// <summary>A fresh copy of the embedded <c>Lexicon/descriptions.json</c>.</summary>
    public static DescriptionLexicon LoadEmbedded() => Parse(LexiconResource.Read("descriptions.json"));
}
