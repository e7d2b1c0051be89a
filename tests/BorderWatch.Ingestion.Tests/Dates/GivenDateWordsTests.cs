using System.Text.Json.Nodes;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>
/// di42: the date stage is built from the <see cref="DateLexicon"/> the detector is given (<see cref="DetectorLexicons.Dates"/>),
/// not from a static copy: a month spelling added in a small custom dates.json dates a sentence the embedded words leave at its
/// year. Sentences written for these tests (in no corpus); the rules alone.
/// </summary>
public class GivenDateWordsTests
{
    private static readonly Lazy<ISentenceParser> Parser = new(() => new TreebankSentenceParser(LanguageModels.LoadEmbedded()));

    // An old written short form of November ("Novr"), which the embedded dates.json does not list.
    private const string Sentence = "Kyrgyz border guards detained two Tajik herders near Batken on 14 Novr 2026.";

    /// <summary>The embedded dates.json with <paramref name="abbreviation"/> added to its month abbreviations.</summary>
    internal static DateLexicon WithAbbreviation(string abbreviation)
    {
        using var stream = typeof(DateLexicon).Assembly.GetManifestResourceStream("BorderWatch.Lexicon.dates.json")!;
        var json = JsonNode.Parse(stream)!;
        json["monthAbbreviations"]!.AsArray().Add(abbreviation);
        return DateLexicon.Parse(json.ToJsonString());
    }

    private static List<PartialDate> Dates(DateLexicon words, string text)
    {
        var detector = new IncidentDetector(EntityRecognizer.Default, Lexicon.Default, Parser.Value, SyntaxLexicon.Default, typeModel: null,
            DetectorLexicons.LoadEmbedded() with { Dates = words });
        return detector.Detect(AnalysisInput.FromText(text)).Select(i => i.Date).ToList();
    }

    [Fact]
    public void The_detector_dates_with_the_month_words_it_is_given()
    {
        Dates(DateLexicon.Default, Sentence).ShouldBe([PartialDate.OfYear(2026)]);
        Dates(WithAbbreviation("Novr"), Sentence).ShouldBe([PartialDate.OfDay(2026, 11, 14)]);
    }

    [Fact]
    public void The_rules_of_given_words_find_what_the_embedded_rules_do_not()
    {
        var given = new DateRules(WithAbbreviation("Novr"), Lexicon.Default);
        given.Finder.Find("The post reopened on 3 Novr 2025.").ShouldHaveSingleItem().Kind.ShouldBe(DateExpressionKind.Absolute);
        DateRules.Default.Finder.Find("The post reopened on 3 Novr 2025.").ShouldHaveSingleItem().Kind.ShouldBe(DateExpressionKind.Year);
        // A writer's own spelling reads as its month in a header line too ("Novr 2025" as November 2025).
        given.Finder.MonthNumber("Novr").ShouldBe(11);
    }

    [Fact]
    public void Rules_are_built_once_for_the_embedded_words_and_anew_for_others()
    {
        DateRules.For(DateLexicon.Default, Lexicon.Default).ShouldBeSameAs(DateRules.Default);
        var words = WithAbbreviation("Novr");
        var rules = DateRules.For(words, Lexicon.Default);
        rules.ShouldNotBeSameAs(DateRules.Default);
        rules.Words.ShouldBeSameAs(words);
        rules.Finder.Words.ShouldBeSameAs(words);
    }
}
