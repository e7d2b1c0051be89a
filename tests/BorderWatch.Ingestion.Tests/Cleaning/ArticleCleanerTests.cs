using BorderWatch.Ingestion.Cleaning;

namespace BorderWatch.Ingestion.Tests.Cleaning;

public class ArticleCleanerTests
{
    private const string Page = """
        Skip to content
        Menu
        Border guards detain smugglers near Panj

        Share on Facebook
        Tweet
        Email

        We use cookies to improve your experience. By continuing to browse this site you accept our cookie policy.
        Accept all cookies

        Border guards detain smugglers near Panj

        Tajik border guards detained three men crossing the Panj river on Tuesday, officials said.
        Tajik border guards detained three men crossing the Panj river on Tuesday, officials said.
        The men were carrying 40 kilograms of hashish, the border service said in a statement.
        Photo credit: John Smith / Getty Images
        Advertisement
        “We will not tolerate this,” a spokesman said.

        Related Articles
        Read more: Kyrgyz and Tajik officials meet over border demarcation
        Subscribe to our newsletter for daily updates
        © 2024 Example News. All rights reserved.
        """;

    [Fact]
    public void Chrome_lines_are_dropped_and_article_sentences_kept_verbatim()
    {
        var cleaned = ArticleCleaner.Clean(Page);
        cleaned.ShouldBe("""
            Border guards detain smugglers near Panj

            Tajik border guards detained three men crossing the Panj river on Tuesday, officials said.

            The men were carrying 40 kilograms of hashish, the border service said in a statement.

            “We will not tolerate this,” a spokesman said.
            """.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Crlf_input_gives_lf_paragraphs_without_outer_whitespace()
    {
        var cleaned = ArticleCleaner.Clean("\r\n  First line of the story here.\r\n\r\nSecond line of the story.  \r\n\r\n");
        cleaned.ShouldBe("First line of the story here.\n\nSecond line of the story.");
    }

    [Fact]
    public void A_sentence_that_mentions_chrome_words_is_kept()
    {
        const string text = "Officials said the site uses a new menu of sanctions.\nShare prices fell after the border closed.\nRelated talks will follow in May.";
        ArticleCleaner.Clean(text).Split("\n\n").Length.ShouldBe(3);
    }

    [Fact]
    public void Trailing_english_bio_is_dropped_but_a_final_news_sentence_is_not()
    {
        const string article = """
            Uzbek and Afghan officials met in Termez on Monday to discuss the railway to Mazar-i-Sharif.
            The delegations agreed to open a second bridge over the Amu Darya next year, the ministry said.
            The suspect was born in Kunduz and crossed the river in 2019, the ministry said.
            """;
        var kept = ArticleCleaner.Clean(article);
        kept.ShouldEndWith("crossed the river in 2019, the ministry said.");

        var withBio = article + "\nJane Doe is a freelance journalist based in Almaty who covers Central Asian security.\nJane Doe";
        ArticleCleaner.Clean(withBio).ShouldBe(kept);
    }

    [Fact]
    public void About_section_late_in_the_page_ends_the_article_but_not_early()
    {
        var longStory = string.Join("\n", Enumerable.Range(1, 6).Select(i => $"Paragraph {i} of the report describes the border situation in detail."));
        var cleaned = ArticleCleaner.Clean(longStory + "\nAbout the author\nShe writes about Central Asia and lives in Bishkek.");
        cleaned.ShouldNotContain("Bishkek");
        cleaned.ShouldEndWith("Paragraph 6 of the report describes the border situation in detail.");

        var early = ArticleCleaner.Clean("Comments\n" + longStory);
        early.ShouldContain("Paragraph 6");
    }

    [Theory]
    [InlineData("0:00 0:41:11 0:00")]
    [InlineData("Credit: kisa kuyruk / Shutterstock.com")]
    [InlineData("No media source currently available")]
    [InlineData("Share")]
    [InlineData("Latest episode")]
    [InlineData("This website uses cookies to ensure you get the best experience.")]
    public void Recognises_chrome_lines(string line) => ArticleCleaner.IsChrome(line).ShouldBeTrue();

    [Theory]
    [InlineData("Russia shares a long border with Kazakhstan.")]
    [InlineData("Copyright law was amended in 2019, the ministry said.")]
    [InlineData("Credit lines to Tajikistan were extended.")]
    public void Does_not_take_sentences_for_chrome(string line) => ArticleCleaner.IsChrome(line).ShouldBeFalse();
}
