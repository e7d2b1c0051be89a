using BorderWatch.Ingestion.Gazetteer;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>The Kazakh-Russian border is a tracked segment (borders.json KAZ-RUS) with its border places; cities
/// near it (Petropavl, Uralsk, Orenburg ...) give their country, not the border.</summary>
public class KazakhRussianBorderTests
{
    private const string Published = "2027-03-10";

    [Fact]
    public void The_segment_is_tracked_with_its_length()
    {
        var border = Gazetteer.Gazetteer.Default.BorderBetween("RUS", "KAZ").ShouldNotBeNull();
        border.Code.ShouldBe("KAZ-RUS");
        border.Lengths.ShouldContain(l => l.Kilometres > 7000 && l.Source == "CIA World Factbook");
    }

    [Fact]
    public void Every_land_border_of_the_region_is_tracked()
    {
        var gazetteer = Gazetteer.Gazetteer.Default;
        (string, string)[] land =
        [
            ("AFG", "CHN"), ("AFG", "IRN"), ("AFG", "PAK"), ("AFG", "TJK"), ("AFG", "TKM"), ("AFG", "UZB"),
            ("CHN", "KAZ"), ("KAZ", "KGZ"), ("KAZ", "RUS"), ("KAZ", "TKM"), ("KAZ", "UZB"),
            ("CHN", "KGZ"), ("KGZ", "TJK"), ("KGZ", "UZB"), ("CHN", "TJK"), ("TJK", "UZB"), ("IRN", "TKM"), ("TKM", "UZB"),
        ];
        foreach (var (a, b) in land) gazetteer.BorderBetween(a, b).ShouldNotBeNull($"{a}-{b}");
    }

    [Theory]
    [InlineData("Kazakh and Russian border guards walked a joint patrol along the frontier west of Kostanay on Tuesday.")]
    [InlineData("The Kazakh-Russian border was shut to livestock lorries for ten days after an outbreak of foot-and-mouth disease.")]
    [InlineData("Russian customs officers began opening every lorry at the Zhaisan crossing point on Friday, drivers said.")]
    [InlineData("Kazakhstan and Russia signed a protocol on marking their shared border in Orenburg on Thursday.")]
    [InlineData("Kazakh guards detained two Russian fishermen who had strayed across the line in the West Kazakhstan region.")]
    public void Events_on_the_kazakh_russian_border_get_it(string text) =>
        Detect.One(text, Published).BorderCode.ShouldBe("KAZ-RUS");

    [Fact]
    public void A_city_near_the_border_is_not_on_it() =>
        Detect.One("Kazakh border guards on the Turkmen frontier received four new jeeps assembled in Petropavl last week.", Published)
            .BorderCode.ShouldBe("KAZ-TKM");

    [Fact]
    public void A_new_crossing_place_is_on_its_border()
    {
        var gazetteer = Gazetteer.Gazetteer.Default;
        gazetteer.Entries.Single(e => e.Key == "sharbakty").BorderCode.ShouldBe("KAZ-RUS");
        gazetteer.Entries.Single(e => e.Key == "petropavl").BorderCode.ShouldBeNull();
        gazetteer.Entries.Single(e => e.Key == "orenburg").Country.ShouldBe("RUS");
    }
}
