using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Cleaning;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Recall on broadcast scripts and transcripts (recall27): a script's cues, stings and slugs are no prose, so they
/// neither count as sentences when the article's relevance is weighed nor give incidents; a border's own force or
/// installation ("border units", "the border department") names a security participant. The presenter's lines between the cues
/// read as the prose they carry. Scripts of their own, in no corpus.
/// </summary>
public class Recall27Tests
{
    [Theory]
    [InlineData("[NEWS STING - 0'04\"]")]
    [InlineData("[CUE: SFX - WIND OVER THE STEPPE - UNDER]")]
    [InlineData("(SOUND: lorries idling at the gate)")]
    [InlineData("[MUSIC]")]
    [InlineData("(APPLAUSE)")]
    [InlineData("[CLIP: MARAT / OSH - 0'41\" - IN: \"We left at dawn...\" - OUT: \"...and that was that.\"]")]
    public void A_bracketed_line_led_by_a_label_in_capitals_is_a_cue(string line) => ScriptCues.IsCue(line).ShouldBeTrue();

    [Theory]
    [InlineData("[Photo: guards at the post near the old mill]")]
    [InlineData("(Update: the two herders were freed on Friday.)")]
    [InlineData("Guards stopped a lorry [at the gate] on Monday.")]
    [InlineData("(Reuters) Guards stopped a lorry on Monday.")]
    public void A_bracketed_aside_or_a_sentence_is_no_cue(string line) => ScriptCues.IsCue(line).ShouldBeFalse();

    [Theory]
    [InlineData("ENDS")]
    [InlineData("-- END OF RUNNING ORDER --")]
    [InlineData("MORNING DESK - 06:30 - FRIDAY 14.08.2026")]
    public void A_line_without_a_word_in_lower_case_is_no_prose(string line) => ScriptCues.IsProse(line).ShouldBeFalse();

    // (Each sentence names no other security participant: no word of securityActors, no gazetteer entry, no state. Its
    // border force is the one participant, so without borderForces it would name none; the same sentence with the force
    // renamed to a civilian body names none.)
    [Theory]
    [InlineData("Yesterday border units from the eastern command ran an exercise near the dam.", "school units")]
    [InlineData("The regional border department confirmed the figures on Friday.", "water department")]
    [InlineData("Villagers say the border patrol now passes twice a day.", "bread van")]
    [InlineData("The border agency opened a second lane for lorries.", "road agency")]
    [InlineData("Snow has cut off two border outposts in the upper valley.", "mountain hamlets")]
    public void A_border_force_named_by_the_border_word_is_a_security_participant(string sentence, string civilian)
    {
        Participant(sentence).ShouldBeTrue();
        var tokens = Folded(sentence);
        var force = Lexicon.Default.BorderForces.Matches(tokens).Single();
        Participant(sentence[..tokens[force.First].Start] + civilian + sentence[tokens[force.Last].End..]).ShouldBeFalse();
    }

    [Theory]
    [InlineData("Border outposts near the lake fired flares at dawn.")]
    [InlineData("Two border departments share one radio channel.")]
    [InlineData("Officers of the border agency detained two men at the gate.")]
    [InlineData("A border unit of the capital got new radios.")]
    [InlineData("Two border patrols now cover the gorge at night.")]
    public void Plural_and_singular_border_forces_name_a_participant(string sentence) => Participant(sentence).ShouldBeTrue();

    private static List<Token> Folded(string sentence) =>
        NameNormalizer.Tokenize(sentence).Select(t => t with { Original = t.Folded }).ToList();

    private static bool Participant(string text) =>
        new ArticleRelevance(Lexicon.Default, new BorderWatch.Ingestion.Language.TreebankSentenceParser(BorderWatch.Ingestion.Language.LanguageModels.LoadEmbedded()))
            .NamesParticipant(text, new BorderWatch.Ingestion.Pipeline.Sentence(0, 0, 0, text.Length, text), NameNormalizer.Tokenize(text),
                BorderWatch.Ingestion.Recognition.EntityRecognizer.Default.Recognize(text, new BorderWatch.Ingestion.Recognition.DocumentContext()));

    [Theory]
    [InlineData("The two border posts open at eight and close at six in winter.")]
    [InlineData("Both frontier posts keep their summer hours until October.")]
    public void A_border_post_with_its_opening_hours_is_no_force(string sentence)
    {
        var folded = NameNormalizer.Tokenize(sentence).Select(t => t with { Original = t.Folded }).ToList();
        Lexicon.Default.BorderForces.Matches(folded).Count.ShouldBe(0);
    }

