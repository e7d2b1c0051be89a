using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Core.Domain;
using GazetteerIndex = BorderWatch.Ingestion.Gazetteer.Gazetteer;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// recall46 (issue 8): a unit or office named by a first-level region of a tracked state and by no state ("Golestan's
/// frontier regiment", "Zhambyl region's governor") is that state's: the gazetteer now holds every first-level region
/// (oblast, viloyat, province) on a tracked border, so the region gives the party and its border. And a plural in -men
/// ("servicemen", "militiamen") is read as its singular's noun, WordNet's morphy rule, so "sent forty servicemen to the
/// outpost" moves troops. Sentences of our own, in no corpus.
/// </summary>
public class Recall46RegionPartiesTests
{
    private const string Published = "2026-11-20";

    [Theory]
    [InlineData("Golestan's frontier regiment moved two hundred conscripts to the posts along the Atrek on Sunday.", IncidentType.Deployment, "IRN", "IRN-TKM")]
    [InlineData("Zhambyl region's governor warned on Friday that anyone who drives cattle over the line without papers will lose the herd.", IncidentType.Statement, "KAZ", "KAZ-KGZ")]
    [InlineData("Chuy region's governor warned on Friday that anyone who drives cattle over the line without papers will lose the herd.", IncidentType.Statement, "KGZ", "KAZ-KGZ")]
    [InlineData("Kyzylorda region's border department will hold a two-day search exercise in the desert next week.", IncidentType.Exercise, "KAZ", "KAZ-UZB")]
    public void A_unit_or_office_of_a_region_is_its_state_s(string text, IncidentType type, string state, string border)
    {
        var found = Detect.All(text, Published);
        var one = found.ShouldHaveSingleItem(Detect.Describe(text, found));
        one.Type.ShouldBe(type, Detect.Describe(text, found));
        one.Countries().ShouldContain(state, Detect.Describe(text, found));
        one.BorderCode.ShouldBe(border, Detect.Describe(text, found));
    }

    [Theory]
    // A letter sent is no force moved.
    [InlineData("Golestan's frontier regiment sent a letter to the outpost on Sunday.")]
    // A habit with no start.
    [InlineData("Golestan's frontier regiment usually rotates its conscripts every spring.")]
    // A football club that shares a region's name: the region's bare name is no alias where it is a club's or a range's.
    [InlineData("Zhetysu lost 0-2 to a visiting side on Sunday.")]
    public void What_is_no_act_of_the_region_s_forces_gets_no_record(string text)
    {
        var found = Detect.All(text, Published);
        found.ShouldBeEmpty(Detect.Describe(text, found));
    }

    [Theory]
    [InlineData("Issyk-Kul region", "KGZ", "CHN-KGZ")]
    [InlineData("Tashkent oblast", "UZB", "KAZ-UZB")]
    [InlineData("North Khorasan", "IRN", "IRN-TKM")]
    [InlineData("Nimroz", "AFG", "AFG-IRN")]
    [InlineData("Karakalpakstan", "UZB", "TKM-UZB")]
    public void A_first_level_region_is_a_place_of_its_state_on_its_borders(string name, string state, string border)
    {
        var entry = GazetteerIndex.Default.Entries.Single(e => e.Kind == EntryKind.Place &&
            (e.CanonicalName.Equals(name, StringComparison.OrdinalIgnoreCase) || e.Aliases.Contains(name, StringComparer.OrdinalIgnoreCase)));
        entry.Country.ShouldBe(state);
        entry.BorderCodes.ShouldContain(border);
    }

    [Fact]
    public void A_capital_keeps_its_own_entry_beside_its_region()
    {
        var tashkent = GazetteerIndex.Default.Entries.Where(e => e.Kind == EntryKind.Place && e.CanonicalName == "Tashkent").ToList();
        tashkent.ShouldHaveSingleItem().PlaceKind.ShouldBe(PlaceKind.Capital);
    }

    [Theory]
    [InlineData("The Batken border detachment sent forty servicemen to the outpost on Wednesday.")]
    [InlineData("The Batken border detachment sent thirty militiamen to the pass on Wednesday.")]
    public void Servicemen_sent_to_a_post_are_a_deployment(string text)
    {
        var found = Detect.All(text, Published);
        found.ShouldHaveSingleItem(Detect.Describe(text, found)).Type.ShouldBe(IncidentType.Deployment, Detect.Describe(text, found));
    }
}
