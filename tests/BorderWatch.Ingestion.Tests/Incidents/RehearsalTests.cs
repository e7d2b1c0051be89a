using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// para46 (issue 8): an act graded, timed or tested is staged, an exercise (<see cref="StagedFights"/>, words in
/// Lexicon/fight-frames.json <c>evaluationVerbs</c>, <c>performanceWords</c>, <c>timeMarks</c>, <c>trialNouns</c>,
/// <c>trialModifiers</c>). A real attack told beside a timing or a test stays the clash. Sentences written for these
/// tests, in no corpus and no paraphrase set; the rules alone (no type model); each positive also runs with the rehearsal
/// lists emptied, to show the type comes from them.
/// </summary>
public class RehearsalTests
{
    private static readonly Lazy<ISentenceParser> Parser = new(() => new TreebankSentenceParser(LanguageModels.LoadEmbedded()));
    private static readonly Lazy<IncidentDetector> Rules = new(() => Detector(FightFrameLexicon.LoadEmbedded()));
    private static readonly Lazy<IncidentDetector> NoRehearsals = new(() =>
        Detector(FightFrameLexicon.LoadEmbedded() with { Rehearsals = FightFrameLexicon.Rehearsal.Empty }));

    private static IncidentDetector Detector(FightFrameLexicon frames) =>
        RulesOnly.Detector(Parser.Value, all => all with { FightFrames = frames });

    private static List<IncidentType> Types(IncidentDetector detector, string sentence) => RulesOnly.Types(detector, sentence);

    [Theory]
    // A closure done so that inspectors can time it (a clause of purpose).
    [InlineData("Kyrgyz and Kazakh border units closed the Korday road for an hour on Tuesday so that inspectors could time how quickly the gates were shut.")]
    // Crews marked on how quickly they seal a crossing (the main line).
    [InlineData("Turkmen inspectors marked the Serhetabat border companies on how quickly they sealed the crossing on Saturday.")]
    // A live test of equipment as the subject.
    [InlineData("The live test of a new Uzbek air-defence battery near Termez on Friday brought down three drones over the river.")]
    public void An_act_graded_timed_or_tested_is_an_exercise(string sentence)
    {
        Types(Rules.Value, sentence).FirstOrDefault().ShouldBe(IncidentType.Exercise);
        Types(NoRehearsals.Value, sentence).FirstOrDefault().ShouldNotBe(IncidentType.Exercise);
    }

    [Theory]
    // A timing in a clause of time: the attack told in the main clause is real.
    [InlineData("While officers timed how fast the crews loaded the boats, smugglers fired on the Kazakh post at Korday on Tuesday.")]
    // A real attack during a drill whose timing a relative clause tells.
    [InlineData("Gunmen fired on Kyrgyz guards near Batken on Monday during a drill in which officers were timing how fast the guards reached their posts.")]
    // A test in an oblique: the attack is the news.
    [InlineData("Gunmen attacked a Tajik border post near Ishkashim during Wednesday's live test of the new radar.")]
    public void A_real_attack_beside_a_timing_or_a_test_stays_a_clash(string sentence)
    {
        // (The drill itself may be an exercise of its own; the timing or test adds none and takes the clash away from nothing.)
        var types = Types(Rules.Value, sentence);
        types.ShouldContain(IncidentType.ArmedClash);
        types.ShouldBe(Types(NoRehearsals.Value, sentence));
    }
}
