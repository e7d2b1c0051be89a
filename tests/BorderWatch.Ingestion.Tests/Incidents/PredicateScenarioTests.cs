using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Frames that say what a word is not, and arguments that retype a predicate (predicates11): a simulated hostile act is
/// an exercise, "under fire" is an attack, an -ing form ending a place name is no crossing, a party's own forces taken out
/// of a place are withdrawn, a verb of moving oneself used with troops as its object deploys them. Sentences written for
/// these tests and found in no corpus.
/// </summary>
public class PredicateScenarioTests
{
    private static readonly Lazy<ISentenceParser> Parser = new(() => new TreebankSentenceParser(LanguageModels.LoadEmbedded()));
    private static readonly ClauseSyntax Syntax = new(Lexicon.Default, SyntaxLexicon.Default);

    private static IncidentType? FirstType(string text) =>
        Detect.All(text).OrderBy(i => i.ExcerptStart).Select(i => (IncidentType?)i.Type).FirstOrDefault();

    [Theory]
    [InlineData("Kazakh rangers chased a pretend band of raiders across the Zhetysu foothills on Monday.")]
    [InlineData("Uzbek gunners shelled dummy targets at the Sherobod range for two days.")]
    [InlineData("Kyrgyz sappers defused a fictitious raid on the Kara-Suu market in front of inspectors on Tuesday.")]
    [InlineData("Tajik paratroopers mounted a sham raid on a mountain outpost near Ishkoshim on Thursday.")]
    [InlineData("A simulated incursion by armed intruders was repelled by Turkmen guards at Serhetabat on Friday.")]
    public void A_simulated_hostile_act_is_an_exercise(string sentence) =>
        FirstType(sentence).ShouldBe(IncidentType.Exercise);

    [Fact]
    public void A_simulation_word_without_a_hostile_noun_marks_no_exercise()
    {
        var frames = Lexicon.Default.Frames;
        var toks = BorderWatch.Ingestion.Recognition.NameNormalizer.Tokenize("The opposition called the vote a sham election and the line an imaginary boundary.");
        frames.Scenarios(toks).ShouldBeEmpty();
        frames.Hostile("targets").ShouldBeTrue();
        frames.Hostile("assault").ShouldBeTrue();
        frames.Hostile("election").ShouldBeFalse();
    }

    [Fact]
    public void The_parse_reads_a_simulated_object_as_an_exercise()
    {
        var text = "Tajik paratroopers mounted a sham raid on a mountain outpost.";
        var parse = Parser.Value.Parse(text, 0, text.Length);
        Syntax.Read(parse, parse.Root!).Type.ShouldBe(IncidentType.Exercise);
    }

    [Theory]
    [InlineData("A Turkmen observation post near Gaudan came under machine-gun fire from the Iranian side overnight.")]
    [InlineData("Two Kyrgyz patrol cars came under rocket fire near Kok-Tash late on Saturday.")]
    public void Coming_under_fire_is_a_clash(string sentence) =>
        FirstType(sentence).ShouldBe(IncidentType.ArmedClash);

    [Fact]
    public void Under_a_thing_that_is_no_projectile_is_no_clash()
    {
        var toks = BorderWatch.Ingestion.Recognition.NameNormalizer.Tokenize("The convoy passed under a railway bridge near Chkalovsk.");
        Lexicon.Default.Frames.UnderFire(toks).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("The Kyrgyz and Kazakh prime ministers discussed lorry queues by telephone on Monday, focusing on the Karasuu crossing.", IncidentType.DiplomaticMeeting)]
    [InlineData("Uzbek and Tajik customs chiefs met on Wednesday to cut waiting times at the Oybek crossing.", IncidentType.DiplomaticMeeting)]
    public void An_ing_form_ending_a_place_name_types_no_crossing(string sentence, IncidentType expected) =>
        FirstType(sentence).ShouldBe(expected);

    [Fact]
    public void An_ing_form_with_a_path_after_a_name_stays_a_verb()
    {
        var frames = Lexicon.Default.Frames;
        var place = BorderWatch.Ingestion.Recognition.NameNormalizer.Tokenize("Lorries queued at the Oybek crossing.");
        frames.EndsPlaceName(place, 5, 0).ShouldBeTrue();
        var verb = BorderWatch.Ingestion.Recognition.NameNormalizer.Tokenize("He saw Afghans crossing into Uzbekistan.");
        frames.EndsPlaceName(verb, 3, 0).ShouldBeFalse();
        // A path through the crossing point crosses the border.
        var path = BorderWatch.Ingestion.Recognition.NameNormalizer.Tokenize("Guards sent the herders home through the Kara-Suu crossing.");
        frames.EndsPlaceName(path, path.FindIndex(t => t.Folded == "crossing"), 0).ShouldBeFalse();
    }

    [Fact]
    public void Own_forces_taken_out_of_a_place_are_withdrawn_not_ousted()
    {
        FirstType("Uzbekistan pulled its motorised reserve out of the Sokh valley on Tuesday.").ShouldBe(IncidentType.Deployment);
        FirstType("Government troops drove the militants out of the district centre of Ishkashim on Tuesday.").ShouldBe(IncidentType.TerritorialControl);
    }

    [Theory]
    [InlineData("Kazakhstan marched two infantry battalions to the Kyrgyz border on Wednesday.")]
    [InlineData("Turkmenistan rushed two paratroop battalions towards its Afghan frontier overnight.")]
    public void A_verb_of_moving_oneself_with_troops_as_its_object_deploys_them(string sentence) =>
        FirstType(sentence).ShouldBe(IncidentType.Deployment);

    [Theory]
    [InlineData("Resistance fighters take the village of Dashti-Rivat on the Afghan bank.")]
    [InlineData("Resistance fighters took the village of Dashti-Rivat on the Afghan bank.")]
    public void Taking_a_place_by_force_is_territorial_control_in_any_tense(string sentence) =>
        FirstType(sentence).ShouldBe(IncidentType.TerritorialControl);

    [Fact]
    public void Taking_a_thing_is_no_territorial_control()
    {
        foreach (var text in new[] { "Kyrgyz guards took two hunting rifles from the herders.", "The new customs rules took effect near Kara-Balta on Monday." })
        {
            var parse = Parser.Value.Parse(text, 0, text.Length);
            Syntax.Read(parse, parse.Root!).Type.ShouldNotBe(IncidentType.TerritorialControl);
        }
    }

    [Theory]
    [InlineData("Taliban units dig in on a sandbar in the Panj opposite Shidz.")]
    [InlineData("Taliban units dug in on a sandbar in the Panj opposite Shidz.")]
    public void A_phrasal_verb_whose_particle_the_parser_hangs_on_the_noun_keeps_its_class(string sentence) =>
        FirstType(sentence).ShouldBe(IncidentType.TerritorialControl);

    [Theory]
    [InlineData("Turkmen guards kill two armed smugglers on the Murghab.")]
    [InlineData("Kazakh rangers shot dead a gunman near the Uzbek border on Sunday.")]
    public void An_agent_who_kills_someone_attacked_them(string sentence) =>
        FirstType(sentence).ShouldBe(IncidentType.ArmedClash);

    [Fact]
    public void Being_killed_tells_what_happened_in_a_fight_told_elsewhere()
    {
        var text = "Two Kyrgyz guards were killed.";
        var parse = Parser.Value.Parse(text, 0, text.Length);
        Syntax.Read(parse, parse.Root!).Role.ShouldBe(PredicateRole.Aftermath);
    }
}
