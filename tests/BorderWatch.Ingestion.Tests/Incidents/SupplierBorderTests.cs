using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// border28 (<see cref="Suppliers"/>): a state named only as a supplier, donor or partner is no side of a border. Since
/// Russia and Kazakhstan share a tracked border, "equipment from Russia" on a page about the Chinese-Kyrgyz border must
/// keep the page's border, not read as a Russian party. Texts of our own, in no corpus; the places are real.
/// </summary>
public class SupplierBorderTests
{
    private static IReadOnlyList<string> SuppliersIn(string sentence, IncidentType type)
    {
        var mentions = EntityRecognizer.Default.Recognize(sentence, new DocumentContext());
        return Suppliers.Of(Lexicon.Default, NameNormalizer.Tokenize(sentence), mentions, type);
    }

    [Theory]
    [InlineData("The post received three night-vision scopes from Russia last month.", "RUS")]
    [InlineData("Two pick-up trucks donated by Kazakhstan arrived at the detachment in May.", "KAZ")]
    [InlineData("The radars were supplied by Turkey under a credit line.", "TUR")]
    [InlineData("The unit got new drones with the help of Russia.", "RUS")]
    [InlineData("Snowmobiles came from neighbouring Kazakhstan in the autumn.", "KAZ")]
    [InlineData("Our Russian partners handed over a batch of binoculars to the outpost.", "RUS")]
    [InlineData("The brigade took delivery of Turkish-built mine-resistant trucks.", "TUR")]
    [InlineData("Binoculars provided by Russia reached the mountain post in June.", "RUS")]
    [InlineData("Three watchtowers paid for by Russia went up along the river section in the spring.", "RUS")]
    [InlineData("The army got four radar trucks from its ally Russia last spring.", "RUS")]
    [InlineData("The outpost received two drones that its Kazakh allies had bought abroad.", "KAZ")]
    public void A_state_after_a_supplier_word_is_a_supplier(string sentence, string state) =>
        SuppliersIn(sentence, IncidentType.ArmsTransfer).ShouldContain(state);

    [Theory]
    // no supplier word before the state
    [InlineData("Russia and Kazakhstan signed a protocol on the river crossing.", IncidentType.ArmsTransfer)]
    // "from" marks a supplier only where something changes hands: migrants from a state are on its border
    [InlineData("Forty migrants from Uzbekistan crossed into Kazakhstan at night.", IncidentType.CrossBorderMovement)]
    // a partner in a joint patrol is a party
    [InlineData("Kyrgyz guards and their Kazakh partners walked the line together on Sunday.", IncidentType.PatrolSurveillance)]
    // named once as a supplier and once as an actor of its own
    [InlineData("Russia sent armoured cars to Tajikistan, and Russia will train the crews.", IncidentType.ArmsTransfer)]
    public void A_state_without_a_supplier_word_or_named_again_on_its_own_is_a_party(string sentence, IncidentType type) =>
        SuppliersIn(sentence, type).ShouldBeEmpty();

    private const string TorugartPage = """
        NARYN, 3 March 2027 - Kyrgyz border guards at the Torugart crossing on the Chinese border turned back two lorries with forged papers on Monday, the border service said.

        Chinese customs officers at the other end of the pass held the drivers for questioning, according to the service.

        The detachment received four tracked vehicles and a thermal camera from Russia in February, its commander said.
        """;

    [Fact]
    public void A_delivery_from_a_state_with_a_border_of_its_own_keeps_the_pages_border()
    {
        var found = Detect.All(TorugartPage, "2027-03-03");
        var delivery = Detect.Quoting(TorugartPage, found, "tracked vehicles").Single();
        delivery.Type.ShouldBe(IncidentType.ArmsTransfer);
        delivery.BorderCode.ShouldBe("CHN-KGZ");
    }

    [Fact]
    public void A_donation_told_with_by_keeps_the_pages_border()
    {
        var text = TorugartPage.Replace("The detachment received four tracked vehicles and a thermal camera from Russia in February",
            "Four tracked vehicles donated by Kazakhstan were handed to the detachment in February");
        var found = Detect.All(text, "2027-03-03");
        var delivery = Detect.Quoting(text, found, "tracked vehicles").Single();
        delivery.Type.ShouldBe(IncidentType.ArmsTransfer);
        delivery.BorderCode.ShouldBe("CHN-KGZ");
    }

    // Murghab lies on both the Chinese and the Afghan border of Tajikistan: a supplier named picks among the place's borders.
    [Fact]
    public void A_supplier_picks_among_the_borders_of_a_place_on_several()
    {
        const string text = "Tajik border posts in Murghab took delivery of six pick-up trucks from China in October 2026, the committee said.";
        var delivery = Detect.Quoting(text, Detect.All(text, "2026-11-20"), "pick-up trucks").Single();
        delivery.Type.ShouldBe(IncidentType.ArmsTransfer);
        delivery.BorderCode.ShouldBe("CHN-TJK");
    }
}
