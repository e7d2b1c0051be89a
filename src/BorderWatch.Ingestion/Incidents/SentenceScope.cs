using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseText;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// Sentences that can hold no incident: datelines, questions (and a journalist's whole question turn), captions, headlines, historical asides, recaps ("To sum
/// up: ..."), bullet items under a key-points heading; and the opening
/// label of an aside ("Not related to the shooting: a mudflow ..."), whose event words name the story, not the aside.
/// </summary>
internal sealed class SentenceScope
{
    private readonly Lexicon lexicon;
    private readonly DateExpressionFinder finder;

    public SentenceScope(Lexicon lexicon, DateExpressionFinder finder) => (this.lexicon, this.finder) = (lexicon, finder);

    /// <param name="finiteInParse">Whether the sentence's parse holds a finite verb (asked only of a caption candidate):
    /// "Soldiers spent the week in the desert practising ..." has one the word list of irregular pasts does not know.</param>
    /// <param name="retellsReport">Whether the sentence's parse retells a report (asked only of a question's premise:
    /// <see cref="QuestionTurns.RetellsReport"/>).</param>
    internal bool IsNotAnIncidentSentence(AnalysisInput input, int si, List<Token> tokens, Func<bool>? finiteInParse = null, Func<bool>? retellsReport = null)
    {
        var s = input.Sentences[si];
        if (s.IsDateline || Cleaning.ScriptCues.IsCue(s.Text)) return true;
        var t = s.Text.TrimEnd('"', '\'', '”', '’', '»', ')', ' ');
        if (t.EndsWith('?') || QuestionTurns.InQuestionTurn(input, si, finder) && retellsReport?.Invoke() != true) return true;
        var lower = s.Text.ToLowerInvariant();
        if (lexicon.CaptionCues.Any(c => lower.Contains(c, StringComparison.Ordinal))) return true;
        if (lexicon.HeadlineStarts.Any(h => lower.StartsWith(h, StringComparison.Ordinal))) return true;
        if (lexicon.Historical.Matches(tokens).Count > 0) return true;
        if (IsRecap(tokens) || IsSummaryItem(input.Text, s.Start)) return true;
        // Headlines and labels: a one-sentence paragraph without closing punctuation.
        var alone = Alone(input, si);
        if (alone && Unpunctuated(s.Text)) return true;
        if (InNonEventSection(input, si)) return true;
        // Photo captions: a one-sentence paragraph whose only verb is a participle ("soldiers marching at ...").
        if (alone && IsParticipleCaption(tokens) && finiteInParse?.Invoke() != true) return true;
        return false;
    }

    // (A section's list number, "3." before "SARAKHS: A SHOOTING AT THE BRIDGE", is no sentence of its own.)
    // (A paragraph's sentences are contiguous: only the neighbours are looked at.)
    private static bool Alone(AnalysisInput input, int si)
    {
        var sentences = input.Sentences;
        var paragraph = sentences[si].Paragraph;
        bool Counts(Sentence x) => !x.IsDateline && !IsListNumber(x.Text);
        var count = Counts(sentences[si]) ? 1 : 0;
        for (var k = si - 1; k >= 0 && sentences[k].Paragraph == paragraph; k--) if (Counts(sentences[k])) count++;
        for (var k = si + 1; k < sentences.Count && sentences[k].Paragraph == paragraph; k++) if (Counts(sentences[k])) count++;
        return count == 1;
    }

    /// <summary>A one-sentence paragraph without closing punctuation: a headline, a label or a section heading.</summary>
    private static bool IsHeading(AnalysisInput input, int si) => Unpunctuated(input.Sentences[si].Text) && Alone(input, si);

    // (Read inside a closing bracket: "[UPDATE: Guards freed the two men.]" is a note told as a sentence (recall28), "(Photo:
    // the post at dawn)" is a label.)
    private static bool Unpunctuated(string text) => text.TrimEnd(')', ']') is { Length: > 0 } t && !".!\"”’'".Contains(t[^1]) && !IsListNumber(text);

    /// <summary>
    /// "4. Recommendations", "Annex: Methodology": a sentence under a heading (the nearest one before it, at most three words)
    /// that names a section of the writers' own advice or method (context.json nonEventSections) is no news: "Donors should
    /// fund legal aid ...", "Interviews were conducted by trained monitors" report nothing that happened.
    /// </summary>
    internal bool InNonEventSection(AnalysisInput input, int si) => nonEventSections.GetValue(input, NonEventSectionsOf)[si];

    // One pass per document (was a walk back to the nearest heading for every sentence: quadratic without headings).
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<AnalysisInput, bool[]> nonEventSections = new();

