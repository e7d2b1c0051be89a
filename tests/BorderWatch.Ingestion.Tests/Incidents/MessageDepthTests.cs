using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// para21 (issue 8): what a party does "in a letter" is a statement (declarations.json messageNouns) also when the parser
/// hangs the letter on one of the verb's arguments rather than on the verb ("laid the shooting at Bishkek's feet in a
/// letter": letter under feet under shooting). Sentences written for these tests, in no corpus.
/// </summary>
public class MessageDepthTests
{
    [Fact]
    public void A_letter_hung_on_an_argument_makes_a_statement() =>
        Detect.RuleTypes("Astana laid Friday's shooting near Karkara at Bishkek's feet in a letter handed to the Kyrgyz ambassador on Saturday.")
            .ShouldBe([IncidentType.Statement]);

    [Fact]
    public void An_event_predicate_stays_the_event() =>
        Detect.RuleTypes("Kazakh guards fired at a Kyrgyz patrol near Karkara on Friday, wounding a sergeant named in a letter to the local paper.")
            .ShouldBe([IncidentType.ArmedClash]);
}
