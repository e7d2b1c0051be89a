using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Issue 8's error kinds (a) and (c)/(d), on sentences written for these tests (in no corpus): an incident needs an
/// agent that can act (<c>Incidents/Animacy</c>), and a blanket denial ("denied that any ...") answers the claims
/// told before it instead of becoming a fragment and a claim of its own.
/// </summary>
public class AgentAndDenialRuleTests
{
    // ---- (a) animals are not agents ----

    [Theory]
    [InlineData("Wolves attacked a herd of sheep near the Kyrgyz-Tajik border on Sunday night.")]
    [InlineData("Thousands of grasshoppers invaded the cotton fields of Khatlon Province last week and destroyed the crop.")]
    [InlineData("Stray camels wandered across the Turkmen-Iranian border and crossed the Tejen river near Sarakhs.")]
    public void An_animal_subject_makes_no_incident(string text) =>
        Detect.All(text, "2024-05-06").ShouldBeEmpty(Detect.Describe(text, Detect.All(text, "2024-05-06")));

    [Theory]
    [InlineData("Smugglers with a herd of horses crossed the Syr Darya into Kazakhstan on Tuesday morning.", "cross-border-movement")]
    [InlineData("Kyrgyz herders crossed into Tajik pastures near Vorukh with their sheep on Monday.", "cross-border-movement")]
    [InlineData("Taliban fighters attacked a Tajik border post near Ishkashim on Sunday night.", "armed-clash")]
    public void A_human_subject_with_animals_nearby_still_acts(string text, string type) =>
        Detect.One(text, "2024-05-06").Type.ToCode().ShouldBe(type);

    [Fact]
    public void A_word_whose_irregular_plural_is_listed_for_another_lemma_is_read_safely() =>
        // "leaves": WordNet lists it as a form of "leaf"; reading it must not fail when "leaf" is in no class.
        Should.NotThrow(() => Detect.All("The convoy leaves Termez at dawn and the guards stay behind.", "2024-05-06"));

    // ---- (c)/(d) a blanket denial answers the claim before it ----

    [Fact]
    public void A_denial_that_any_act_happened_denies_the_claim_before_and_is_one_statement()
    {
        const string text = "Uzbek border guards said on Monday that an Afghan patrol boat had fired on their post near Termez. " +
                            "The Taliban's border command denied that any of its boats had fired across the river and said its crews had stayed at their moorings.";
        var found = Detect.All(text, "2024-05-06");
        found.Count.ShouldBe(2, Detect.Describe(text, found));
        var claim = Detect.Quoting(text, "patrol boat had fired", "2024-05-06");
        claim.Type.ShouldBe(IncidentType.ArmedClash);
        claim.Status.ShouldBe(IncidentStatus.Denied);
        var denial = Detect.Quoting(text, "denied that any", "2024-05-06");
        denial.Type.ShouldBe(IncidentType.Statement);
        denial.Status.ShouldBe(IncidentStatus.Denied);
        // The rejection is one record with the speaker's own account, not a fragment "... denied" beside a claim.
        text[denial.ExcerptStart..denial.ExcerptEnd].ShouldContain("stayed at their moorings");
    }

    [Fact]
    public void A_denial_of_anyone_crossing_is_no_crossing_of_its_own()
    {
        const string text = "Kazakh officials insisted on Friday that nobody had been allowed through. " +
                            "The Kyrgyz border service denied that anyone had crossed the Chu river near Tokmok.";
        var found = Detect.All(text, "2024-05-06");
        found.ShouldNotContain(i => i.Type == IncidentType.CrossBorderMovement, Detect.Describe(text, found));
        Detect.Quoting(text, "denied that anyone", "2024-05-06").Type.ShouldBe(IncidentType.Statement);
    }

    [Fact]
    public void A_denial_that_anything_happened_is_one_statement()
    {
        const string text = "The Uzbek Defence Ministry denied that anything had been fired across the Amu Darya from its bank on Sunday.";
        var found = Detect.All(text, "2024-05-06");
        found.ShouldNotContain(i => i.Type == IncidentType.ArmedClash, Detect.Describe(text, found));
    }

    [Fact]
    public void A_denial_of_a_claim_it_names_still_gives_the_claim_its_own_record()
    {
        // Without a blanket word the claim is new: the denial and the denied act are two records.
        const string text = "The Turkmen Defence Ministry denied that Afghan militiamen had seized a border post near Kushka.";
        var claim = Detect.Quoting(text, "seized a border post", "2024-05-06");
        claim.Type.ShouldBe(IncidentType.TerritorialControl);
        claim.Status.ShouldBe(IncidentStatus.Denied);
    }
}
