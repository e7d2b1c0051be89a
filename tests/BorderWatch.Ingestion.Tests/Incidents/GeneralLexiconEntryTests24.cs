using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Lexicon entries that the twenty-fourth fresh batch left matching exactly one corpus sentence once it was unsealed
/// (the guard in <see cref="LexiconCoverageTests"/>): triggers.json's territorial-control "seized ... checkpoint*" and
/// status.json's deniedReference "those reports". Both are general phrases (a post taken by force; a denial pointing
/// back at what was reported), shown here on sentences of our own that are in no corpus. Checked by removing each entry:
/// the denial rows then fail; the checkpoint rows still pass (the class's "seize" verbs type them without the entry, so the
/// entry adds nothing on them: they guard the behaviour, not the entry).
/// </summary>
public class GeneralLexiconEntryTests24
{
    [Theory]
    [InlineData("Armed men seized a Tajik police checkpoint on the road to Ishkashim early on Saturday, local officials said.")]
    [InlineData("Taliban fighters seized two border checkpoints near Shirkhan Bandar on Wednesday after a short exchange of fire.")]
    public void A_checkpoint_seized_is_territorial_control(string text)
    {
        var found = Detect.All(text, "2026-10-14");
        found.ShouldContain(i => i.Type == IncidentType.TerritorialControl, Detect.Describe(text, found));
    }

    [Theory]
    [InlineData("Kyrgyz media said Tajik border guards had fired on herders near Kok-Tash on Sunday. The Tajik border service on Monday rejected those reports as invented.")]
    [InlineData("Afghan outlets reported that Uzbek soldiers crossed the Amu Darya near Termez on Friday. Tashkent dismissed those reports on Saturday.")]
    public void Those_reports_rejected_deny_the_act(string text)
    {
        var found = Detect.All(text, "2026-10-14");
        found.ShouldContain(i => i.Status == IncidentStatus.Denied && i.Type != IncidentType.Statement, Detect.Describe(text, found));
    }
}
