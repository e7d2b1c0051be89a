using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// status33: a report whose reported clause is a request, a warning, an offer or a trend is a statement, not the act
/// named inside it (<see cref="BorderWatch.Ingestion.Incidents.ReportedSpeechActs"/>); a speech verb that only
/// attributes an act leaves the act. Sentences of our own, in no corpus.
/// </summary>
public class Status33Tests
{
    private const string Published = "2029-05-16";

    // ---- 1. "said it had asked / urged / offered ...": the reported clause is a speech act of the speaker's side ----

    [Theory]
    [InlineData("The Kazakh prosecutor's office said it had asked the Chinese side for the names of the guards involved in Sunday's shooting.")]
    [InlineData("Bishkek's foreign ministry said on Thursday that it had urged Dushanbe to pull its soldiers back from the disputed canal near Vorukh.")]
    [InlineData("A Turkmen official said Ashgabat had offered to hand the two Iranian fishermen back at the Sarakhs post.")]
    public void A_reported_request_or_offer_is_a_statement(string text)
    {
        var found = Detect.All(text, Published);
        found.ShouldNotBeEmpty(Detect.Describe(text, found));
        found.ShouldAllBe(i => i.Type == IncidentType.Statement, Detect.Describe(text, found));
    }

    // ---- 2. "said that smuggling had grown": a reported trend is the speaker's assessment ----

    [Theory]
    [InlineData("The Kazakh colonel said on Monday that attempts to smuggle fuel across the Chinese border had grown every month this year.")]
    public void A_reported_trend_is_a_statement(string text)
    {
        var found = Detect.All(text, Published);
        found.ShouldNotBeEmpty(Detect.Describe(text, found));
        found.ShouldAllBe(i => i.Type == IncidentType.Statement, Detect.Describe(text, found));
    }

    // ---- 3. Negatives: a speech verb that only attributes an act leaves the act ----

    [Theory]
    [InlineData("Uzbek guards sent back three Tajik shepherds who had strayed across the line on Tuesday, the ministry said.", IncidentType.CrossBorderMovement)]
    [InlineData("The border service said its guards had detained four Afghan men who crossed the river near Termez on Sunday.", IncidentType.CrossBorderMovement)]
    // An act told beside the request, in a clause of its own, is no part of it.
    [InlineData("The ministry said Kyrgyz guards had asked the herders to leave the pasture and then fired warning shots over their heads.", IncidentType.ArmedClash)]
    public void An_attributed_act_stays_the_act(string text, IncidentType act)
    {
        var found = Detect.All(text, Published);
        found.ShouldContain(i => i.Type == act, Detect.Describe(text, found));
    }
}
