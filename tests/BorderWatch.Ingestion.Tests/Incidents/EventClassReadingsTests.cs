using BorderWatch.Ingestion.Incidents;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// EventClasses keeps what a word may stand for once it has been worked out (speed21): the answers asked a second time
/// are those of the first, in the same order with the same repeats, for members and for words no class holds.
/// </summary>
public class EventClassReadingsTests
{
    private const string Json = """
        {
          "verbs": { "attack": ["shell", "fight", "open fire"], "cross": ["wade"] },
          "nouns": { "attack": ["raid", "ambush"], "animal": ["raid", "snow goose"] },
          "verbForms": { "fought": "fight" },
          "nounForms": { "raids": "raid" }
        }
        """;

    private static EventClasses Small() => new(Json);

    [Fact]
    public void A_word_is_read_as_a_verb_form_the_same_way_every_time_it_is_asked()
    {
        var classes = Small();
        for (var ask = 0; ask < 2; ask++)
        {
            classes.IsVerbFormOf("fought", "fight").ShouldBeTrue();
            classes.IsVerbFormOf("shelling", "shell").ShouldBeTrue();
            classes.IsVerbFormOf("wading", "wade").ShouldBeTrue();
            classes.IsVerbFormOf("strolled", "stroll").ShouldBeTrue(); // no class holds "stroll": still its form
            classes.IsVerbFormOf("shelter", "shell").ShouldBeFalse();
            classes.VerbLemmas("fought").ShouldBe([("fight", true)]);
            classes.VerbLemmas("shelled").ShouldBe([("shell", true)]);
            classes.VerbLemmas("strolled").ShouldBeEmpty();
        }
    }

    [Fact]
    public void A_noun_keeps_its_lemmas_in_order_with_their_repeats_and_a_lemma_its_distinct_classes()
    {
        var classes = Small();
        for (var ask = 0; ask < 2; ask++)
        {
            // the irregular form and the plural rule both give "raid"
            classes.NounLemmas("raids").ShouldBe(["raid", "raid"]);
            classes.NounLemmas("ambushes").ShouldBe(["ambush"]);
            classes.NounLemmas("pebbles").ShouldBeEmpty();
            classes.NounClasses("raid").ShouldBe(["attack", "animal"]);
            classes.NounClasses("goose").ShouldBeEmpty(); // only "snow goose", a two-word member
            classes.NounClasses("goose", ["snow"]).ShouldBe(["animal"]);
        }
    }

    [Fact]
    public void Two_instances_answer_alike()
    {
        var (a, b) = (Small(), Small());
        a.NounLemmas("raids").ShouldBe(b.NounLemmas("raids"));
        a.IsVerbFormOf("shelled", "shell").ShouldBe(b.IsVerbFormOf("shelled", "shell"));
    }
}