    // A bulletin whose one classic security word ("guards") is in one story; its other stories name "border units" and
    // "the border post" (no force: a crossing point as often). Long enough (ten prose lines and more) that relevance asks for two participant sentences.
    private const string Stories =
        "Overnight, guards in Sozak district caught three men who had walked over from Kyrgyzstan with two sacks of tobacco, the district press office said this morning.\n\n" +
        "{CUE}\n\n" +
        "{P}On Tuesday, border units in Talas region held a drill at the Kyrgyz border, rehearsing how to stop a convoy of stolen cars.\n\n" +
        "{P}The mayor of Sozak has asked beekeepers to tell the border post before they move hives to the summer meadows.\n\n" +
        "{P}In sport, the city's volleyball team beat Taraz three sets to one. The return match is in March.\n\n" +
        "{P}The weather. Sunny and mild in the city, plus fourteen by noon. Light wind from the west.\n\n" +
        "{P}Traffic is slow on the ring road near the bus station. Drivers should allow extra time.\n\n" +
        "{P}That was the news at eight.\n\n";

    private static string Script(string slug, string presenter, string cue, string sting, string end) =>
        $"{slug}\n\n{sting}\n\n{presenter}Good morning, you are listening to the eight o'clock news.\n\n{presenter}" +
        Stories.Replace("{CUE}", cue).Replace("{P}", presenter) + $"{sting}\n\n{end}";

    public static TheoryData<string> Layouts => new()
    {
        // A newsroom script: a name label on every line, bracketed cues, a sting, a sign-off slug.
        Script("STEPPE WAVE 99.1 - NEWSROOM SCRIPT - 08:00 BULLETIN - FRIDAY 14.08.2026", "DANIYAR: ", "[CUE: SFX - MARKET NOISE - UNDER]", "[STING - 0'04\"]", "-- END OF BULLETIN --"),
        // A presenter label, a sound cue in parentheses with words in lower case, timings, ENDS.
        Script("08:00 NEWS - PRESENTER COPY - 14/08/2026 - DUR 3'50\"", "PRESENTER: ", "(SOUND: engines at the gate, 0'06\")", "(MUSIC: NEWS THEME - 0'05\")", "ENDS"),
        // A transcript with no labels on the lines at all, only stage directions between them.
        Script("MORNING DESK TRANSCRIPT - 14 AUGUST 2026", "", "[VIDEO: GUARDS AT THE GATE]", "[THEME MUSIC]", "[END OF TRANSCRIPT]"),
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_broadcast_script_reads_as_the_prose_it_carries(string script)
    {
        var found = Detect.All(script, "2026-08-14");
        Detect.Quoting(script, found, "caught three men").ShouldNotBeEmpty(Detect.Describe(script, found));
        Detect.Quoting(script, found, "held a drill").Select(i => i.Type).ShouldContain(IncidentType.Exercise, Detect.Describe(script, found));
    }

    [Fact]
    public void A_cue_line_with_an_event_word_gives_no_incident()
    {
        var script = Script("STEPPE WAVE 99.1 - 08:00 BULLETIN", "DANIYAR: ", "[CUE: SFX - GUNFIRE AND SHOUTS - UNDER]", "[STING]", "ENDS");
        var found = Detect.All(script, "2026-08-14");
        Detect.Quoting(script, found, "GUNFIRE").ShouldBeEmpty(Detect.Describe(script, found));
    }

    [Fact]
    public void A_script_about_no_security_participant_still_gives_nothing()
    {
        var script = "CITY FM - 09:00 BULLETIN\n\n[STING]\n\nHOST: Good morning.\n\n" +
                     "HOST: The school's wrestling team travelled over the frontier by minibus on Saturday for a junior cup in Khujand. They brought back three medals.\n\n" +
                     "[CUE: APPLAUSE]\n\nHOST: The two unions agreed a plan for summer coaching camps. Registration opens in May.\n\n" +
                     "HOST: The weather. Sunny and mild. Light wind. Rain by the weekend.\n\n" +
                     "HOST: Traffic is slow near the bus station. Allow extra time. That was the news.\n\n[STING]\n\nENDS";
        Detect.All(script, "2026-08-14").ShouldBeEmpty();
    }
}
