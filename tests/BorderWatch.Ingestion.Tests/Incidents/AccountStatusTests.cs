using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>Status of events that are still to come or that no one on the record vouches for (AccountStatus, StatusRules).</summary>
public class AccountStatusTests
{
    private const string Published = "2026-03-03";

    [Theory]
    [InlineData("The CSTO council of defence ministers meets in Astana on 20 March to discuss the Tajik-Afghan border.", "meets in Astana")]
    [InlineData("A Kyrgyz delegation is expected in Dushanbe in April for talks on the Isfara road.", "talks on the Isfara road")]
    [InlineData("The Kazakh and Kyrgyz governments are set to sign a treaty on the Korday crossing in May.", "sign a treaty")]
    [InlineData("The heads of the Kazakh and Uzbek border services are due to meet at the Zhibek Zholy crossing on Thursday, officials on both sides said.", "due to meet")]
    public void An_event_dated_after_the_writing_or_still_due_is_planned(string text, string words) =>
        Detect.Quoting(text, words, Published).Status.ShouldBe(IncidentStatus.Planned);

    [Fact]
    public void An_event_dated_before_the_writing_stays_reported() =>
        Detect.Quoting("The Kazakh and Kyrgyz defence ministers met in Astana on 20 February to discuss the Korday crossing.", "met in Astana", Published)
            .Status.ShouldBe(IncidentStatus.Reported);

    [Theory]
    [InlineData("Lorry drivers at the Termez bridge report that Uzbek troops have deployed extra soldiers at the bridge.")]
    [InlineData("Truckers stuck at Korday write to us that Kazakh guards deployed more soldiers at the border post on Friday.")]
    [InlineData("Kyrgyz herders near Sary-Tash say Chinese soldiers crossed onto the pasture twice this month.")]
    [InlineData("Tajik troops crossed onto the disputed pasture near Vorukh on Sunday, shopkeepers in the bazaar said.")]
    [InlineData("I am told that Tajik border troops deployed two more companies to Murghab in February.")]
    public void What_people_with_no_office_report_is_unconfirmed(string text)
    {
        var found = Detect.All(text, Published);
        found.ShouldNotBeEmpty(text);
        found.ShouldAllBe(i => i.Status == IncidentStatus.Unconfirmed, Detect.Describe(text, found));
    }

    [Theory]
    [InlineData("Kazakh border guards deployed two more armoured vehicles at the Korday crossing on Friday, but we were unable to confirm this.")]
    [InlineData("Uzbek guards fired at two Kyrgyz boys near Sokh on Monday, an account that officials of neither country have confirmed.")]
    [InlineData("The UN has received reports, which it has not been able to verify, that Taliban units fought Tajik guards near Khorog last week.")]
    [InlineData("Tajik border troops deployed a second company to Murghab last week, though nobody in Dushanbe will confirm it.")]
    public void An_account_no_one_could_check_is_unconfirmed(string text)
    {
        var found = Detect.All(text, Published).Where(i => i.Type != IncidentType.Statement).ToList();
        found.ShouldNotBeEmpty(text);
        found.ShouldAllBe(i => i.Status == IncidentStatus.Unconfirmed, Detect.Describe(text, found));
    }

    [Theory]
    [InlineData("Kazakh border guards deployed two more armoured vehicles at the Korday crossing on Friday, Kyrgyz officials said.")]
    [InlineData("Kyrgyz officials confirmed that Tajik troops crossed onto the disputed pasture near Vorukh on Sunday.")]
    [InlineData("The Border Service said that Tajik troops crossed onto the disputed pasture near Vorukh on Sunday.")]
    [InlineData("Turkmenistan reinforced its posts near Serhetabat in May, said Anna Petrowska, a researcher at the Lund institute, although Ashgabat has never confirmed the move.")]
    public void An_account_on_the_record_stays_reported(string text)
    {
        var found = Detect.All(text, Published).Where(i => i.Type != IncidentType.Statement).ToList();
        found.ShouldNotBeEmpty(text);
        found.ShouldAllBe(i => i.Status == IncidentStatus.Reported, Detect.Describe(text, found));
    }
}
