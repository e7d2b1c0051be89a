using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using GazetteerIndex = BorderWatch.Ingestion.Gazetteer.Gazetteer;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// A span that names exactly two neighbours away from Afghanistan is about their border, whatever the article's main
/// border; a sentence on gas or a pipeline that also speaks of security along the border keeps its border. Texts
/// written for these tests, in no corpus.
/// </summary>
public class OwnPairBorderTests
{
    private static readonly BorderAssigner Assigner = new(GazetteerIndex.Default);

    private const string AfghanDigest =
        "Tajik border guards detained four Afghan smugglers on the Panj near Shurobod on 2 May 2024. " +
        "Taliban fighters fired on a Tajik border post near Ishkashim on 3 May 2024. ";

    [Fact]
    public void Two_neighbours_away_from_the_hub_take_their_border_in_a_digest_about_another_border()
    {
        var text = AfghanDigest + "Kazakhstan and Uzbekistan signed an agreement on sharing irrigation water on 4 May 2024.\n";
        var found = Detect.All(text, "2024-05-06");
        found.Single(i => text[i.ExcerptStart..i.ExcerptEnd].Contains("irrigation", StringComparison.Ordinal))
            .BorderCode.ShouldBe("KAZ-UZB", Detect.Describe(text, found));
    }

    [Fact]
    public void An_accusation_between_two_neighbours_is_about_their_border() =>
        Detect.One("Kyrgyzstan's foreign ministry accused Tajikistan on 6 May 2024 of laying a road across pasture claimed by both villages.", "2024-05-07")
            .BorderCode.ShouldBe("KGZ-TJK");

    [Theory]
    [InlineData(IncidentType.Agreement, "KGZ-TJK", "KAZ-UZB")]
    [InlineData(IncidentType.PatrolSurveillance, null, "KAZ-UZB")]
    [InlineData(IncidentType.Statement, "AFG-TJK", "KAZ-UZB")]
    public void The_assigner_gives_the_pair_its_border_whatever_the_article_is_about(IncidentType type, string? main, string expected) =>
        Assigner.Assign(new BorderEvidence(["UZB", "KAZ"], false, null, type, false), main).ShouldBe(expected);

    [Fact]
    public void A_pair_with_the_hub_a_supplier_an_organization_or_borrowed_states_gets_no_pair_border()
    {
        // Weapons handed over: the supplier is no side of a border.
        Assigner.Assign(new BorderEvidence(["CHN", "TJK"], false, null, IncidentType.ArmsTransfer, false), null).ShouldBeNull();
        // An organization takes part: not two states alone.
        Assigner.Assign(new BorderEvidence(["KAZ", "UZB"], false, null, IncidentType.Agreement, false, OrganizationTakesPart: true), null).ShouldBeNull();
        // States the sentences before named are not the span's own.
        Assigner.Assign(new BorderEvidence(["KAZ", "UZB"], false, null, IncidentType.Statement, false, StatesBorrowed: true), null).ShouldBeNull();
        // A third state beside them: which border is open.
        Assigner.Assign(new BorderEvidence(["KAZ", "UZB", "KGZ"], false, null, IncidentType.Statement, false), null).ShouldBeNull();
        // A topic away from borders.
        Assigner.Assign(new BorderEvidence(["KAZ", "UZB"], false, null, IncidentType.Agreement, true), null).ShouldBeNull();
    }

    [Fact]
    public void In_a_chronology_a_rejection_after_a_date_line_takes_the_border_of_the_accusation_before_it()
    {
        var text = "3 June\n\nKyrgyzstan's foreign ministry accuses Tajikistan of fencing off a spring used by both villages.\n\n" +
                   "5 June\n\nTajikistan's foreign ministry rejects the accusation, saying the spring lies on Tajik land.\n";
        Detect.Quoting(text, "rejects", "2024-06-30").BorderCode.ShouldBe("KGZ-TJK");
    }

    [Fact]
    public void Talks_on_security_along_the_border_and_on_a_pipeline_keep_the_border()
    {
        var talks = Detect.One("Afghan and Turkmen officials met in Ashgabat on 4 May 2024 for talks on security along the border and on the gas pipeline.", "2024-05-06");
        talks.BorderCode.ShouldBe("AFG-TKM");
    }

    [Fact]
    public void Talks_on_a_pipeline_and_border_trade_have_no_border() =>
        Detect.One("Afghan and Turkmen officials met in Ashgabat on 4 May 2024 to discuss the gas pipeline and border trade.", "2024-05-06")
            .BorderCode.ShouldBeNull();
}