    private bool[] NonEventSectionsOf(AnalysisInput input)
    {
        var under = new bool[input.Sentences.Count];
        var current = false;
        for (var k = 0; k < under.Length; k++)
        {
            under[k] = current;
            if (input.Sentences[k].IsDateline || !IsHeading(input, k)) continue;
            var words = NameNormalizer.Tokenize(input.Sentences[k].Text);
            // (A heading, not a headline: "Policy recommendations", not "Panel issues recommendations on border posts".)
            current = words.Count(w => char.IsLetter(w.Folded[0])) is > 0 and <= 3 && lexicon.NonEventSections.Matches(words.Select(t => t with { Original = t.Folded }).ToList()).Count > 0;
        }
        return under;
    }

    /// <summary>A list item's number standing alone: "3.", "12)", "iv.", "B.".</summary>
    internal static bool IsListNumber(string text)
    {
        var t = text.Trim();
        if (t.Length is < 2 or > 5 || t[^1] is not ('.' or ')')) return false;
        var body = t[..^1];
        return body.All(char.IsDigit) || body.All(c => "ivxlIVXL".Contains(c)) || (body.Length == 1 && char.IsLetter(body[0]));
    }

    /// <summary>"To sum up: a night-time firefight, a denial ...": the sentence re-reports what the article told.</summary>
    internal bool IsRecap(List<Token> tokens)
    {
        var first = tokens.FindIndex(t => char.IsLetterOrDigit(t.Folded[0]));
        return first >= 0 && lexicon.Recaps.Matches(tokens).Any(m => m.First == first);
    }

    private static readonly char[] Bullets = ['-', '*', '•', '–', '—', '·'];

    /// <summary>
    /// A bullet item ("- Incidents are rising ...") in a list under a key-points heading ("KEY POINTS", "Highlights"):
    /// the brief's findings restated, not incidents of their own.
    /// </summary>
    internal bool IsSummaryItem(string text, int start)
    {
        var (lineStart, lineEnd) = LineAt(text, start);
        if (!IsBullet(text[lineStart..lineEnd])) return false;
        while (lineStart > 0)
        {
            (lineStart, lineEnd) = LineAt(text, lineStart - 1);
            var line = text[lineStart..lineEnd].Trim();
            // (The cleaner sets each item, and the heading, in a paragraph of its own.)
            if (line.Length == 0 || IsBullet(line)) continue;
            var words = NameNormalizer.Tokenize(line.TrimEnd(':'));
            // The heading opens with the words ("Key points", "Highlights of the week") and is short.
            return words.Count is > 0 and <= 6 && lexicon.SummaryHeadings.Matches(words.Select(t => t with { Original = t.Folded }).ToList()).Any(m => m.First == 0);
        }
        return false;
    }

    internal static bool IsBullet(string line) => line.TrimStart() is { Length: > 1 } l && Bullets.Contains(l[0]) && char.IsWhiteSpace(l[1]);

    private static (int Start, int End) LineAt(string text, int offset)
    {
        var start = offset <= 0 ? 0 : text.LastIndexOf('\n', Math.Min(offset, text.Length) - 1) + 1;
        var end = text.IndexOf('\n', start);
        return (start, end < 0 ? text.Length : end);
    }

    /// <summary>
    /// The end of an aside's opening label ("Not related to the shooting:", "Unrelated to the clashes:"): a short
    /// phrase before a colon that says the rest is not about the story. Its event words name the story's event; the
    /// sentence's own event, if any, comes after it. -1 when the sentence has no such label.
    /// </summary>
    internal int AsideLabelEnd(Sentence sentence, List<Token> tokens)
    {
        var colon = sentence.Text.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 0 || colon > 60) return -1;
        var first = tokens.FindIndex(t => char.IsLetterOrDigit(t.Folded[0]));
        return first >= 0 && lexicon.AsideLabels.Matches(tokens).Any(m => m.First == first && tokens[m.Last].End <= sentence.Start + colon)
            ? sentence.Start + colon : -1;
    }

    // Finite verbs, with the irregular past tenses news uses most ("fell", "fled", "took"): a sentence with one is no caption.
    internal static readonly HashSet<string> FiniteVerbs = new(StringComparer.Ordinal)
    { "is", "are", "was", "were", "has", "have", "had", "will", "would", "said", "says", "can", "could", "may", "might", "does", "did", "do",
      "fell", "fled", "took", "fought", "met", "sent", "held", "began", "came", "went", "told", "made", "gave", "saw", "struck", "shot",
      "hit", "left", "led", "ran", "won", "brought", "bought", "sought", "caught", "kept", "built", "broke", "spoke", "drove", "rose",
      "lost", "got", "set", "put", "stood", "flew", "withdrew", "overran", "retook", "swam", "crept" };

    internal static bool IsParticipleCaption(List<Token> tokens) =>
        tokens.Any(t => t.Folded.EndsWith("ing", StringComparison.Ordinal) && t.Folded.Length > 5) &&
        !tokens.Any(t => FiniteVerbs.Contains(t.Folded) || (t.Folded.EndsWith("ed", StringComparison.Ordinal) && t.Folded.Length > 4));
}
