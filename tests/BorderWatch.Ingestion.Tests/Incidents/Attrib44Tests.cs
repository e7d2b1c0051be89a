using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// attrib44: relatives telling what happened to their own are a first-hand source (KinSources), and a clause told as
/// following an earlier event ("After the shooting", "Since then") takes that event's day (SequelDates). Sentences and
/// documents written for these tests.
/// </summary>
public class Attrib44Tests
{
    private static readonly KinSources Kin = new(Lexicon.Default);

    [Theory]
    [InlineData("relatives of the shepherds", true)]
    [InlineData("relatives", true)]
    [InlineData("a relative of one of the detained men and a district official", true)]
    [InlineData("the family of the wounded conscript", true)]
    [InlineData("their families", true)]
    [InlineData("the dead herder's brother", true)]
    [InlineData("the detained shepherds' sisters", true)]
    [InlineData("villagers with relatives across the river", false)]
    [InlineData("residents who spoke to relatives", false)]
    [InlineData("families", false)]
    [InlineData("drivers", false)]
    [InlineData(null, false)]
    public void The_head_of_the_source_says_whether_relatives_speak(string? source, bool kin) => Kin.Tells(source).ShouldBe(kin);

    [Theory]
    [InlineData("Kazakh border guards detained two Kyrgyz shepherds near Kegen on Sunday, relatives of the shepherds told the Tien Shan Courier.")]
    [InlineData("Iranian border guards shot and wounded a Turkmen man as he waded across the Tejen near Sarakhs on Monday night, his family told reporters.")]
    public void Relatives_telling_what_befell_their_own_are_on_the_record(string text) =>
        Detect.One(text, "2026-12-08").Status.ShouldBe(IncidentStatus.Reported, Detect.Describe(text, Detect.All(text, "2026-12-08")));

    [Theory]
    // Lay people telling what they saw stay as the older batches keep them.
    [InlineData("Kazakh border guards detained two Kyrgyz shepherds near Kegen on Sunday, villagers told the Tien Shan Courier.")]
    // An anonymous source stays unconfirmed.
    [InlineData("Kazakh border guards detained two Kyrgyz shepherds near Kegen on Sunday, a source in the district told the Tien Shan Courier.")]
    // Relatives whose account the text flags stay unconfirmed.
    [InlineData("Kazakh border guards detained two Kyrgyz shepherds near Kegen on Sunday, relatives said, but the account could not be independently confirmed.")]
    public void Lay_and_anonymous_sources_and_flagged_accounts_stay_unconfirmed(string text) =>
        Detect.One(text, "2026-12-08").Status.ShouldBe(IncidentStatus.Unconfirmed, Detect.Describe(text, Detect.All(text, "2026-12-08")));

    private const string Shooting =
        "ISFANA, 3 December - Gunmen fired on a Kyrgyz border patrol near the village of Min-Bulak late on Monday, wounding a sergeant, the Kyrgyz Border Service said on Thursday.\n\n" +
        "The sergeant is being treated in Isfana and his life is not in danger, the service said.\n\n" +
        "The patrol fired back, it said, but no one else was hurt.\n\n";

    [Theory]
    [InlineData("After the shooting the four gunmen ran along a ditch and crossed into Tajikistan's Isfara district, the service said.")]
    [InlineData("Soon afterwards the four gunmen ran along a ditch and crossed into Tajikistan's Isfara district, the service said.")]
    public void A_clause_after_the_shooting_takes_the_shooting_s_day(string sequel)
    {
        var text = Shooting + sequel;
        var crossing = Detect.Quoting(text, "ran along a ditch", "2026-12-03");
        crossing.Date.ShouldBe(PartialDate.OfDay(2026, 11, 30));
    }

    [Fact]
    public void Since_then_dates_a_standing_measure_from_the_event_before()
    {
        const string text = Shooting + "Since then Kyrgyz border troops have been checking every vehicle on the road to Min-Bulak, the service said.";
        var checks = Detect.Quoting(text, "checking every vehicle", "2026-12-03");
        checks.Date.ShouldBe(PartialDate.OfDay(2026, 11, 30));
    }

    [Fact]
    public void Without_an_opener_the_clause_keeps_the_month_of_writing()
    {
        const string text = Shooting + "Kyrgyz border troops are checking every vehicle on the road to Min-Bulak, the service said.";
        var checks = Detect.Quoting(text, "checking every vehicle", "2026-12-03");
        checks.Date.ShouldNotBe(PartialDate.OfDay(2026, 11, 30));
    }

    [Fact]
    public void An_opener_that_names_no_event_dates_nothing()
    {
        const string text = Shooting + "After the snow melts, Kyrgyz border troops have been checking every vehicle on the road to Min-Bulak, the service said.";
        var checks = Detect.Quoting(text, "checking every vehicle", "2026-12-03");
        checks.Date.ShouldNotBe(PartialDate.OfDay(2026, 11, 30));
    }

    [Fact]
    public void With_no_dated_event_before_it_the_opener_dates_nothing()
    {
        const string text = "ISFANA, 3 December - After the talks, Kyrgyz border troops doubled patrols on the road to Min-Bulak, the Kyrgyz Border Service said.";
        var patrols = Detect.Quoting(text, "doubled patrols", "2026-12-03");
        patrols.DateBasis.ShouldNotBe(BorderWatch.Ingestion.Pipeline.DateBasis.EarlierIncident);
    }
}
