namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// An incident whose parties are exactly one pair of neighbours but that the border rules leave without a border takes
/// the pair's border when the incidents told around it carry it. Texts written for these tests, in no corpus.
/// </summary>
public class PairBorderVoteTests
{
    private const string Roundup =
        "Kyrgyz and Tajik border guards exchanged fire near Kok-Tash on 3 May 2024, the Kyrgyz border service said. " +
        "Uzbek border guards detained six Afghan smugglers near Termez on 4 May 2024. " +
        "Kyrgyzstan's foreign ministry accused Tajikistan on 5 May 2024 of breaking the truce. " +
        "Kyrgyz and Tajik guards clashed again near Kok-Tash on 6 May 2024.\n";

    [Fact]
    public void A_pair_of_neighbours_takes_their_border_from_the_incident_beside_it()
    {
        var found = Detect.All(Roundup, "2024-05-07");
        var accusation = found.Single(i => Roundup[i.ExcerptStart..i.ExcerptEnd].Contains("accused", StringComparison.Ordinal));
        accusation.BorderCode.ShouldBe("KGZ-TJK", Detect.Describe(Roundup, found));
    }

    [Fact]
    public void A_pair_whose_neighbours_carry_another_border_stays_without_one()
    {
        var text = "Uzbek border guards detained six Afghan smugglers near Termez on 5 May 2024. " +
                   "Afghanistan's foreign ministry accused Tajikistan on 6 May 2024 of breaking the truce. " +
                   "Afghan and Uzbek officials met at the Hairatan bridge on 7 May 2024 to discuss the smugglers.\n";
        var found = Detect.All(text, "2024-05-08");
        var accusation = found.Single(i => text[i.ExcerptStart..i.ExcerptEnd].Contains("accused", StringComparison.Ordinal));
        accusation.BorderCode.ShouldBeNull(Detect.Describe(text, found));
    }

    [Fact]
    public void Talks_about_a_topic_away_from_borders_take_no_border_from_their_neighbours()
    {
        var text = "Kyrgyz and Tajik border guards exchanged fire near Kok-Tash on 3 May 2024, the Kyrgyz border service said. " +
                   "The Kyrgyz and Tajik energy ministers met in Moscow on 8 May 2024 to discuss gas prices.\n";
        var found = Detect.All(text, "2024-05-09");
        var talks = found.SingleOrDefault(i => text[i.ExcerptStart..i.ExcerptEnd].Contains("energy ministers", StringComparison.Ordinal));
        talks?.BorderCode.ShouldBeNull(Detect.Describe(text, found));
    }
}
