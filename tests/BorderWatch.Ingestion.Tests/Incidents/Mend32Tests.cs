using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Incidents.TypeModel;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// mend32: review32's findings on the fourteenth session's lanes, each as rows of our own (in no corpus): a passive
/// subject of a rebuttal disowns nothing (DisownedActs), an act coordinated with the asking is no question (Asks), a count
/// told on a day of its own or the counted things as the subject of an act (not of a verb that records) is no tally
/// (CountsActs), talking in the present simple on no day stays no meeting (TalksByHabit, a guard), and a force of any kind
/// that moves is left to the type model (TypeSecondOpinion's moves gate).
/// </summary>
public class Mend32Tests
{
    private const string Published = "2029-09-14";

    // ---- 1. A rebuttal whose negated subject is the victim (a passive subject) still denies the act ----

    [Theory]
    [InlineData("Tajik media said Kyrgyz guards detained two Tajik shepherds near Vorukh on Monday. The Tajik ministry denied the report, saying no Tajik citizen had been detained.", "detained two Tajik shepherds")]
    [InlineData("An Uzbek news site reported that Kazakh border guards detained three Uzbek fishermen on the Aydar lake on Sunday. Tashkent's foreign ministry rejected the report, saying no Uzbek national had been held anywhere on the lake.", "detained three Uzbek fishermen")]
    public void A_rebuttal_that_says_its_people_suffered_nothing_denies_the_act(string text, string act)
    {
        var found = Detect.All(text, Published);
        Detect.Quoting(text, act, Published).Status.ShouldBe(IncidentStatus.Denied, Detect.Describe(text, found));
    }

    // ---- 2. An act coordinated with the asking is the asker's own act ----

    [Theory]
    [InlineData("A Kazakh patrol asked whether the Uzbek herders had papers for the pasture and later arrested two of them on Friday.")]
    public void An_act_after_the_asking_is_a_record(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldNotBeEmpty(Detect.Describe(sentence, found));
    }

    // (Negative guard: the act asked about stays no record.)
    [Fact]
    public void The_act_asked_about_is_still_no_record()
    {
        const string sentence = "During the sitting, one opposition deputy asked if Kyrgyz guards had detained Tajik herders near Batken in August.";
        Detect.All(sentence, Published).ShouldBeEmpty(Detect.Describe(sentence, Detect.All(sentence, Published)));
    }

    // ---- 3. A count on a day of its own, or the counted things as the subject of the act, is no tally ----

    [Theory]
    [InlineData("Two attempts to cross from the Afghan side were foiled by Tajik guards near Panj on Tuesday, the first since the ceasefire.")]
    [InlineData("Three attempts by Afghan smugglers to ford the Amu Darya were stopped by Uzbek guards on 12 September, the first since the spring floods.")]
    public void A_count_told_on_its_day_is_a_record(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldNotBeEmpty(Detect.Describe(sentence, found));
    }

    [Fact]
    public void Crossings_closed_since_a_day_are_a_closure()
    {
        const string sentence = "Three crossings on the Kazakh-Kyrgyz border have been closed since Monday, the Kazakh border service said.";
        var found = Detect.All(sentence, Published);
        found.ShouldNotBeEmpty(Detect.Describe(sentence, found));
    }

    // (Negative guard: a count over a period opened by a day stays a tally.)
    [Fact]
    public void A_count_over_a_period_opened_by_a_day_is_still_a_tally()
    {
        const string sentence = "According to the Kazakh committee, there have been fourteen attempts to drive livestock over the Chinese line near Zharkent since Monday.";
        Detect.All(sentence, Published).ShouldBeEmpty(Detect.Describe(sentence, Detect.All(sentence, Published)));
    }

    // ---- 4. Talking in the present simple ----

    // (Negative guard: a host's habit in a sentence with a stop stays no meeting.)
    [Fact]
    public void A_programme_s_talk_is_still_no_meeting()
    {
        const string sentence = "Each week the presenter talks with Kazakh and Kyrgyz traders about the queues at the Korday crossing.";
        var found = Detect.All(sentence, Published);
        found.ShouldNotContain(i => i.Type == IncidentType.DiplomaticMeeting, Detect.Describe(sentence, found));
    }

    // ---- 5. The moves gate: civilians who move are no deployment even for a model sure of one; a force is left to it ----

    private static readonly Lazy<ISentenceParser> Parser = new(() => new TreebankSentenceParser(LanguageModels.LoadEmbedded()));
    private static readonly TypeFeatures Features = new(Lexicon.Default.Classes, SyntaxLexicon.Default, TypeWords.Default);

    private static string ModelSaying(string sentence, IncidentType type, DirectoryInfo dir)
    {
        var mentions = EntityRecognizer.Default.Recognize(sentence, new DocumentContext());
        var keys = Features.Extract(Parser.Value.Parse(sentence, 0, sentence.Length), mentions);
        var path = Path.Combine(dir.FullName, type + ".bin");
        TypeTraining.Train([new TypeExample("t", keys, IncidentTypeModel.AllClasses.ToList().IndexOf(type))], epochs: 2).Save(path);
        return path;
    }

    [Theory]
    [InlineData("Two Uzbek bakers moved from Sokh to a bigger shop in Rishtan last week.", false)]
    [InlineData("About 200 Kyrgyz riot police moved from Osh to Batken last week.", true)]
    public void A_model_sure_of_a_deployment_gives_one_for_a_force_only(string sentence, bool deployment)
    {
        var dir = Directory.CreateTempSubdirectory("bw-mend32-");
        try
        {
            var options = TypeModelOptions.Default with { ModelPath = ModelSaying(sentence, IncidentType.Deployment, dir) };
            var found = TypeModelServices.Detector(options, Parser.Value).Detect(AnalysisInput.FromText(sentence));
            found.Any(i => i.Type == IncidentType.Deployment).ShouldBe(deployment, Detect.Describe(sentence, found));
        }
        finally { dir.Delete(recursive: true); }
    }
}
