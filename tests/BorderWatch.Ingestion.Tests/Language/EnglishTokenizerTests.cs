using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Tests.Language;

/// <summary>UD EWT tokenisation on sentences written for these tests (in no corpus).</summary>
public class EnglishTokenizerTests
{
    private static string[] Forms(string text) => EnglishTokenizer.Tokenize(text, 0, text.Length).Select(s => text[s.Start..s.End]).ToArray();

    [Fact]
    public void Clitics_and_possessives_are_split_off()
    {
        Forms("The commander's driver didn't stop, and they're sure he won't.")
            .ShouldBe(["The", "commander", "'s", "driver", "did", "n't", "stop", ",", "and", "they", "'re", "sure", "he", "wo", "n't", "."]);
        Forms("Herders cannot graze near the guards' posts; we're gonna wait.")
            .ShouldBe(["Herders", "can", "not", "graze", "near", "the", "guards", "'", "posts", ";", "we", "'re", "gon", "na", "wait", "."]);
    }

    [Fact]
    public void Curly_apostrophes_split_like_straight_ones()
    {
        Forms("Dushanbe’s envoy couldn’t attend.").ShouldBe(["Dushanbe", "’s", "envoy", "could", "n’t", "attend", "."]);
    }

    [Fact]
    public void Abbreviations_and_initials_keep_their_dots_but_a_final_full_stop_is_split()
    {
        Forms("Gen. Karimov met U.S. and U.N. envoys at 9 a.m. in Osh.")
            .ShouldBe(["Gen.", "Karimov", "met", "U.S.", "and", "U.N.", "envoys", "at", "9", "a.m.", "in", "Osh", "."]);
        Forms("Lt. J. Rahimov wrote the report in 2019.").ShouldBe(["Lt.", "J.", "Rahimov", "wrote", "the", "report", "in", "2019", "."]);
    }

    [Fact]
    public void Numbers_times_dates_percentages_and_currency()
    {
        Forms("About 1,250.5 tonnes ($3.2 million, or 12% of exports) left at 10:45 on 11/03/2021.")
            .ShouldBe(["About", "1,250.5", "tonnes", "(", "$", "3.2", "million", ",", "or", "12", "%", "of", "exports", ")", "left", "at", "10:45", "on", "11/03/2021", "."]);
    }

    [Fact]
    public void Hyphenated_words_split_unless_the_first_part_is_a_prefix()
    {
        Forms("The Kyrgyz-Tajik talks on the re-opening of a non-state e-mail channel stalled.")
            .ShouldBe(["The", "Kyrgyz", "-", "Tajik", "talks", "on", "the", "re-opening", "of", "a", "non-state", "e-mail", "channel", "stalled", "."]);
    }

    [Fact]
    public void Dashes_quotes_ellipses_and_slashes_are_tokens()
    {
        Forms("\"We will respond\"—the minister said…and/or wait...")
            .ShouldBe(["\"", "We", "will", "respond", "\"", "—", "the", "minister", "said", "…", "and", "/", "or", "wait", "..."]);
        Forms("“Closed,” he said -- for now.").ShouldBe(["“", "Closed", ",", "”", "he", "said", "--", "for", "now", "."]);
    }

    [Fact]
    public void Urls_and_email_addresses_stay_whole()
    {
        Forms("Write to press@mfa.example.tj or see https://example.org/a-b?x=1.")
            .ShouldBe(["Write", "to", "press@mfa.example.tj", "or", "see", "https://example.org/a-b?x=1", "."]);
    }

    [Fact]
    public void Offsets_point_into_the_whole_text_for_a_span()
    {
        const string text = "First sentence. Guards didn't cross it.";
        var start = text.IndexOf("Guards", StringComparison.Ordinal);
        var spans = EnglishTokenizer.Tokenize(text, start, text.Length);
        spans.Select(s => text[s.Start..s.End]).ShouldBe(["Guards", "did", "n't", "cross", "it", "."]);
        spans[0].Start.ShouldBe(start);
        spans[^1].End.ShouldBe(text.Length);
    }

    [Fact]
    public void A_span_outside_the_text_is_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => EnglishTokenizer.Tokenize("short", 2, 10));
    }
}
