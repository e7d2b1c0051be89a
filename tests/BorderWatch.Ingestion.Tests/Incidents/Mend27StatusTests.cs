using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// mend27 (reviewer's item 0): status27's "called ... invented" was too wide: a claim and its rejection in one
/// sentence must not swallow the next sentence's own report. Sentences of our own, in no corpus.
/// </summary>
public class Mend27StatusTests
{
    [Fact]
    public void A_report_after_a_claim_rejected_in_one_sentence_stays_its_own_record()
    {
        var text = "A Kyrgyz border official said on Thursday that talks on the canal would go on. "
                 + "His remarks came a day after herders claimed that Tajik soldiers had seized two pastures above Ak-Sai on Sunday, a claim Dushanbe called invented. "
                 + "He said the service had sent 40 extra guards to the Ak-Sai post this month.";
        var found = Detect.All(text, "2026-11-27");
        Detect.Quoting(text, found, "40 extra guards").ShouldNotBeEmpty(Detect.Describe(text, found));
    }
}
