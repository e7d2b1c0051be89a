using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Recognition;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// What is no incident (issue 8, item 2): recaps, key-point lists, asides, what a party did not do, negations told by no
/// one, an article whose participants have nothing to do with security; and what belongs to an incident already told
/// (a denier's own account, a speaker's recollection setting the scene). Sentences written for these tests, in no corpus.
/// </summary>
public class IncidentScopeTests
{
    private const string Clash = "Kyrgyz and Tajik border guards exchanged fire near Vorukh on 3 May 2024.";

    [Theory]
    [InlineData("To sum up: a firefight near Vorukh, a protest note from Bishkek and a promise of talks.")]
    [InlineData("In summary, a shoot-out near Vorukh, two guards wounded and talks promised for June.")]
    [InlineData("To recap: guards exchanged fire near Vorukh and the ministers spoke by telephone.")]
    public void A_recap_of_the_article_reports_nothing_new(string recap)
    {
        var text = Clash + "\n\n" + recap;
        var found = Detect.All(text, "2024-05-04");
        found.Count.ShouldBe(1, Detect.Describe(text, found));
        text[found[0].ExcerptStart..found[0].ExcerptEnd].ShouldBe(Clash);
    }

    [Theory]
    [InlineData("KEY FINDINGS")]
    [InlineData("Highlights of the week")]
    [InlineData("At a glance:")]
    [InlineData("Key points")]
    [InlineData("SUMMARY")]
    public void Bullet_items_under_a_key_points_heading_are_no_incidents(string heading)
    {
        var text = $"{heading}\n\n- Clashes on the Kyrgyz-Tajik line are rising, and Bishkek answers with new outposts.\n\n" +
                   "* Smugglers keep crossing the Amu Darya near Termez.\n\n" + Clash;
        var found = Detect.All(text, "2024-05-04");
        found.Count.ShouldBe(1, Detect.Describe(text, found));
        found[0].Type.ShouldBe(IncidentType.ArmedClash);
    }

    [Fact]
    public void Bullet_items_under_an_ordinary_heading_stay_incidents()
    {
        var text = "Incidents this week\n\n- Tajik guards fired on a Kyrgyz patrol near Vorukh on 3 May 2024.";
        Detect.One(text, "2024-05-04").Type.ShouldBe(IncidentType.ArmedClash);
    }

    [Theory]
    [InlineData("Not connected to the shooting: a rockfall has closed the road to Batken.")]
    [InlineData("Unrelated to the clashes: a landslide has blocked the highway to Isfana.")]
    [InlineData("Not related to the firefight: heavy snow has shut the pass to Sary-Tash.")]
    public void An_event_word_in_an_asides_label_names_the_story_not_the_aside(string aside)
    {
        var text = Clash + "\n\n" + aside;
        Detect.All(text, "2024-05-04").Count.ShouldBe(1, Detect.Describe(text, Detect.All(text, "2024-05-04")));
    }

    [Fact]
    public void An_aside_with_an_event_of_its_own_keeps_it()
    {
        var text = Clash + "\n\nNot related to the shooting: Uzbek troops began an exercise near Termez on 4 May 2024.";
        Detect.All(text, "2024-05-04").ShouldContain(i => i.Type == IncidentType.Exercise, Detect.Describe(text, Detect.All(text, "2024-05-04")));
    }

    [Fact]
    public void What_a_party_did_not_do_is_no_statement()
    {
        var text = Clash + "\n\nThe Tajik Border Troops did not answer our request for comment.";
        Detect.All(text, "2024-05-04").Count.ShouldBe(1, Detect.Describe(text, Detect.All(text, "2024-05-04")));
        // A commitment not to act is a policy declaration.
        Detect.One("Tajikistan will not allow its territory to be used for attacks on Afghanistan, its foreign minister said.", "2024-05-04")
            .Type.ShouldBe(IncidentType.Statement);
    }

    [Fact]
    public void A_negated_event_is_a_denial_and_one_that_goes_on_with_a_denial_is_part_of_it()
    {
        var single = Detect.One("No rifles were handed over to the Kyrgyz guards at the Dostuk checkpoint this week.", "2024-05-04");
        single.Type.ShouldBe(IncidentType.Statement);
        single.Status.ShouldBe(IncidentStatus.Denied);
        var said = Detect.One("No mortars were fired on the Kyrgyz-Tajik section of the border on 3 May, the Tajik side said.", "2024-05-04");
        said.Type.ShouldBe(IncidentType.Statement);
        said.Status.ShouldBe(IncidentStatus.Denied);

        var text = "In recent days, several anonymous channels have claimed that Tajik guards fired on a Kyrgyz lorry near the Guliston checkpoint on 3 June.\n\n" +
                   "This information does not correspond to reality. No weapons were used on the Tajik-Kyrgyz section of the border on 3 June or on any other day this month.";
        var found = Detect.All(text, "2024-06-05");
        found.Count.ShouldBe(2, Detect.Describe(text, found));
        found.ShouldContain(i => i.Type == IncidentType.ArmedClash && i.Status == IncidentStatus.Denied);
        found.ShouldContain(i => i.Type == IncidentType.Statement && i.Status == IncidentStatus.Denied && text.Substring(i.ExcerptStart, i.ExcerptEnd - i.ExcerptStart).StartsWith("This information", StringComparison.Ordinal));
    }

