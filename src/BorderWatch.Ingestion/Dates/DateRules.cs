using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Dates;

/// <summary>
/// The date stage built from one <see cref="DateLexicon"/> (and the planning verbs of the general <see cref="Lexicon"/>):
/// the finder of date expressions, the readers of a page's own date, the rules that pick an incident's date and the
/// resolver that runs them. Every pattern and word set is built here, once per lexicon; nothing reads a static lexicon.
/// The detector builds its own from the date words it is given (<see cref="DetectorLexicons.Dates"/>, registered in DI by
/// <see cref="Incidents.TypeModel.TypeModelServices.AddIncidentDetection"/>); <see cref="Default"/> is the embedded
/// lexicon's, for tests and tools; the reading stage reads with the detector's (<see cref="Reading.DocumentReader"/>, tidy43).
/// </summary>
public sealed class DateRules
{
    /// <param name="words">The date words (Lexicon/dates.json).</param>
    /// <param name="general">The general lexicon whose planning verbs look ahead (status.json planningVerbs, planningOpeners).</param>
    public DateRules(DateLexicon words, Lexicon general) : this(words, general.PlanningVerbs, general.PlanningOpeners) { }

    /// <param name="words">The date words (Lexicon/dates.json).</param>
    /// <param name="planningVerbs">The planning verbs that look ahead (status.json planningVerbs).</param>
    /// <param name="planningOpeners">The words that, right before a planning verb, keep it from looking ahead (status.json planningOpeners).</param>
    public DateRules(DateLexicon words, IReadOnlySet<string> planningVerbs, IReadOnlySet<string> planningOpeners)
    {
        Words = words;
        Finder = new DateExpressionFinder(words);
        Dating = new IncidentDating(words, Finder, IncidentDating.PlanningPresentFor(planningVerbs, planningOpeners));
        Writing = new WritingDate(words, Finder, Dating);
        Headings = new SectionHeadings(words, Finder);
        WeekdayLines = new WeekdayHeader(words, Finder);
        PageDay = new PageDayLines(words, Finder, Dating);
        DatelineYears = new DatelineYear(Finder, Writing);
        Resolver = new DateResolver(this);
    }

    /// <summary>The date words the rules were built from.</summary>
    public DateLexicon Words { get; }

    /// <summary>Finds the date expressions of a text.</summary>
    public DateExpressionFinder Finder { get; }

    /// <summary>Picks which date of a sentence dates an incident, and whether it looks ahead.</summary>
    public IncidentDating Dating { get; }

    /// <summary>Works out when an undated document was written.</summary>
    public WritingDate Writing { get; }

    /// <summary>Cuts a document into dated sections by its own headings.</summary>
    public SectionHeadings Headings { get; }

    /// <summary>A header line naming its day by weekday, day and month.</summary>
    public WeekdayHeader WeekdayLines { get; }

    /// <summary>The readers of a page's own day from its opening lines.</summary>
    public PageDayLines PageDay { get; }

    /// <summary>The year of a story's dateline written without one.</summary>
    public DatelineYear DatelineYears { get; }

    /// <summary>Stage 6: the document's date context and each incident's date.</summary>
    public DateResolver Resolver { get; }

    // Built from status.json's two planning lists alone (the same lists Lexicon.Default holds), so that reading a page
    // does not load the whole general lexicon (store46: about a third of a ten-page tool run's start).
    private static readonly Lazy<DateRules> Embedded = new(() =>
    {
        var (verbs, openers) = Lexicon.EmbeddedPlanningWords();
        return new DateRules(DateLexicon.Default, verbs, openers);
    });

    /// <summary>Built from the embedded lexicons (<see cref="DateLexicon.Default"/>, <see cref="Lexicon.Default"/>): the
    /// composition roots' default, for tests and tools that date text without a detector.</summary>
    public static DateRules Default => Embedded.Value;

    /// <summary>The rules for <paramref name="words"/> and <paramref name="general"/>: <see cref="Default"/> when both are the
    /// embedded instances (its patterns are built once for every detector given them), else new ones.</summary>
    public static DateRules For(DateLexicon words, Lexicon general) =>
        ReferenceEquals(words, DateLexicon.Default) && ReferenceEquals(general, Lexicon.Default) ? Default : new DateRules(words, general);
}
