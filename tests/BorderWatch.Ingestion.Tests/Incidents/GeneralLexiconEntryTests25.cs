using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Lexicon entries that the twenty-fifth fresh batch left matching exactly one corpus sentence once it was unsealed
/// (the guard in <see cref="LexiconCoverageTests"/>): triggers.json's deployment "sent troops" and context.json's
/// standingForces "mobile team". Both are general phrases (troops dispatched somewhere; a small force that stands at a
/// place), shown here on sentences of our own that are in no corpus. Checked by removing each entry: the mobile-team rows
/// then fail; the troops-sent rows still pass (the dispatch verbs' class types them without the entry: they guard the
/// behaviour, not the entry).
/// </summary>
public class GeneralLexiconEntryTests25
{
    [Theory]
    [InlineData("Tashkent sent troops to the Surkhandarya stretch of the Afghan border on Thursday after armed men were seen near Termez.")]
    [InlineData("Dushanbe has sent troops to the Panj district, the Tajik defence ministry said on Monday, citing fighting across the river.")]
    public void Troops_sent_to_a_border_are_a_deployment(string text)
    {
        var found = Detect.All(text, "2026-10-14");
        found.ShouldContain(i => i.Type == IncidentType.Deployment, Detect.Describe(text, found));
    }

    private const string Bridge = "Uzbek and Afghan guards exchanged lists of detained fishermen at the Termez bridge on Sunday.\n\n" +
                                  "The river was low after a dry summer.\n\n";

    [Theory]
    [InlineData("Since the start of the month a mobile team has been stationed beside the customs yard.")]
    [InlineData("Since Friday a mobile team has been deployed at the river landing.")]
    public void A_mobile_team_told_as_a_state_takes_the_states_named_before(string sentence)
    {
        var text = Bridge + sentence;
        var found = Detect.All(text, "2026-09-20");
        var measure = Detect.Quoting(text, found, "mobile team").ToList();
        measure.ShouldContain(i => i.Type == IncidentType.Deployment && i.BorderCode == "AFG-UZB", Detect.Describe(text, found));
    }
}
