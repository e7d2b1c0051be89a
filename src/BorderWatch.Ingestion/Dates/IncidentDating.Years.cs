using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Dates;

/// <summary>The year a year-less date takes from its context: an explicit year told before it, or a relative year right after
/// its month ("In March this year").</summary>
public sealed partial class IncidentDating
{
    /// <summary>
    /// The nearest explicit year before <paramref name="e"/>: earlier in its sentence, else in up to
    /// <paramref name="lookback"/> earlier sentences of the same or the previous paragraph.
    /// </summary>
    /// <param name="sameParagraph">Only the sentence's own paragraph lends (the publication day is known: a month
    /// named without a year in a new paragraph is read against it, not against a year another paragraph talked about).</param>
    public DateExpression? NearestEarlierYear(IReadOnlyList<Sentence> sentences, int i, DateExpression e, int lookback, bool sameParagraph = false)
    {
        // "until 2042" is a term's end and "since 2016" opens a period up to now: neither places a later month in its year.
        static bool Lends(DateExpression x) => x.HasExplicitYear && x.Governor is not (DateGovernor.Target or DateGovernor.Since);
        // "reviewed implementation of March 2025 border treaty (12 Nov)": a date naming a thing (after "of"/"the", before
        // its noun) is background, not the time the sentence tells of; the day keeps the document's year.
        var text = sentences[i].Text;
        var here = finder.Find(text)
            .LastOrDefault(x => Lends(x) && x.End + sentences[i].Start <= e.Start && !NamesAThing(text, x));
        if (here is not null) return here;
        var paragraph = sentences[i].Paragraph;
        for (var k = i - 1; k >= 0 && k >= i - lookback && sentences[k].Paragraph >= paragraph - (sameParagraph ? 0 : 1); k--)
        {
            if (sentences[k].IsDateline) continue;
            var found = finder.Find(sentences[k].Text).LastOrDefault(x => Lends(x) && !NamesAThing(sentences[k].Text, x));
            if (found is not null) return found;
        }
        return null;
    }

    private static bool NamesAThing(string text, DateExpression x)
    {
        var before = text[..Math.Clamp(x.Start, 0, text.Length)].TrimEnd();
        var after = text[Math.Clamp(x.End, 0, text.Length)..];
        return (before.EndsWith(" of", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" the", StringComparison.OrdinalIgnoreCase))
            && after.Length > 1 && after[0] == ' ' && char.IsLower(after[1]);
    }

    /// <summary>
    /// The relative year that qualifies a year-less month right after it: "In March this year", "in May last year".
    /// Offsets of <paramref name="e"/> are into the cleaned text.
    /// </summary>
    public DateExpression? YearQualifier(Sentence sentence, DateExpression e)
    {
        var after = e.End - sentence.Start;
        return finder.Find(sentence.Text).FirstOrDefault(x => x is { Kind: DateExpressionKind.Relative, Unit: RelativeUnit.Year }
            && x.Start >= after && sentence.Text[after..x.Start].Trim(' ', ',').Length == 0);
    }
}
