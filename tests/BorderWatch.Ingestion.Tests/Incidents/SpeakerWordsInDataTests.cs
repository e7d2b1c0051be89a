using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using GazetteerIndex = BorderWatch.Ingestion.Gazetteer.Gazetteer;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// tidy37: the words of <see cref="SpeakerFinder"/> and <see cref="SpeakerParties"/> live in Lexicon/speakers.json
/// (<see cref="SpeakerLexicon"/>), given to the detector with its other lexicons. Each list is read: the speaker found with
/// the embedded words, and another reading with that list emptied. Sentences of our own, in no corpus.
/// </summary>
public class SpeakerWordsInDataTests
{
    private static readonly SpeakerLexicon Words = SpeakerLexicon.Default;
    private static readonly HashSet<string> None = [];
    private static readonly Lazy<ISentenceParser> Parser = new(() => new TreebankSentenceParser(LanguageModels.LoadEmbedded()));

    // The rules alone (no type model), with the speaker words given.
    private static IReadOnlyList<ExtractedIncident> Detect(string text, SpeakerLexicon words) =>
        new IncidentDetector(EntityRecognizer.Default, Lexicon.Default, Parser.Value, SyntaxLexicon.Default, null,
                DetectorLexicons.LoadEmbedded() with { Speakers = words })
            .Detect(AnalysisInput.FromText(text, PartialDate.OfDay(2026, 11, 20)));

    private static SpeakerLexicon Without(string list) => list switch
    {
        "personalPronouns" => Words with { PersonalPronouns = None },
        "beforeSpeechVerb" => Words with { BeforeSpeechVerb = None },
        "afterSpeaker" => Words with { AfterSpeaker = None },
        "sourcePronouns" => Words with { SourcePronouns = None },
        _ => throw new ArgumentException(list),
    };

    [Theory]
    [InlineData("beforeSpeechVerb", "Local elders later said two guards were wounded in the shelling near the Vorukh post.", "Local elders")]
    [InlineData("afterSpeaker", "Two guards were wounded in the shelling near the Vorukh post, said Colonel Bakyt Asanov on Monday.", "Colonel Bakyt Asanov")]
    [InlineData("personalPronouns", "The Kyrgyz colonel spoke to reporters. He said two guards were wounded in the shelling near the Vorukh post.", null)]
    public void Each_list_of_the_speaker_words_is_read(string list, string text, string? speaker)
    {
        string? Speaker(SpeakerLexicon words) => Detect(text, words).First(i => text[i.ExcerptStart..i.ExcerptEnd].Contains("wounded")).Attribution;
        Speaker(Words).ShouldBe(speaker);
        Speaker(Without(list)).ShouldNotBe(speaker, $"with {list} emptied");
    }

    [Fact]
    public void A_pronoun_source_that_goes_on_with_the_report_is_read_from_the_lexicon()
    {
        // With no state of its own, the second sentence is told on from the first only because of "it said".
        const string text = "The Tajik border service said guards detained three smugglers near Ishkashim on Sunday. " +
                            "Two more couriers were detained at a ford, it said on Monday.";
        bool ToldOn(SpeakerLexicon words) => Detect(text, words).Any(i => text[i.ExcerptStart..i.ExcerptEnd].StartsWith("Two more"));
        ToldOn(Words).ShouldBeTrue();
        ToldOn(Without("sourcePronouns")).ShouldBeFalse();
    }

    [Fact]
    public void A_capitalised_word_that_is_no_name_is_no_given_name()
    {
        // nameStops: "However Karimov" earlier in the text is no full name for a later "Karimov".
        const string text = "However Karimov spoke first at the meeting. Karimov said the post was calm.";
        var surname = NameNormalizer.Tokenize(text).Last(t => t.Original == "Karimov");
        new SpeakerFinder(Lexicon.Default, Words).FullNameBefore(text, surname).ShouldBeNull();
        new SpeakerFinder(Lexicon.Default, Words with { NameStops = None }).FullNameBefore(text, surname)?.Name.ShouldBe("However Karimov");
        new SpeakerFinder(Lexicon.Default, Words with { NameStops = None }).FullNameBefore(text, surname).ShouldNotBeNull();
    }

    [Fact]
    public void A_phrase_ending_in_a_linker_is_no_speaker()
    {
        // phraseLinkers: "the head of" is cut before its noun.
        const string text = "the head of";
        var toks = NameNormalizer.Tokenize(text);
        new SpeakerFinder(Lexicon.Default, Words).PhraseSpeaker(text, toks, [], 0, toks.Count - 1).ShouldBeNull();
        new SpeakerFinder(Lexicon.Default, Words with { PhraseLinkers = None }).PhraseSpeaker(text, toks, [], 0, toks.Count - 1).ShouldNotBeNull();
    }

    [Theory]
    [InlineData("Our guards detained two couriers at the bridge.", true)]
    [InlineData("I saw the patrol cross at dawn.", true)]
    [InlineData("Their guards detained two couriers at the bridge.", false)]
    public void First_person_words_are_read_from_the_lexicon(string text, bool firstPerson)
    {
        SpeakerParties.InFirstPerson(Words, text).ShouldBe(firstPerson);
        // "I" is read as a capital, not from the list.
        SpeakerParties.InFirstPerson(Words with { FirstPersonWords = None }, text).ShouldBe(text.StartsWith("I "));
    }

    [Fact]
    public void A_title_break_between_a_state_and_the_speaker_s_title_leaves_the_state_to_something_else()
    {
        // (Two states in the introduction: the page head gives none either.)
        const string text = "A talk with the Kyrgyz consul, the Tajik envoy and colonel Nazarov last week.\n\n" +
                            "QUESTION: What happened on the river?\n\n" +
                            "NAZAROV: Our patrol detained two smugglers at the bridge on Monday.";
        string[] State(SpeakerLexicon words)
        {
            var input = AnalysisInput.FromText(text);
            var si = Enumerable.Range(0, input.Sentences.Count).First(i => input.Sentences[i].Text.Contains("Our patrol"));
            return SpeakerParties.SpeakerState(Lexicon.Default, words, input, si, EntityRecognizer.Default.Recognize(text, new DocumentContext()),
                NameNormalizer.Tokenize(text), GazetteerIndex.Default.Find, DateRules.Default.Finder).Select(m => m.Entry.Key).ToArray();
        }
        State(Words).ShouldBeEmpty();
        State(Words with { TitleBreaks = None }).ShouldBe(["TJK"]);
    }
}
