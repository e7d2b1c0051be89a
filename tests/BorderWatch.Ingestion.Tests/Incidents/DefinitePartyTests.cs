using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// A clause naming no state of its own whose subject is a definite reference to parties ("the sides", "the two
/// delegations", "each side", "the border guards") speaks of the parties named just before. Texts written for these
/// tests, in no corpus.
/// </summary>
public class DefinitePartyTests
{
    private const string Meeting = "Kyrgyz and Uzbek border officials met at the Kyzyl-Kiya road checkpoint on 4 May 2024 to discuss the queues of lorries.\n\n";

    [Fact]
    public void The_sides_agreeing_after_a_meeting_is_an_agreement_of_the_parties_named_before()
    {
        var text = Meeting + "The sides agreed to open a third lane for lorries by the end of June.\n";
        var agreement = Detect.Quoting(text, "third lane", "2024-05-06");
        agreement.Type.ShouldBe(IncidentType.Agreement);
        agreement.Countries().ShouldBe(["KGZ", "UZB"]);
    }

    [Fact]
    public void Two_delegations_signing_a_protocol_is_an_agreement() =>
        Detect.Quoting(Meeting + "At the talks, the two delegations signed a protocol on exchanging lists of wanted couriers.\n", "protocol", "2024-05-06")
            .Type.ShouldBe(IncidentType.Agreement);

    [Fact]
    public void Each_side_blaming_the_other_is_a_statement() =>
        Detect.Quoting(Meeting + "Each side blamed the other for the delays at the gate.\n", "blamed", "2024-05-06")
            .Type.ShouldBe(IncidentType.Statement);

    [Fact]
    public void The_guards_of_a_clash_just_told_reinforcing_their_post_is_a_deployment()
    {
        var text = "Tajik and Afghan guards exchanged fire across the Panj near Ishkashim on 3 May 2024.\n\n" +
                   "The border guards had installed two thermal cameras at the post a week later, a spokesman said.\n";
        var found = Detect.All(text, "2024-05-20");
        found.Count(i => text[i.ExcerptStart..i.ExcerptEnd].Contains("thermal cameras", StringComparison.Ordinal)).ShouldBe(1, Detect.Describe(text, found));
    }

    [Fact]
    public void A_definite_reference_with_no_parties_named_before_gives_nothing() =>
        Detect.All("The sides agreed to open a third lane for lorries by the end of June.\n", "2024-05-06").ShouldBeEmpty();

    [Fact]
    public void An_indefinite_subject_does_not_point_back()
    {
        var text = Meeting + "A commission signed a protocol on exchanging lists of wanted couriers.\n";
        var found = Detect.All(text, "2024-05-06");
        found.Count(i => text[i.ExcerptStart..i.ExcerptEnd].Contains("protocol", StringComparison.Ordinal)).ShouldBe(0, Detect.Describe(text, found));
    }

    [Fact]
    public void A_past_event_dated_to_a_year_of_its_own_is_an_incident_of_the_parties_named_before()
    {
        var text = "Kyrgyz and Tajik guards exchanged fire near the Vorukh road on 3 May 2024.\n\n" +
                   "In March 2018 soldiers dug trenches along the same road.\n";
        var background = Detect.Quoting(text, "March 2018", "2024-05-06");
        background.Type.ShouldBe(IncidentType.Deployment);
        background.Date.ToString().ShouldBe("2018-03");
        background.Countries().ShouldBe(["KGZ", "TJK"]);
    }

    [Fact]
    public void Casualties_of_a_year_of_their_own_are_no_more_about_the_clash_just_told()
    {
        var text = "Kyrgyz and Tajik guards exchanged fire near the Vorukh road on 3 May 2024.\n\n" +
                   "In June 2019 fighting around the same road killed eleven villagers.\n";
        var found = Detect.All(text, "2024-05-06");
        found.Count.ShouldBe(2, Detect.Describe(text, found));
        found.Select(i => i.Date.ToString()).ShouldBe(["2024-05-03", "2019-06"]);
    }

    [Theory]
    [InlineData("Years ago, fighting around a water tank killed eleven villagers.\n", "water tank")]
    [InlineData("It was the fourth such drill along the road since 2015.\n", "fourth such drill")]
    [InlineData("The 2021 protocol left the patrol schedule unchanged.\n", "2021 protocol")]
    public void An_event_told_without_names_and_without_a_year_of_its_own_stays_no_incident(string sentence, string words)
    {
        var text = "Kyrgyz and Tajik guards held a joint drill near the Vorukh road on 3 May 2024.\n\n" + sentence;
        var found = Detect.All(text, "2024-05-06");
        found.Count(i => text[i.ExcerptStart..i.ExcerptEnd].Contains(words, StringComparison.Ordinal)).ShouldBe(0, Detect.Describe(text, found));
    }
}
