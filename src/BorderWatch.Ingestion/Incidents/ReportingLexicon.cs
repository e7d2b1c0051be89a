using System.Text.Json;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>The word lists of <c>Lexicon/reporting.json</c> that <see cref="NonIncidents"/> reads a report's own acts with.</summary>
/// <param name="CorrectionLabels">Labels opening a correction ("Correction:", "Clarification:").</param>
/// <param name="RulingVerbs">A court's own acts ("sentenced", "acquitted", "adjourned").</param>
/// <param name="RulingNouns">What a court hands down ("verdict", "sentence").</param>
/// <param name="Courts">Who hears a case ("court", "judge").</param>
/// <param name="Counsel">Who pleads a case ("lawyer", "attorney").</param>
/// <param name="PleaVerbs">Verbs of asking a court ("asked the court", "urged the judge").</param>
/// <param name="SilenceVerbs">Verbs of speaking that a report of silence negates ("said nothing", "Nobody has commented")
/// or a refusal declines ("declined to discuss"); the negating words are the status lexicon's verification negators.</param>
/// <param name="RefusalVerbs">Verbs of declining to speak ("declined to comment", "refused to discuss").</param>
/// <param name="TallySpans">Spans a count adds up over ("since January", "so far this year").</param>
/// <param name="TallyRates">Counts per unit of time ("# ... a day").</param>
/// <param name="TimeRelations">Words after a rate that make it a time relation instead ("a day after").</param>
/// <param name="TimeUnits">What a schedule counts ("24 hours a day"): no tally.</param>
/// <param name="OwnVoice">The outlet's own voice as a subject ("we").</param>
/// <param name="FollowVerbs">Verbs of an outlet following a story ("We are following reports of ...").</param>
/// <param name="ReportNouns">What an outlet follows ("reports", "claims").</param>
/// <param name="RetellVerbs">Verbs of an outlet's own earlier telling ("In our 10:45 post we wrote that ...").</param>
/// <param name="OutletItems">An outlet's own items ("report", "post", "story").</param>
/// <param name="AmendVerbs">Verbs of an outlet mending its item ("the post has been corrected").</param>
/// <param name="ClaimLabels">Labels of a fact-check's claim box ("CLAIM:", "What was claimed:").</param>
/// <param name="EarlierWords">Words marking an item as an earlier one ("An earlier post said ...").</param>
/// <param name="RetellCases">Prepositions of the item an outlet retells in ("In our 10:45 post we wrote ...").</param>
/// <param name="QuoteMarks">Quotation marks: a "we" after an odd number of them is a quoted speaker's.</param>
/// <param name="AnalysisNouns">The writer's judgement of a tendency as a sentence's subject ("The pattern ... is", "The main risk lies with").</param>
/// <param name="ExpectVerbs">Verbs of the outlet's forecast ("We expect both capitals to ...").</param>
/// <param name="CommentNouns">What an outlet asks a party for ("could not reach the ministry for comment").</param>
/// <param name="OwnVoiceObjects">The outlet's own voice as an object ("us").</param>
/// <param name="CommentPrepositions">The case a comment noun is asked for under ("for comment").</param>
/// <param name="CalmStates">States a place is in since an earlier event ("calm", "quiet"): <see cref="NonIncidents"/> background.</param>
/// <param name="StateSince">The mark of the clause such a state dates from ("since").</param>
/// <param name="CommentRequestVerbs">Verbs an outlet asks for a comment with, the comment as their object ("We are seeking a comment from ...").</param>
/// <param name="PlaceVerbs">Present verbs of where a place is ("lies at", "runs through", "share a border"): <see cref="NonIncidents"/> background.</param>
/// <param name="PlaceObjectVerbs">Present verbs of where a place is that take an object ("share a border", "borders Afghanistan").</param>
/// <param name="NoticeVerbs">Verbs of telling someone of a step ("informed", "warned") that, passive with one of <paramref name="AdvanceMarks"/>, make a notice.</param>
/// <param name="AdvanceMarks">Words of telling ahead of time ("in advance", "beforehand").</param>
/// <param name="PublicRequestVerbs">Verbs of a request to the public in the present passive ("Drivers are asked to wait").</param>
/// <param name="AskerHearsay">What an asker's hearsay is told with ("tell me", "I heard", "there were reports"): <see cref="AskerTurns"/>.</param>
public sealed record ReportingLexicon(PhraseSet CorrectionLabels, IReadOnlySet<string> RulingVerbs, IReadOnlySet<string> RulingNouns,
    IReadOnlySet<string> Courts, IReadOnlySet<string> Counsel, IReadOnlySet<string> PleaVerbs, IReadOnlySet<string> SilenceVerbs,
    IReadOnlySet<string> RefusalVerbs, PhraseSet TallySpans, PhraseSet TallyRates, IReadOnlySet<string> TimeRelations, IReadOnlySet<string> TimeUnits,
    IReadOnlySet<string> OwnVoice, IReadOnlySet<string> FollowVerbs, IReadOnlySet<string> ReportNouns, IReadOnlySet<string> RetellVerbs,
    IReadOnlySet<string> OutletItems, IReadOnlySet<string> EarlierWords, PhraseSet ClaimLabels, IReadOnlySet<string> AmendVerbs,
    IReadOnlySet<string> RetellCases, IReadOnlySet<string> QuoteMarks, IReadOnlySet<string> AnalysisNouns, IReadOnlySet<string> ExpectVerbs,
    IReadOnlySet<string> CommentNouns, IReadOnlySet<string> OwnVoiceObjects, IReadOnlySet<string> CommentPrepositions, PhraseSet AskerHearsay, IReadOnlySet<string> CalmStates, IReadOnlySet<string> StateSince,
    IReadOnlySet<string> CommentRequestVerbs, IReadOnlySet<string> PlaceVerbs, IReadOnlySet<string> NoticeVerbs, PhraseSet AdvanceMarks,
    IReadOnlySet<string> PublicRequestVerbs, IReadOnlySet<string> PlaceObjectVerbs)
{
    public static ReportingLexicon Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        List<string> List(string name) => doc.RootElement.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array
            ? a.EnumerateArray().Select(e => e.GetString() ?? "").Where(s => s.Length > 0).ToList()
            : throw new InvalidOperationException($"reporting.json: the list '{name}' is missing");
        HashSet<string> Set(string name) => List(name).ToHashSet(StringComparer.Ordinal);
        return new(new PhraseSet(List("correctionLabels")), Set("rulingVerbs"), Set("rulingNouns"), Set("courts"), Set("counsel"), Set("pleaVerbs"),
            Set("silenceVerbs"), Set("refusalVerbs"), new PhraseSet(List("tallySpans")), new PhraseSet(List("tallyRates")), Set("timeRelations"), Set("timeUnits"),
            Set("ownVoice"), Set("followVerbs"), Set("reportNouns"), Set("retellVerbs"), Set("outletItems"), Set("earlierWords"),
            new PhraseSet(List("claimLabels")), Set("amendVerbs"), Set("retellCases"), Set("quoteMarks"),
            Set("analysisNouns"), Set("expectVerbs"), Set("commentNouns"), Set("ownVoiceObjects"), Set("commentPrepositions"),
            new PhraseSet(List("askerHearsay")), Set("calmStates"), Set("stateSince"),
            Set("commentRequestVerbs"), Set("placeVerbs"), Set("noticeVerbs"), new PhraseSet(List("advanceMarks")), Set("publicRequestVerbs"), Set("placeObjectVerbs"));
    }

    /// <summary>A fresh copy of the embedded <c>Lexicon/reporting.json</c>, for its owner (the detector's composition: <see cref="DetectorLexicons"/>).</summary>
    public static ReportingLexicon LoadEmbedded() => Parse(LexiconResource.Read("reporting.json"));

    private static readonly Lazy<ReportingLexicon> Instance = new(LoadEmbedded);

    /// <summary>One embedded copy for tests and tools; the detector is given its own (<see cref="DetectorLexicons"/>).</summary>
    public static ReportingLexicon Default => Instance.Value;
}
