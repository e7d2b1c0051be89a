using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Records that gave nothing (recall31): forces moved with a verb of sending or bringing, units named by whose force they
/// are ("units of the ... Group of Forces") or by their state ("Kyrgyz units"), a moved group the parser reads as a noun
/// with a participle (scene-frames.json "moves"); a request to the public followed by its speaker ("..., the border
/// service said", NonIncidents.Notices). Sentences of our own, in no corpus.
/// </summary>
public class Recall31Tests
{
    private const string Published = "2026-12-02";
    private const string KyrgyzTajik = "Kyrgyz and Tajik border guards exchanged fire near Vorukh on Sunday.\n\n";
    private const string KazakhKyrgyz = "Kazakh and Kyrgyz border guards exchanged fire near Korday on Sunday.\n\n";
    private const string KyrgyzUzbek = "Kyrgyz and Uzbek border guards exchanged fire near Kerben on Sunday.\n\n";

    // A verb of moving (send, bring, move) whose object or passive subject is a force: troops by class, a unit of a named
    // force, a unit qualified by its state, a group the parser hangs the participle on.
    [Theory]
    [InlineData(KyrgyzTajik, "Units of the Eastern Group of Forces have been moved to the Leilek district for the winter.", "KGZ-TJK")]
    [InlineData(KyrgyzTajik, "Kyrgyz units have been moved to the Leilek district, the defence ministry said.", "KGZ-TJK")]
    [InlineData(KazakhKyrgyz, "A reserve company was sent to the Korday district on Friday.", "KAZ-KGZ")]
    [InlineData(KazakhKyrgyz, "The Kazakh border service sent a mobile group of twelve guards to the Karasu crossing on Friday.", "KAZ-KGZ")]
    [InlineData(KazakhKyrgyz, "Eight more guards were sent to the Karasu post on Friday.", "KAZ-KGZ")]
    public void Forces_sent_or_moved_to_a_place_are_a_deployment(string before, string sentence, string border)
    {
        var text = before + sentence;
        var found = Detect.All(text, Published);
        Detect.Quoting(text, found, sentence[..25]).ShouldContain(i => i.Type == IncidentType.Deployment && i.BorderCode == border, Detect.Describe(text, found));
    }

    // Negatives: casualties or captives carried, people who are no force, things sent.
    [Theory]
    [InlineData("Two wounded guards were sent to hospital in Korday on Monday.")]
    [InlineData("On Monday a team of Kyrgyz doctors was sent to the Karasu crossing.")]
    [InlineData("The detained smugglers were brought to the Karasu post on Monday.")]
    [InlineData("Kazakh letters of protest were sent to the Kyrgyz embassy on Monday.")]
    public void Casualties_captives_civilians_or_letters_sent_are_no_deployment(string sentence)
    {
        var text = KazakhKyrgyz + sentence;
        var found = Detect.All(text, Published);
        Detect.Quoting(text, found, sentence[..20]).ShouldNotContain(i => i.Type == IncidentType.Deployment, Detect.Describe(text, found));
    }

    // A request to the public in the present passive, told with its speaker after it: that speaker's statement.
    [Theory]
    [InlineData("Residents are urged to keep away from the canal, the Uzbek border troops said.")]
    [InlineData("Herders are asked not to take their flocks beyond the markers, the Kyrgyz border service said on Friday.")]
    [InlineData("Fishermen are advised to stay off the river after dark, the Uzbek border troops said.")]
    public void A_request_to_the_public_with_its_speaker_after_it_is_a_statement(string sentence)
    {
        var text = KyrgyzUzbek + sentence;
        var found = Detect.All(text, Published);
        Detect.Quoting(text, found, sentence[..20]).ShouldContain(i => i.Type == IncidentType.Statement && i.BorderCode == "KGZ-UZB", Detect.Describe(text, found));
    }

    // Negative: the same request with no speaker is a standing notice (precision30), no record.
    [Theory]
    [InlineData("Drivers are asked to carry chains on the pass road.")]
    [InlineData("Residents are urged to keep away from the canal.")]
    public void A_request_to_the_public_with_no_speaker_stays_a_notice(string sentence)
    {
        var text = KyrgyzUzbek + sentence;
        var found = Detect.All(text, Published);
        Detect.Quoting(text, found, sentence[..20]).ShouldBeEmpty(Detect.Describe(text, found));
    }

    // A casualty state told in the present with the act under "after" or "following": the act's result, an armed clash
    // (GenericClauses: not a standing state, though it gives no day).
    [Theory]
    [InlineData("Two Uzbek guards are dead after a clash with Kyrgyz soldiers near the village of Kerben.", "KGZ-UZB")]
    [InlineData("Two Kazakh guards are dead after an exchange of fire with Kyrgyz herders at the Karasu post.", "KAZ-KGZ")]
    public void People_dead_after_a_clash_are_an_armed_clash(string sentence, string border)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldContain(i => i.Type == IncidentType.ArmedClash && i.BorderCode == border, Detect.Describe(sentence, found));
    }

    // Negatives: a place's standing state after clashes is no clash (its adjective is no casualty state).
    [Theory]
    [InlineData("The Dostuk crossing between Kyrgyzstan and Uzbekistan is quiet after a week of clashes.")]
    [InlineData("The road from Kerben to the Uzbek border is calm following the clashes of the spring.")]
    public void A_standing_state_after_clashes_is_no_clash(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldNotContain(i => i.Type == IncidentType.ArmedClash, Detect.Describe(sentence, found));
    }
}
