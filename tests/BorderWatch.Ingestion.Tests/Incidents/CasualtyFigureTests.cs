using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// <see cref="CasualtyFigures"/>: a count and a casualty predicate in one clause, with the side where the text says it.
/// Every sentence here was written for this test and is in no corpus. Expectations are in the report's notation
/// (<see cref="CasualtyReport"/>).
/// </summary>
public class CasualtyFigureTests
{
    private static readonly CasualtyFigures Figures = new(CasualtyLexicon.Default);

    [Theory]
    [InlineData("Two soldiers were killed when the patrol came under fire near the river.", "killed 2 soldiers")]
    [InlineData("The mortar round hit the outpost, killing three and wounding five.", "killed 3; wounded 5")]
    [InlineData("The ambush left five wounded, the district governor said.", "wounded 5")]
    [InlineData("One guard died in hospital on Friday.", "killed 1 guard")]
    [InlineData("Border troops detained at least four smugglers crossing at night.", "detained at least 4 smugglers")]
    [InlineData("Two gunmen killed three guards before fleeing across the border.", "killed 3 guards")]
    [InlineData("Twenty-one herders were arrested by the frontier service.", "detained 21 herders")]
    [InlineData("Eleven people were injured and 2 were killed in the shelling of the village.", "killed 2; wounded 11 people")]
    [InlineData("No one was hurt in the exchange of fire, officials said.", "wounded 0")]
    [InlineData("Nobody was killed, but one of the drivers was captured.", "killed 0; detained 1 drivers")]
    [InlineData("One of the guards died later.", "killed 1 guards")]
    public void A_count_and_a_casualty_predicate_in_one_clause_are_a_figure(string sentence, string expected) =>
        Figures.Read(sentence).ToString().ShouldBe(expected);

    [Theory]
    [InlineData("Two soldiers and a civilian were killed when the shell hit the market.", "killed 2 soldiers, 1 civilian")]
    [InlineData("The raid ended with the patrol capturing two couriers and a driver.", "detained 2 couriers, 1 driver")]
    [InlineData("Gunmen shot at two trucks and a herder was wounded.", "wounded 1 herder")]
    public void Counts_joined_by_and_are_one_figure_per_side(string sentence, string expected) =>
        Figures.Read(sentence).ToString().ShouldBe(expected);

    [Theory]
    [InlineData("At least seven militiamen were killed in the counter-attack.", "killed at least 7 militiamen")]
    [InlineData("More than 30 villagers were detained after the protest.", "detained at least 31 villagers")]
    [InlineData("Three to five guards were wounded by the blast.", "wounded 3-5 guards")]
    [InlineData("Between 4 and 6 fishermen were arrested on the lake.", "detained 4-6 fishermen")]
    [InlineData("Local medics said 8-10 shepherds were injured.", "wounded 8-10 shepherds")]
    [InlineData("Up to twelve conscripts were captured by the rebels.", "detained up to 12 conscripts")]
    [InlineData("Two or three farmers died of their wounds.", "killed 2-3 farmers")]
    public void Bounds_and_ranges_are_kept_as_the_text_gives_them(string sentence, string expected) =>
        Figures.Read(sentence).ToString().ShouldBe(expected);

    [Theory]
    [InlineData("Several border guards were wounded in the shelling.", "wounded several border guards")]
    [InlineData("Dozens of traders were detained at the crossing.", "detained dozens traders")]
    [InlineData("A few soldiers were hurt when the truck overturned.", "wounded few soldiers")]
    [InlineData("An unknown number of fighters were killed.", "killed unknown fighters")]
    public void Vague_words_stay_vague_and_add_up_to_no_number(string sentence, string expected)
    {
        var read = Figures.Read(sentence);
        read.ToString().ShouldBe(expected);
        read.Figures.ShouldAllBe(f => f.Count.Low == null && f.Count.High == null && f.Count.Vague != null);
        Enum.GetValues<CasualtyKind>().ShouldAllBe(k => read.Least(k) == null);
    }

    [Theory]
    [InlineData("The patrol was attacked 3 km from the checkpoint, and a soldier was killed.", "killed 1 soldier")]
    [InlineData("A guard was wounded two days after the talks ended.", "wounded 1 guard")]
    [InlineData("Two gunmen killed the guard at the gate.", "none")]
    [InlineData("Three delegations met in Osh to discuss the killed and wounded of past clashes.", "none")]
    [InlineData("Four rounds were fired at the post; the guards were unhurt and later arrested nobody.", "none")]
    [InlineData("The clash in 2019 was remembered; none of the speakers mentioned the wounded.", "none")]
    public void Distances_durations_years_doers_and_numbers_in_another_clause_are_not_counts(string sentence, string expected) =>
        Figures.Read(sentence).ToString().ShouldBe(expected);

    [Fact]
    public void A_figure_repeated_in_a_later_sentence_counts_once_with_its_largest_mention()
    {
        Figures.Read("Guards exchanged fire with smugglers near the border crossing.").ShouldBe(CasualtyReport.None);
        Figures.Read("Two guards were wounded. Later the ministry said three guards were wounded in total.").ToString()
            .ShouldBe("wounded 3 guards");
        Figures.Read("Two soldiers were killed at the post. The two soldiers killed were buried on Sunday.").Least(CasualtyKind.Killed)
            .ShouldBe(2);
    }

    [Fact]
    public void A_total_without_a_side_and_its_parts_are_not_added()
    {
        // The parts add up to the total: the parts say more.
        Figures.Read("Three people were killed. Two soldiers and a teacher were killed in the blast.").ToString()
            .ShouldBe("killed 2 soldiers, 1 teacher");
        // The total is larger than the parts named: the total stands alone.
        Figures.Read("Six people were wounded. Two policemen were wounded.").ToString().ShouldBe("wounded 6 people");
    }

    // tidy37: one sentence for each list of Lexicon/casualties.json the cases above do not already need (an empty or missing
    // list changes the reading).
    [Theory]
    // passiveAuxiliaries: "were" makes "detained" passive, so the count before it is its victims, not a count after it.
    [InlineData("Four herders were detained two kilometres from the fence.", "detained 4 herders")]
    // noObjectWords: "in" after a bare "injured" shows it has no object.
    [InlineData("The blast left four injured in the bazaar.", "wounded 4")]
    // approximateWords: "about" before a number after an active verb, and before a count joined by "and".
    [InlineData("The rocket struck the depot, killing about ten.", "killed 10")]
    [InlineData("Two rangers and roughly five porters were killed in the crossfire.", "killed 2 rangers, 5 porters")]
    public void Each_list_of_the_casualty_words_is_read(string sentence, string expected) =>
        Figures.Read(sentence).ToString().ShouldBe(expected);

    [Fact]
    public void A_figure_is_read_with_the_words_it_is_given()
    {
        // The same sentence with fewer predicates: the words come from the lexicon, not from the code.
        var words = CasualtyLexicon.Default;
        var noDetention = words with { Predicates = words.Predicates.Where(p => p.Value != CasualtyKind.Detained).ToDictionary() };
        const string sentence = "Guards apprehended three couriers. Two soldiers were wounded.";
        Figures.Read(sentence).ToString().ShouldBe("wounded 2 soldiers; detained 3 couriers");
        new CasualtyFigures(noDetention).Read(sentence).ToString().ShouldBe("wounded 2 soldiers");
    }
}
