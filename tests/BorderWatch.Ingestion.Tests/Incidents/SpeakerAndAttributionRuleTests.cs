using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>Who speaks, and whether the words are a statement or a report of an event; sentences written for these tests.</summary>
public class SpeakerAndAttributionRuleTests
{
    [Fact]
    public void A_quote_is_attributed_to_its_speaker_and_keeps_the_event_it_reports()
    {
        const string text = "Rustam Karimov, an analyst in Almaty, follows the region closely. " +
                            "“In 2020 the Turkmens moved two battalions to Serhetabat, and nobody in Ashgabat said a word,” Karimov said.";
        var incident = Detect.Quoting(text, "battalions");
        incident.Type.ShouldBe(IncidentType.Deployment);
        incident.Attribution.ShouldBe("Rustam Karimov");
        incident.Date.ShouldBe(PartialDate.OfYear(2020));
    }

    [Fact]
    public void A_named_expert_after_the_verb_is_the_source() =>
        Detect.One("Tajikistan moved a brigade to Khorog in 2022, said Anna Petrova, a researcher at an institute in Bonn.")
            .Attribution.ShouldBe("Anna Petrova");

    [Fact]
    public void A_country_that_is_the_topic_is_not_the_source()
    {
        var incident = Detect.One("Asked about how Kazakhstan has fared since then, Bakyt Omarov, an economist, said Kyrgyz troops had been deployed to the Tajik border in 2021.");
        incident.Attribution.ShouldBe("Bakyt Omarov");
        incident.Type.ShouldBe(IncidentType.Deployment);
    }

    [Theory]
    [InlineData("The rumours, which spread online on Friday, said a Tajik border post had been attacked by smugglers.", "The rumours")]
    [InlineData("A police spokesman in Kunduz province said Taliban fighters had clashed with smugglers near the river.", "A police spokesman in Kunduz province")]
    public void The_source_is_the_whole_phrase_and_never_a_date_word(string text, string attribution) =>
        Detect.One(text).Attribution.ShouldBe(attribution);

    [Fact]
    public void A_month_is_never_the_source()
    {
        var found = Detect.All("A correspondent reached a contact in the Border Service on December 12, who said troops had been sent to the frontier with Afghanistan.");
        found.ShouldNotBeEmpty();
        found.ShouldAllBe(i => i.Attribution == null || !i.Attribution.Contains("December"));
    }

    [Fact]
    public void A_source_in_an_office_is_anonymous()
    {
        var incident = Detect.One("Russia has sent helicopters to its base in Tajikistan, a source in the country's defence ministry told Interfax.");
        incident.Status.ShouldBe(IncidentStatus.Unconfirmed);
        incident.Attribution.ShouldBe("a source in the country's defence ministry");
    }

    [Theory]
    [InlineData("The Kyrgyz foreign ministry did not respond to a request for comment.")]
    [InlineData("Tajik officials declined to comment on the border situation.")]
    public void Not_commenting_is_no_statement(string text) => Detect.All(text).ShouldBeEmpty();

    [Fact]
    public void The_surname_of_an_official_named_before_speaks_for_the_office()
    {
        const string text = "Foreign Minister Rashid Meredov met his Afghan counterpart on Monday. Meredov said Ashgabat would not allow its territory to be used against Kabul.";
        var incident = Detect.Quoting(text, "would not allow");
        incident.Type.ShouldBe(IncidentType.Statement);
        incident.Attribution.ShouldBe("Rashid Meredov");
    }

    [Fact]
    public void A_quoted_rejection_is_a_denied_statement()
    {
        var incident = Detect.One("“There was no shooting at the border, everything is calm,” the Tajik ministry's press office said.");
        incident.Type.ShouldBe(IncidentType.Statement);
        incident.Status.ShouldBe(IncidentStatus.Denied);
    }

    [Fact]
    public void A_thing_named_beside_an_offer_of_help_is_a_statement() =>
        Detect.One("A Tajik border service spokesman said the detained men were smugglers and that the service was ready to help its Afghan neighbours.")
            .Type.ShouldBe(IncidentType.Statement);

    [Fact]
    public void A_source_not_in_the_gazetteer_is_its_whole_name_not_its_last_word()
    {
        var incident = Detect.One("Uzbekistan's State Security Service gave its own account, saying Afghan smugglers had opened fire first.");
        incident.Attribution.ShouldBe("Uzbekistan's State Security Service");
        // (Who fired first is the service's side of a dispute: a statement, statements.json blame; precision11.)
        incident.Type.ShouldBe(IncidentType.Statement);
    }

    [Fact]
    public void The_two_countries_point_back_to_the_states_named_before()
    {
        const string text = "Kyrgyz and Uzbek guards exchanged fire near Kerben on Monday.\n\nLate on Monday the heads of the two countries' border services agreed by phone to a ceasefire.";
        var incident = Detect.Quoting(text, "ceasefire", "2022-03-08");
        incident.Type.ShouldBe(IncidentType.Agreement);
        incident.Countries().ShouldBe(["KGZ", "UZB"]);
        incident.Date.ShouldBe(PartialDate.OfDay(2022, 3, 7));
    }

    [Fact]
    public void A_country_a_panel_talks_about_is_not_the_source_of_its_membership()
    {
        var incident = Detect.One("A panel in Bishkek looked at how Uzbekistan has fared since being admitted to the Eurasian Economic Union as an observer in 2020.");
        incident.Type.ShouldBe(IncidentType.Agreement);
        incident.Attribution.ShouldNotBe("Uzbekistan");
    }
}
