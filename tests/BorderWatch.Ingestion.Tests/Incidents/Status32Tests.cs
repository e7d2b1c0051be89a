using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// status32: a rebuttal that disowns an act (its own people did not act) leaves the act's account reported, unless that
/// account names the denier's people alone as the ones who acted (<see cref="BorderWatch.Ingestion.Incidents.DisownedActs"/>).
/// Sentences of our own, in no corpus.
/// </summary>
public class Status32Tests
{
    private const string Published = "2029-05-16";

    // ---- 1. A disowning rebuttal leaves an act by unnamed or both sides reported ----

    [Theory]
    [InlineData("Gunfire hit a Kyrgyz patrol from the Tajik bank of the Isfara river near Chorkuh on Sunday night, the Kyrgyz Border Service said. " +
                "A spokesman for Tajikistan's Border Troops said on Monday that none of its soldiers had pulled a trigger.", "Gunfire hit")]
    [InlineData("A band of poachers coming from the Kazakh side opened fire on an Uzbek frontier post near Saryagash on Friday, the Uzbek State Border Troops said. " +
                "On Saturday the Kazakh border service said that no Kazakh serviceman had been anywhere near the post.", "poachers")]
    [InlineData("Iranian and Turkmen border guards exchanged shots across the Tejen near Sarakhs on Thursday evening, the Iranian border command said. " +
                "The Turkmen foreign ministry later said that its guards had not fired first.", "exchanged shots across")]
    public void A_rebuttal_that_disowns_the_act_leaves_the_account_reported(string text, string act)
    {
        var found = Detect.All(text, Published);
        var account = Detect.Quoting(text, act, Published);
        account.Status.ShouldBe(IncidentStatus.Reported, Detect.Describe(text, found));
        // (The rebuttal is still the party's denial.)
        found.ShouldContain(i => i.Type == IncidentType.Statement && i.Status == IncidentStatus.Denied, Detect.Describe(text, found));
    }

    // ---- 2. Still denied: the account names the denier's people as the ones who acted, or the rebuttal says nothing happened ----

    [Theory]
    [InlineData("Kyrgyz officials said on Tuesday that a Tajik patrol had crossed some 300 metres into Leilek district. " +
                "Tajikistan's Border Troops said on Wednesday that none of their servicemen had crossed the line.", "Tajik patrol")]
    [InlineData("The Uzbek border troops said Kazakh guards had opened fire on an Uzbek shepherd near Saryagash on Monday. " +
                "The Kazakh border service said its guards had not fired at anyone and rejected the account.", "Kazakh guards")]
    [InlineData("Tajikistan's border troops said a band of armed men tried to wade the Panj near Shuroobod on Friday night and was pushed back after a short exchange of fire. " +
                "Taliban police rejected the Tajik account on Saturday and said none of their men had gone near the water.", "band of armed men")]
    [InlineData("A camp outside Murghab that Chinese police use has been expanded with two new barracks, satellite pictures released by a research group appear to show. " +
                "The Tajik Defence Ministry said on Friday that apart from Russia's base no foreign troops were stationed in the country.", "camp outside Murghab")]
    public void A_rebuttal_of_the_denier_s_own_act_still_denies_it(string text, string act)
    {
        var found = Detect.All(text, Published);
        var account = Detect.Quoting(text, act, Published);
        account.Status.ShouldBe(IncidentStatus.Denied, Detect.Describe(text, found));
    }
    // ---- 4. A page about "the border services" that reports an act is a security story; one that only asks them is not ----

    private const string Minutes = """
        VALLEY PRESS ROOM
        Minutes of a joint session of the Osh and Andijan offices of the border services
        Tuesday 15 May 2029, 11:00
        Present: Captain Aibek Toktogulov, head of the office; chair Gulnara Karimova.

        KARIMOVA: Good afternoon. The captain will report first and then take questions.

        TOKTOGULOV: Thank you. On 9 May our patrol detained three Uzbek herders who had driven their cattle across the border near the canal.

        KARIMOVA: Thank you, all.
        """;

    private const string Festival = """
        TALAS WEEKEND
        Music | Food | Film

        Folk choirs meet in the valley for a three-day festival

        TALAS, 10 May 2029 - Choirs from Kazakhstan and Kyrgyzstan will sing together on Friday at the opening of the Talas folk festival.

        About 1,500 visitors from Taraz are expected to come by coach, and the festival committee has asked the two border services to keep the crossing open late for the audience.

        Tickets cost 300 som and are sold at the theatre.

        Last year's festival drew 4,000 people.
        """;

    [Fact]
    public void A_page_of_the_border_services_that_reports_an_act_is_kept()
    {
        var found = Detect.All(Minutes, Published);
        Detect.Quoting(Minutes, found, "detained three Uzbek herders").ShouldNotBeEmpty(Detect.Describe(Minutes, found));
    }

    [Fact]
    public void A_page_that_only_asks_the_border_services_is_no_security_story() =>
        Detect.All(Festival, Published).ShouldBeEmpty(Detect.Describe(Festival, Detect.All(Festival, Published)));
}
