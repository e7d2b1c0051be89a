using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// model34: the retrained type model (55 sets) kept from two readings its words do not bear. A reported clause whose
/// predicate takes a statement cue noun of communication as its object ("drew an appeal", "drew criticism", "drew
/// condemnation") reports a reaction in words: the rules' statement stays. A giving verb whose theme is people ("were
/// handed over", "handed over four nationals") is no arms transfer, whatever the model says; materiel handed over stays
/// one. Sentences written for these tests, in no corpus.
/// </summary>
public class Model34Tests
{
    [Theory]
    [InlineData("Tajik officials said the closure of the Karamyk pass by Kyrgyz guards drew sharp criticism from traders on Monday.")]
    [InlineData("Uzbek officials said the new fence along the Sokh road drew an appeal from orchard owners on Wednesday.")]
    [InlineData("Kyrgyz officials said the seizure of the footbridge by Tajik guards drew condemnation from villagers in Batken on Tuesday.")]
    [InlineData("Kazakh officials said the shooting near the Saryagash weighbridge drew accusations from lorry drivers on Thursday.")]
    public void A_reported_act_that_drew_a_reaction_in_words_stays_a_statement(string sentence)
    {
        var found = Detect.All(sentence, "2031-05-10");
        found.ShouldContain(i => i.Type == IncidentType.Statement, Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("Kazakh officials said a convoy of Kyrgyz lorries crossed the Ak-Jol checkpoint into Kazakhstan on Friday.", IncidentType.CrossBorderMovement)]
    [InlineData("Tajik officials said four Afghan smugglers had waded across the Panj near Ishkashim on Monday.", IncidentType.CrossBorderMovement)]
    public void A_reported_act_with_no_reaction_in_words_keeps_its_own_type(string sentence, IncidentType type)
    {
        var found = Detect.All(sentence, "2031-05-10");
        found.ShouldContain(i => i.Type == type, Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("Kyrgyz guards handed the four detainees over to the Uzbek side at the Dostuk checkpoint on Monday.")]
    [InlineData("Both were handed over to Kazakh border guards at the Ak-Jol post on the evening of 3 May 2031.")]
    [InlineData("Kazakh police handed two detained Kyrgyz shepherds over to Kyrgyz guards at the Ak-Jol post on Tuesday.")]
    [InlineData("Tajik guards caught three Afghan men near Khorog on 4 May 2031. All three were handed over to Afghan border police at the Ishkashim bridge on 6 May.")]
    [InlineData("A group of Uzbek migrants was handed over to Uzbek guards at the Oybek crossing on Sunday.")]
    public void People_handed_over_are_no_arms_transfer(string text)
    {
        var found = Detect.All(text, "2031-05-10");
        found.ShouldNotContain(i => i.Type == IncidentType.ArmsTransfer, Detect.Describe(text, found));
    }

    [Theory]
    [InlineData("Russia handed over 20 sniper rifles and two armoured vehicles to the Tajik border troops at Khorog on Monday.")]
    [InlineData("China handed over 300 assault rifles and night sights to the Kyrgyz border service in Bishkek on Friday.")]
    [InlineData("Ankara supplied the Uzbek border troops with night-vision goggles and four patrol boats in Termez on Tuesday.")]
    public void Materiel_handed_over_stays_an_arms_transfer(string text)
    {
        var found = Detect.All(text, "2031-05-10");
        found.ShouldContain(i => i.Type == IncidentType.ArmsTransfer, Detect.Describe(text, found));
    }
}
