using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// Wire copy and press releases give each sentence a paragraph of its own: "Uzbek and Tajik guards practised on the
/// reservoir on Tuesday." then "During the drill, Uzbek officers handed over four boats." An undated sentence told in the
/// simple past right after a dated paragraph carries the story on, and happens when that paragraph's event did.
/// </summary>
internal static class StoryFollowUp
{
    /// <summary>
    /// True when sentence <paramref name="si"/> may borrow the date of the paragraph just before its own: its event word is
    /// told in the simple past (no "has", "have", "is", "are" right before it: "Kyrgyzstan has deployed more troops" is a
    /// state up to the time of writing), and nothing in it looks ahead.
    /// </summary>
    internal static bool MayLookBack(Sentence sentence, Clause span, IncidentDating dating)
    {
        if (span.TriggerToken < 0 || span.TriggerToken >= span.Tokens.Count) return false;
        if (dating.IsForwardLooking(sentence.Text)) return false;
        for (var k = Math.Max(0, span.TriggerToken - 3); k < span.TriggerToken; k++)
            if (span.Tokens[k].Folded is "has" or "have" or "is" or "are" or "am" or "remains" or "remain") return false;
        return true;
    }

    /// <summary>
    /// True when the sentence is little more than a date: a header's date line ("17 February 2023", "Published 22 April
    /// 2025") dates the document, not an event a later sentence carries on.
    /// </summary>
    internal static bool IsDateLine(Sentence sentence, DateExpressionFinder finder)
    {
        var text = sentence.Text;
        foreach (var e in finder.Find(text).OrderByDescending(e => e.Start))
            text = text[..e.Start] + " " + text[e.End..];
        return text.Split([' ', ',', '.', '|', '-', ':', '\t'], StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter)) < 3;
    }

    /// <summary>
    /// A date of the paragraph before that the story can carry on from: a day (a month or a year there frames a stretch,
    /// not an event the next sentence continues), of the document's year (a background date, "the war of September
    /// 2022", opens no new story line), and not after the document's date.
    /// </summary>
    internal static bool Carries(PartialDate borrowed, PartialDate reference) =>
        borrowed.Precision == DatePrecision.Day && (!reference.IsKnown || (borrowed.Year == reference.Year && borrowed.Start <= reference.End));
}
