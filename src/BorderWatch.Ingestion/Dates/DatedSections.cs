using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Dates;

/// <summary>
/// A document cut into dated sections by its own headings: a live blog's day or time headings ("Tuesday 14 May",
/// "14.05", "Update, May 15 — 09:40", "09:12"), a channel export's post stamps ("[01.03.2025 18:42] 👁 14.2K"), a
/// day page's heading ("September 8, 2025 (Monday)") under a title naming the same day, a chronology's year headings
/// ("2025", its items dated "14 August –" in that year). Each sentence after a
/// heading, up to the next one, belongs to that heading's day: relative phrases are read against it and an event
/// the section does not date otherwise happened that day (the entry reports it as it comes in).
/// </summary>
/// <remarks>Found by <see cref="SectionHeadings.Find"/>, with the patterns of one <see cref="DateLexicon"/> (di42).</remarks>
public sealed class DatedSections
{
    private readonly PartialDate[] dayOf;
    private readonly int[] headingOf;

    internal DatedSections(PartialDate[] dayOf, int[] headingOf) => (this.dayOf, this.headingOf) = (dayOf, headingOf);

    /// <summary>No sections: every sentence is read against the document's date.</summary>
    public static DatedSections None { get; } = new([], []);

    /// <summary>The day of the section holding sentence <paramref name="sentence"/>, or Unknown outside any section.</summary>
    public PartialDate DayOf(int sentence) => sentence >= 0 && sentence < dayOf.Length ? dayOf[sentence] : PartialDate.Unknown;

    /// <summary>True when sentences <paramref name="a"/> and <paramref name="b"/> sit under the same heading (or neither under one).</summary>
    public bool SameSection(int a, int b) => DayOf(a) == DayOf(b) && Heading(a) == Heading(b);

    private int Heading(int sentence) => sentence >= 0 && sentence < headingOf.Length ? headingOf[sentence] : -1;
}
