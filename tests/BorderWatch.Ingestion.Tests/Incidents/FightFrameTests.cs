using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// para45 (issue 8): a fight fought with props or under arbiters is an exercise (<see cref="StagedFights"/>); a patrol
/// struck by a weapon is the clash, not a patrol (<see cref="StruckPatrols"/>); words in Lexicon/fight-frames.json. A real
/// fight after a drill stays a clash, and a patrol that fires or carries rifles keeps its reading. Sentences written for
/// these tests, in no corpus and no paraphrase set; the rules alone (no type model); each positive also runs with the
/// fight-frames lists emptied, to show the type comes from them.
/// </summary>
public class FightFrameTests
{
    private static readonly Lazy<ISentenceParser> Parser = new(() => new TreebankSentenceParser(LanguageModels.LoadEmbedded()));
    private static readonly Lazy<IncidentDetector> Rules = new(() => Detector(FightFrameLexicon.LoadEmbedded()));
    private static readonly Lazy<IncidentDetector> NoFrames = new(() => Detector(FightFrameLexicon.Empty));

    private static IncidentDetector Detector(FightFrameLexicon frames) =>
        RulesOnly.Detector(Parser.Value, all => all with { FightFrames = frames });

    private static List<IncidentType> Types(IncidentDetector detector, string sentence) => RulesOnly.Types(detector, sentence);

    [Theory]
    // Blank rounds in the fight itself.
    [InlineData("Kyrgyz border guards fought off a raid on their post above Batken with blank rounds and smoke grenades on Wednesday.")]
    // Umpires who decide the losses.
    [InlineData("At the Kazakh-Kyrgyz border near Korday, the umpires ruled that the attackers had killed every guard at the gate by noon.")]
    public void A_fight_with_props_or_umpires_is_an_exercise(string sentence)
    {
        Types(Rules.Value, sentence).FirstOrDefault().ShouldBe(IncidentType.Exercise);
        Types(NoFrames.Value, sentence).FirstOrDefault().ShouldNotBe(IncidentType.Exercise);
    }

    [Theory]
    // A real clash after a drill, the umpires in a clause hung on it.
    [InlineData("After the umpires had driven home from Korday on Tuesday, smugglers opened fire on a Kazakh border post.")]
    // Blank rounds delivered are a transfer, not a staged fight.
    [InlineData("Kazakhstan delivered forty thousand blank rounds to the Kyrgyz border service in Batken on Monday.")]
    public void A_real_fight_or_a_delivery_of_props_is_no_exercise(string sentence) =>
        Types(Rules.Value, sentence).ShouldNotContain(IncidentType.Exercise);

    [Theory]
    // A weapon as the subject, a patrol (or a patrol's car) as what it strikes.
    [InlineData("A roadside bomb wrecked a Tajik patrol truck near the Kulma road on Monday.")]
    [InlineData("Bullets from the far bank of the Tejen hit a Turkmen foot patrol near Serhetabat on Saturday night.")]
    public void A_patrol_struck_by_a_weapon_is_a_clash(string sentence)
    {
        Types(Rules.Value, sentence).FirstOrDefault().ShouldBe(IncidentType.ArmedClash);
        Types(NoFrames.Value, sentence).FirstOrDefault().ShouldNotBe(IncidentType.ArmedClash);
    }

    [Theory]
    // A patrol that fires first is a clash through the attack verb.
    [InlineData("A Kyrgyz patrol fired on three armed smugglers near Batken on Sunday night.", IncidentType.ArmedClash)]
    // Rifles taken from a patrol car: no weapon strikes the patrol.
    [InlineData("Rifles stolen from a Kyrgyz patrol car in Batken were found in a ditch on Monday.", null)]
    // A patrol carrying rifles is a patrol.
    [InlineData("A Kazakh patrol with rifles and a dog walked the Zharkent canal bank all Tuesday night.", IncidentType.PatrolSurveillance)]
    public void A_patrol_that_fires_or_carries_weapons_keeps_its_reading(string sentence, IncidentType? type)
    {
        if (type is { } t) Types(Rules.Value, sentence).FirstOrDefault().ShouldBe(t);
        else Types(Rules.Value, sentence).ShouldNotContain(IncidentType.ArmedClash);
    }
}
