using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// A dated entry of a chronology or a table ("4 May  Kazakhstan hands its neighbour five patrol boats.", a row whose
/// date cell stands a few cells before) tells a past event in the historical present. Its "-s" verb after a name is
/// easily tagged a plural noun ("hands", "votes"), which leaves the entry without a predicate; the entry is then read
/// again with that word in the past it stands for. Ordinary prose is never re-read: the present there stays a habit
/// or a standing state.
/// </summary>
internal static class HistoricalPresent
{
    // Cells between a table row's date cell and its text ("Border", "Place"): short lines without a full stop.
    private const int MaxCellsBetween = 3;
    private const int MaxCellLength = 60;

    /// <summary>The parse of a dated entry with its misread present verb put in the past, or <paramref name="parse"/>.</summary>
    internal static ParsedSentence Reread(ISentenceParser parser, AnalysisInput input, int si, ParsedSentence parse, DateExpressionFinder finder)
    {
        if (ClauseSyntax.HasFiniteVerb(parse) || !IsDatedEntry(input, si, finder)) return parse;
        var verb = parse.Tokens.Skip(1).FirstOrDefault(t => t.Xpos == "NNS" && t.Form.Length > 3 && char.IsLower(t.Form[0]) &&
                                                              t.Form.EndsWith('s') && !t.Form.EndsWith("ss", StringComparison.Ordinal));
        return verb is null ? parse : InPast(parser, input, si, verb, parse);
    }

    /// <summary>The sentence parsed again with <paramref name="verb"/>, a present "-s" form the tagger took for a plural
    /// noun, put in the past; <paramref name="parse"/> when the word is no verb in that reading either. The tokens keep
    /// the offsets of the text as written.</summary>
    internal static ParsedSentence InPast(ISentenceParser parser, AnalysisInput input, int si, ParsedToken verb, ParsedSentence parse)
    {
        var past = PastOf(verb.Form);
        var sentence = input.Sentences[si];
        var text = input.Text[..verb.Start] + past + input.Text[verb.End..];
        var shift = past.Length - (verb.End - verb.Start);
        var again = parser.Parse(text, sentence.Start, sentence.End + shift);
        var tokens = again.Tokens.Select(t => t.Start < verb.Start ? t
            : t.Start == verb.Start ? t with { End = verb.End }
            : t with { Start = t.Start - shift, End = t.End - shift }).ToList();
        return tokens.Any(t => t.Start == verb.Start && t.Upos == Upos.VERB) ? new ParsedSentence(tokens) : parse;
    }

    /// <summary>"hands" → "handed", "moves" → "moved", "carries" → "carried", "pushes" → "pushed".</summary>
    internal static string PastOf(string form)
    {
        if (form.EndsWith("ies", StringComparison.Ordinal)) return form[..^3] + "ied";
        if (form.EndsWith("shes", StringComparison.Ordinal) || form.EndsWith("ches", StringComparison.Ordinal) ||
            form.EndsWith("xes", StringComparison.Ordinal) || form.EndsWith("sses", StringComparison.Ordinal)) return form[..^2] + "ed";
        var stem = form[..^1];
        return stem.EndsWith('e') ? stem + "d" : stem + "ed";
    }

    /// <summary>The sentence opens with a date, or opens a paragraph under a date-only line (with at most a few short
    /// table cells between).</summary>
    internal static bool IsDatedEntry(AnalysisInput input, int si, DateExpressionFinder finder)
    {
        var s = input.Sentences[si];
        if (finder.Find(s.Text) is [{ Start: 0 }, ..]) return true;
        if (si > 0 && input.Sentences[si - 1].Paragraph == s.Paragraph) return false;
        for (var k = si - 1; k >= 0 && k >= si - 1 - MaxCellsBetween; k--)
        {
            var line = input.Sentences[k].Text.Trim();
            if (line.Length > MaxCellLength || line.EndsWith('.')) return false;
            if (finder.Find(line) is [var date] && date.Start == 0 && date.End >= line.Length - 1) return true;
        }
        return false;
    }
}
