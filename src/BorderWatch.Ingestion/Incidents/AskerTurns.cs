using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// The asking side of a transcript (a podcast's host, an interviewer, members putting questions to a minister): what an
/// asker passes on before handing over ("There were reports last week of firing on the canal", "Farmers in my district
/// tell me that soldiers came over the hill. Please tell the committee the truth.") is hearsay put to the other side, which
/// answers it; it reports no act of its own (precision29). The answer, which confirms, tells or denies the act, is where
/// the record comes from.
/// <para>An asker: the speakers whose turn labels open with the same word ("DEPUTY B. ...", "DEPUTY M. ..."; "HOST:";
/// "Q:") end more of their turns in a question than the speakers of the turn that comes next. Hearsay: a sentence with
/// one of reporting.json askerHearsay ("tell me", "I heard", "there were reports", "a story about", "is it true") or of
/// status.json anonymousSources ("villagers", "drivers"). Kept: a sentence that dates its event to a day (an event in its
/// own right, as in <see cref="QuestionTurns"/>), and a premise whose claim the answer denies (recorded, denied).</para>
/// </summary>
internal sealed class AskerTurns(Lexicon lexicon, ReportingLexicon reporting, DateExpressionFinder finder)
{
    /// <param name="deniedClaim">Whether the sentence is a question's premise that the answer denies (asked only of hearsay
    /// in an asker's turn).</param>
    internal bool PassesOnHearsay(AnalysisInput input, int si, List<Token> sentenceTokens, Func<bool> deniedClaim)
    {
        var all = input.Sentences;
        var first = QuestionTurns.ParagraphStart(all, si);
        if (Key(all[first].Text) is not { } key || QuestionTurns.DatesItsDay(all[si].Text, finder)) return false;
        if (reporting.AskerHearsay.Matches(sentenceTokens).Count == 0 && lexicon.AnonymousSources.Matches(sentenceTokens).Count == 0) return false;
        var asked = Questions(all);
        if (!asked.TryGetValue(key, out var mine) || mine == 0) return false;
        if (NextTurnKey(all, si) is not { } next || next == key || asked.GetValueOrDefault(next) >= mine) return false;
        return !deniedClaim();
    }

    /// <summary>The content words (nouns, names, verbs) of a premise, which a denying answer speaks of.</summary>
    internal static HashSet<string> ContentWords(ParsedSentence parse) =>
        parse.Tokens.Where(t => t.Upos is Upos.NOUN or Upos.PROPN or Upos.VERB).Select(ClauseSyntax.Lemma).ToHashSet();

    // Per speaker key, how many of its turns end in a question.
    private static Dictionary<string, int> Questions(IReadOnlyList<Sentence> all)
    {
        var asked = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < all.Count; k++)
        {
            if (k > 0 && all[k - 1].Paragraph == all[k].Paragraph || Key(all[k].Text) is not { } key) continue;
            var last = k;
            while (last + 1 < all.Count && all[last + 1].Paragraph == all[k].Paragraph) last++;
            asked[key] = asked.GetValueOrDefault(key) + (QuestionTurns.EndsInQuestion(all[last].Text) ? 1 : 0);
        }
        return asked;
    }

    // The speaker key of the first labelled turn after the sentence's paragraph.
    private static string? NextTurnKey(IReadOnlyList<Sentence> all, int si)
    {
        for (var k = si + 1; k < all.Count; k++)
            if (all[k].Paragraph != all[k - 1].Paragraph && Key(all[k].Text) is { } key) return key;
        return null;
    }

    /// <summary>"[00:04:15] HOST: ...", "DEPUTY M. ORIPOVA (Namangan region): ...", "Q: ...": the first word of the turn's
    /// label (after a bracketed time code; a name's initials may carry a stop), in capitals; null when the sentence opens no turn.</summary>
    internal static string? Key(string sentence)
    {
        var text = sentence.TrimStart();
        if (text.StartsWith('[') && text.IndexOf(']') is var close and > 0) text = text[(close + 1)..].TrimStart();
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0) return null;
        var words = text[..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Initial(w)).ToList();
        if (words.Count == 0 || words.Count > QuestionTurns.LabelWords) return null;
        var label = string.Join(' ', words);
        if (!char.IsUpper(label[0]) || label.IndexOfAny(['.', '!', '?', ',', ';']) >= 0) return null;
        var word = new string(words[0].Where(char.IsLetter).ToArray());
        return word.Length == 0 ? null : word.ToUpperInvariant();
    }

    // "M.", "B.": a name's initial.
    private static bool Initial(string word) => word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';
}
