using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// para44 (issue 8, paraphrase statements): a party's position told through a document or a post rather than a speech
/// verb (<see cref="DocumentVoices"/>, Lexicon/document-voices.json) is its statement when what the voice passes on is a
/// stance (a request, an offer, a denial, an assessment, a blame, a warning, a policy); a fact it reports stays the event,
/// and a document that carries no one's words ("a list of the dead", "the version of the truck") is no statement.
/// Sentences written for these tests, in no corpus and no paraphrase set. The rules alone (no type model); the positive cases
/// no other rule reads are also run with the voice words emptied, to show the statement comes from this rule.
/// </summary>
public class DocumentVoiceTests
{
    private static readonly DocumentVoiceLexicon Empty = DocumentVoiceLexicon.Parse(
        """{"voiceNouns":[],"warningVoices":[],"ownerNouns":[],"tailVerbs":[],"assessVerbs":[],"reportVerbs":[],"frameOpeners":[],"stanceVerbs":[],"blameWords":[],"stanceModals":[],"futureModals":[],"negations":[],"blanketWords":[]}""");

    private static readonly Lazy<ISentenceParser> Parser = new(() => new TreebankSentenceParser(LanguageModels.LoadEmbedded()));
    private static readonly Lazy<IncidentDetector> Rules = new(() => Detector(DocumentVoiceLexicon.LoadEmbedded()));
    private static readonly Lazy<IncidentDetector> NoVoices = new(() => Detector(Empty));

    private static IncidentDetector Detector(DocumentVoiceLexicon words) =>
        RulesOnly.Detector(Parser.Value, all => all with { DocumentVoices = words });

    private static List<IncidentType> Types(IncidentDetector detector, string sentence) => RulesOnly.Types(detector, sentence);

    [Theory]
    // A tail: a document and a verb that shows or reads it; a request.
    [InlineData("Uzbekistan's border command wants Tokyo to pay for twelve patrol boats on the Amu Darya, a list given to Japanese diplomats in Tashkent shows.")]
    // An opening frame: a body's view; a threat assessment.
    [InlineData("In the view of an Almaty research institute, Taliban fighters could push towards the Turkmen border before summer.")]
    // A document as the subject: its own act, a blame.
    [InlineData("A letter Dushanbe sent to the Kyrgyz embassy holds Kyrgyz guards responsible for the death of a Tajik farmer near Vorukh.")]
    // A document as the subject: an outlook that has a danger happening.
    [InlineData("A Tashkent institute's spring outlook has smugglers moving heroin through the Surkhandarya border districts.")]
    // Notices with what they say: a warning.
    [InlineData("Turkmen border guards have put up notices near Serhetabat that anyone approaching the fence after dark will be detained.")]
    // A tail: officials who predict: an assessment.
    [InlineData("Drug flows across the Panj will rise next spring, Tajik drug control officials predict in their yearly survey.")]
    public void A_position_told_through_a_document_or_a_post_is_a_statement(string sentence)
    {
        Types(Rules.Value, sentence).FirstOrDefault().ShouldBe(IncidentType.Statement);
        Types(NoVoices.Value, sentence).FirstOrDefault().ShouldNotBe(IncidentType.Statement);
    }

    [Theory]
    // A tail: a party that posts; an offer on a condition.
    [InlineData("Astana would send rescue teams to the Isfara valley if Bishkek and Dushanbe asked, a Kazakh emergencies ministry spokesman posted on Facebook.")]
    // An opening frame: a party's version; a denial.
    [InlineData("In the Kyrgyz border service's version, no shot was fired near Kok-Tash on Tuesday.")]
    public void A_position_other_rules_also_read_stays_a_statement(string sentence) =>
        Types(Rules.Value, sentence).FirstOrDefault().ShouldBe(IncidentType.Statement);

    [Theory]
    // A note that reports a dated clash keeps the clash.
    [InlineData("Tajik guards fired on a Kyrgyz post near Ak-Sai on Sunday, a note Bishkek handed to the Tajik embassy shows.", IncidentType.ArmedClash)]
    // A plan a document shows is the planned event, not a stance.
    [InlineData("Russia will deliver eight armoured cars to the Kyrgyz border service in March, a defence ministry list shows.", IncidentType.ArmsTransfer)]
    public void A_fact_or_a_plan_a_document_reports_stays_the_event(string sentence, IncidentType type) =>
        Types(Rules.Value, sentence).ShouldHaveSingleItem().ShouldBe(type);

    [Theory]
    // A list of things, a version of a thing: no one's words.
    [InlineData("A list of the dead was posted at the Isfara district office on Tuesday.")]
    [InlineData("The new version of the truck will carry a heavier gun for the Tajik border troops.")]
    // Words put on paper: where they are written, not a document that speaks.
    [InlineData("The two governors have put on paper that herders may graze their flocks on both sides of the Isfara river.")]
    // "In view of": a reason, not a party's view.
    [InlineData("In view of the floods, Tajik guards could close the Panj crossings near Khorog.")]
    public void A_document_that_carries_no_ones_words_is_no_statement(string sentence) =>
        Types(Rules.Value, sentence).ShouldNotContain(IncidentType.Statement);
}