    [Fact]
    public void Unnamed_people_who_say_an_event_happened_are_its_unconfirmed_source()
    {
        var text = "Villagers in Chorkuh say Tajik border guards crossed the river into Kyrgyzstan near Ak-Sai on 4 May 2024.";
        var found = Detect.One(text, "2024-05-06");
        found.Type.ShouldBe(IncidentType.CrossBorderMovement);
        found.Status.ShouldBe(IncidentStatus.Unconfirmed);
        found.Attribution.ShouldBe("Villagers in Chorkuh");
        var told = Detect.One("Farmers near Isfara told reporters that Kyrgyz troops had crossed the border near Ak-Sai on 4 May 2024.", "2024-05-06");
        told.Attribution.ShouldBe("Farmers near Isfara");
        told.Status.ShouldBe(IncidentStatus.Unconfirmed);
    }

    [Theory]
    [InlineData("Uzbekistan's volleyball team crossed the border at Dostuk by bus on Monday and beat the Kyrgyz side in three sets. " +
                "Their captain attacked from the first serve. The coach withdrew at half-time. " +
                "The Kazakh and Uzbek football federations signed a memorandum on youth coaching in Tashkent.")]
    [InlineData("The Tajik wrestlers crossed the border at Kyzyl-Bel on Friday and attacked from the first bout. " +
                "The organisers deployed extra stewards. The referees met the coaches to agree on new rules. The final is on Sunday.")]
    public void An_article_without_a_security_participant_reports_no_incident(string text)
    {
        Detect.All(text, "2024-05-04").ShouldBeEmpty(Detect.Describe(text, Detect.All(text, "2024-05-04")));
        // One border guard in it makes it an article about the border.
        Detect.All(text + " A Kyrgyz border guard checked their passports at the crossing.", "2024-05-04").ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("Uzbek guardsmen crossed the border at Dostuk on Monday.")]
    [InlineData("A serviceman crossed the border at Dostuk on Monday.")]
    [InlineData("Tajik militiamen crossed the border at Dostuk on Monday.")]
    [InlineData("Gunmen crossed the border at Dostuk on Monday.")]
    [InlineData("A militant crossed the border at Dostuk on Monday.")]
    [InlineData("Migrants crossed the border at Dostuk on Monday, a spokesperson for the border service said.")]
    [InlineData("Refugees crossed the border at Dostuk on Monday, the embassy said.")]
    [InlineData("Insurgents and rebels crossed the border at Dostuk on Monday.")]
    [InlineData("Smugglers crossed the border at Dostuk on Monday, policemen said.")]
    public void Security_participants_make_an_article_about_security(string text)
    {
        var tokens = NameNormalizer.Tokenize(text);
        var sentence = new Sentence(0, 0, 0, text.Length, text);
        new ArticleRelevance(Lexicon.Default, new TreebankSentenceParser(LanguageModels.LoadEmbedded())).NamesParticipant(text, sentence, tokens, []).ShouldBeTrue();
    }

    [Theory]
    [InlineData("Painters from Uzbekistan hung their canvases in a Bishkek gallery on Monday.")]
    [InlineData("A choir sang old songs in the town square until late.")]
    public void A_sentence_where_a_state_is_only_a_place_of_origin_names_no_participant(string text)
    {
        var tokens = NameNormalizer.Tokenize(text);
        var mentions = BorderWatch.Ingestion.Recognition.EntityRecognizer.Default.Recognize(text, new DocumentContext());
        var sentence = new Sentence(0, 0, 0, text.Length, text);
        new ArticleRelevance(Lexicon.Default, new TreebankSentenceParser(LanguageModels.LoadEmbedded())).NamesParticipant(text, sentence, tokens, mentions).ShouldBeFalse();
    }

    [Fact]
    public void A_deniers_own_account_after_its_denial_is_part_of_the_denial()
    {
        var text = "Militants fired on a Turkmen patrol boat on the Amu Darya on 1 June 2024, Afghan villagers said.\n\n" +
                   "Turkmenistan's border service rejected this account on 2 June. In a statement to the state news agency it said that its guards had fired only flares over the river.";
        var found = Detect.All(text, "2024-06-10");
        found.ShouldNotContain(i => text.Substring(i.ExcerptStart, i.ExcerptEnd - i.ExcerptStart).Contains("flares"), Detect.Describe(text, found));
        found.ShouldContain(i => i.Type == IncidentType.Statement && i.Status == IncidentStatus.Denied);
    }

    [Fact]
    public void A_speakers_recollection_sets_the_scene_and_is_no_meeting()
    {
        var text = "When I was in Tashkent in March for a seminar, Uzbek officers told me they had sent two more battalions to the Surkhandarya border.";
        Detect.All(text, "2024-06-10").ShouldNotContain(i => i.Type == IncidentType.DiplomaticMeeting, Detect.Describe(text, Detect.All(text, "2024-06-10")));
    }
}
