using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// prec25: one act is one record. A piece cut off at "and", "while" or a comma that has no predicate of its own (a
/// participle sharing the object, an apposition, a purpose), a coordinated passive telling what happened next to the same
/// people, and a speech act of the event's own actors are part of the clause before, not incidents of their own
/// (<see cref="ClauseFragments"/>). A security word used as a measure ("a small army of porters") makes no page a security
/// story (<see cref="ArticleRelevance"/>). Sentences written for these tests, in no corpus.
/// </summary>
public class OneActJoinTests
{
    [Fact]
    public void Two_participles_sharing_one_object_are_one_act()
    {
        const string text = "The Uzbek border service said on Friday that its officers had started weighing and inspecting each outgoing grain lorry at Oybek.";
        var found = Detect.One(text, "2026-05-04");
        found.Type.ShouldBe(IncidentType.PatrolSurveillance);
        text[found.ExcerptStart..found.ExcerptEnd].ShouldEndWith("at Oybek.");
    }

    [Fact]
    public void A_manner_participle_and_a_passive_sequel_stay_with_the_crossing()
    {
        const string text = "Three herders from Kara-Bulak crossed the Kazakh border near the pass on 9 May while looking for stray horses and were held by a Kazakh patrol.";
        var found = Detect.One(text, "2026-05-20");
        found.Type.ShouldBe(IncidentType.CrossBorderMovement);
        text[found.ExcerptStart..found.ExcerptEnd].ShouldEndWith("a Kazakh patrol.");
    }

    [Fact]
    public void A_passive_sequel_joins_the_clause_before_whatever_its_type()
    {
        const string text = "The commission discussed the events of 4 June, when three fishermen from Tajikistan crossed the river boundary and were detained by Uzbek guards.";
        var found = Detect.One(text, "2026-06-20");
        text[found.ExcerptStart..found.ExcerptEnd].ShouldEndWith("by Uzbek guards.");
    }

    [Fact]
    public void A_second_act_with_a_tense_and_subject_of_its_own_stays_apart()
    {
        const string text = "Kyrgyz guards closed the Dostuk crossing on Monday, and Uzbek troops shelled a Kyrgyz post the same night.";
        Detect.All(text, "2026-05-04").Count.ShouldBe(2, Detect.Describe(text, Detect.All(text, "2026-05-04")));
    }

    [Theory]
    [InlineData("a small army of porters carried the luggage", "army", true)]
    [InlineData("an army of volunteers came", "army", true)]
    [InlineData("the army of Tajikistan moved up", "army", false)]
    [InlineData("a battalion moved up", "battalion", false)]
    [InlineData("a battalion of reservists moved up", "battalion", false)]
    [InlineData("a platoon of conscripts dug in", "platoon", false)]
    public void A_security_word_counting_people_is_a_measure(string words, string word, bool measure)
    {
        var tokens = NameNormalizer.Tokenize(words);
        var at = tokens.FindIndex(t => t.Folded == word);
        new ArticleRelevance(Lexicon.Default, null!).Measure(tokens, new PhraseMatch(at, at, word)).ShouldBe(measure);
    }
}
