using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Incidents;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>
/// store46: the embedded date rules read status.json's two planning lists alone instead of loading the whole general
/// lexicon; they must be the lists <see cref="Lexicon.Default"/> holds and date ahead exactly as rules built from it.
/// Sentences of their own, in no corpus.
/// </summary>
public class EmbeddedPlanningWordsTests
{
    [Fact]
    public void The_planning_lists_read_alone_are_the_general_lexicons_in_the_same_order()
    {
        var (verbs, openers) = Lexicon.EmbeddedPlanningWords();
        verbs.ShouldNotBeEmpty();
        openers.ShouldNotBeEmpty();
        verbs.ShouldBe(Lexicon.Default.PlanningVerbs);
        openers.ShouldBe(Lexicon.Default.PlanningOpeners);
    }

    [Theory]
    [InlineData("The two harbour boards plan to open a ferry link in spring.", true)]
    [InlineData("Both ministries hope to sign a fishing accord next week.", true)]
    [InlineData("Under the plan the ferry link opened in spring.", false)]
    [InlineData("Wardens met to plan the clean-up of the quay.", false)]
    [InlineData("The ferry sailed at dawn with forty passengers.", false)]
    public void The_embedded_rules_date_ahead_as_rules_built_from_the_general_lexicon(string sentence, bool ahead)
    {
        var fromLexicon = new DateRules(DateLexicon.Default, Lexicon.Default);
        fromLexicon.Dating.PlansAhead(sentence).ShouldBe(ahead);
        DateRules.Default.Dating.PlansAhead(sentence).ShouldBe(ahead);
    }
}
