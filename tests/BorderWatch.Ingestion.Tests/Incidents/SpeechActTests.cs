using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Speech acts read from the parse (SpeechActs): offers, requests and declared readiness are statements; a report and its
/// own denial are one statement; a claim and another party's denial are one record of the claimed event; records that
/// show an event report it. Sentences written for these tests, in no corpus.
/// </summary>
public class SpeechActTests
{
    private const string Lead = "Kyrgyz border guards patrolled the Sokh road near Batken on Friday. ";

    [Theory]
    [InlineData("A Kazakh general offered to train Kyrgyz border guards at a camp near Almaty in the autumn.", "offered")]
    [InlineData("Tajikistan asked the CSTO to deploy more troops to its border posts in Khatlon.", "asked")]
    [InlineData("Uzbekistan is ready to send engineers to help Kyrgyzstan rebuild the border posts near Sokh.", "ready")]
    public void An_offer_a_request_or_readiness_is_a_statement_not_the_event_it_offers(string sentence, string words)
    {
        var text = Lead + sentence;
        var found = Detect.Quoting(text, words, "2026-05-04");
        found.Type.ShouldBe(IncidentType.Statement, Detect.Describe(text, Detect.All(text, "2026-05-04")));
    }

    [Fact]
    public void A_reported_event_without_an_offer_stays_the_event()
    {
        var text = Lead + "The Tajik border service said Afghan smugglers had shot at a patrol near Shuroobod on Thursday night.";
        Detect.Quoting(text, "smugglers", "2026-05-04").Type.ShouldBe(IncidentType.ArmedClash);
    }

    [Fact]
    public void A_request_without_its_own_speaker_is_no_statement()
    {
        var text = Lead + "Some 60 Afghan families crossed the Ishkashim bridge on Monday begging to be let into Tajikistan.";
        Detect.All(text, "2026-05-04").ShouldNotContain(i => i.Type == IncidentType.Statement && i.ExcerptEnd > Lead.Length, Detect.Describe(text, Detect.All(text, "2026-05-04")));
    }

    [Fact]
    public void A_report_and_the_speakers_own_denial_are_one_statement_denied()
    {
        var text = Lead + "The Uzbek ministry said its guards had fired into the air when a group tried to wade across the Sokh, and it denied that anybody had been wounded.";
        var found = Detect.All(text, "2026-05-04").Where(i => i.ExcerptEnd > Lead.Length).ToList();
        found.Count.ShouldBe(1, Detect.Describe(text, found));
        found[0].Type.ShouldBe(IncidentType.Statement);
        found[0].Status.ShouldBe(IncidentStatus.Denied);
    }

    [Fact]
    public void A_claim_and_another_partys_denial_joined_by_but_are_the_claimed_event_denied()
    {
        var text = Lead + "Residents say Tajik soldiers seized a pasture above Kok-Terek on Tuesday, but the Tajik border troops deny that their men went there.";
        var found = Detect.All(text, "2026-05-04").Where(i => i.ExcerptEnd > Lead.Length).ToList();
        found.Count.ShouldBe(1, Detect.Describe(text, found));
        found[0].Type.ShouldBe(IncidentType.TerritorialControl);
        found[0].Status.ShouldBe(IncidentStatus.Denied);
    }

    [Fact]
    public void A_record_that_shows_an_event_reports_it()
    {
        var text = Lead + "Commercial satellite photos show that Uzbekistan has built two new border posts near Sokh since March.";
        Detect.Quoting(text, "photos", "2026-05-04").Type.ShouldBe(IncidentType.Deployment);
    }

    [Theory]
    [InlineData("The Red Crescent calls on Tajikistan to keep letting the families come over at the Panji Poyon post.", "calls on")]
    [InlineData("The Uzbek foreign ministry accused Kyrgyzstan of laying a new road across disputed pasture near Sokh.", "accused")]
    public void A_partys_appeal_or_accusation_without_an_event_word_is_a_statement(string sentence, string words)
    {
        var text = Lead + sentence;
        Detect.Quoting(text, words, "2026-05-04").Type.ShouldBe(IncidentType.Statement, Detect.Describe(text, Detect.All(text, "2026-05-04")));
    }

    [Theory]
    [InlineData("Two customs officers were accused of waving lorries through at the Dostuk crossing.")]
    [InlineData("Kyrgyzstan's lorry drivers know the Sokh road as the most demanding route in the valley.")]
    public void Nobody_accused_and_no_act_is_no_statement(string sentence)
    {
        var text = Lead + sentence;
        Detect.All(text, "2026-05-04").ShouldNotContain(i => i.Type == IncidentType.Statement && i.ExcerptEnd > Lead.Length, Detect.Describe(text, Detect.All(text, "2026-05-04")));
    }
}
