using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseText;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>Sentences that can hold no incident: datelines, questions, captions, headlines, historical asides.</summary>
internal sealed class SentenceScope
{
    private readonly Lexicon lexicon;

    public SentenceScope(Lexicon lexicon) => this.lexicon = lexicon;

    internal bool IsNotAnIncidentSentence(AnalysisInput input, int si, List<Token> tokens)
    {
        var s = input.Sentences[si];
        if (s.IsDateline) return true;
        var t = s.Text.TrimEnd('"', '\'', '”', '’', '»', ')', ' ');
        if (t.EndsWith('?')) return true;
        var lower = s.Text.ToLowerInvariant();
        if (lexicon.CaptionCues.Any(c => lower.Contains(c, StringComparison.Ordinal))) return true;
        if (lexicon.HeadlineStarts.Any(h => lower.StartsWith(h, StringComparison.Ordinal))) return true;
        if (lexicon.Historical.Matches(tokens).Count > 0) return true;
        var alone = input.Sentences.Count(x => x.Paragraph == s.Paragraph && !x.IsDateline) == 1;
        // Headlines and labels: a one-sentence paragraph without closing punctuation.
        if (alone && !".!\"”’'".Contains(s.Text[^1])) return true;
        // Photo captions: a one-sentence paragraph whose only verb is a participle ("soldiers marching at ...").
        if (alone && IsParticipleCaption(tokens)) return true;
        return false;
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
