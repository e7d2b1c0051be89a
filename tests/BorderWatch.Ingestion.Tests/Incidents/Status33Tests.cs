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
    // (mend33b: a request of another shape in place of one that retold a corpus sentence.)
    [InlineData("A spokesman for the Kazakh customs committee told journalists his agency had asked Beijing to explain why two Chinese patrol boats fired on a Kazakh trawler.")]
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
    // (mend33b: a trend of another shape in place of one that retold a corpus sentence.)
    [InlineData("The Kyrgyz ministry said attempts by herders to graze flocks across the Tajik frontier had declined over the past three years.")]
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

    // ---- 4. mend33b (review33 finding 3): an act in an adverbial clause of the reported verb, and a change dated by one
    // occasion, are no speech act and no trend. (Checked on merged main d45c3da: the threats were already read as their
    // acts, guards only; "shelling had intensified overnight" was a statement, the misfire mended.) ----

    [Theory]
    [InlineData("Tajik border officials said smugglers had threatened guards with knives before fleeing across the river.")]
    [InlineData("The Uzbek customs service said two drivers had threatened inspectors at the Oybek post before racing their lorry back over the line into Tajikistan.")]
    public void An_act_in_an_adverbial_clause_of_a_reported_threat_is_no_part_of_it(string text)
    {
        var found = Detect.All(text, Published);
        found.ShouldContain(i => i.Type != IncidentType.Statement, Detect.Describe(text, found));
    }

    [Theory]
    [InlineData("Kyrgyz officials said shelling had intensified overnight near the Tajik border.")]
    [InlineData("Turkmen guards said shelling near the Afghan frontier had worsened yesterday.")]
    public void A_change_dated_by_one_occasion_is_the_event_not_a_trend(string text)
    {
        var found = Detect.All(text, Published);
        found.ShouldContain(i => i.Type == IncidentType.ArmedClash, Detect.Describe(text, found));
    }
}
