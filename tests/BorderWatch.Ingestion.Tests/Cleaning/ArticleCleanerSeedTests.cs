using System.Text.Json;
using BorderWatch.Ingestion.Cleaning;
using BorderWatch.Ingestion.Reading;

namespace BorderWatch.Ingestion.Tests.Cleaning;

public class ArticleCleanerSeedTests
{
    private static readonly string DataDir = Path.Combine(AppContext.BaseDirectory, "Data");

    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Path.Combine(DataDir, "seeds"), "*.txt").Order()) data.Add(Path.GetFileName(f));
        return data;
    }

    private static string CleanSeed(string name)
    {
        var doc = DocumentReader.Default.ReadFile(Path.Combine(DataDir, "seeds", name)).Single();
        return ArticleCleaner.Clean(doc.BodyText);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_gold_excerpt_survives_cleaning(string seed)
    {
        var cleaned = CleanSeed(seed);
        var excerpts = File.ReadLines(Path.Combine(DataDir, "seeds-gold.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(r => r.GetProperty("doc").GetString() == seed)
            .Select(r => r.GetProperty("excerpt").GetString()!)
            .ToList();
        excerpts.ShouldNotBeEmpty();
        excerpts.Where(e => !cleaned.Contains(e, StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Cleaned_paragraphs_are_lines_of_the_original(string seed)
    {
        var original = File.ReadAllText(Path.Combine(DataDir, "seeds", seed)).Replace("\r\n", "\n");
        var cleaned = CleanSeed(seed);
        cleaned.ShouldBe(cleaned.Trim());
        cleaned.ShouldNotContain("\n\n\n");
        foreach (var paragraph in cleaned.Split("\n\n"))
        {
            paragraph.ShouldNotContain('\n');
            original.ShouldContain(paragraph);
        }
        cleaned.Length.ShouldBeLessThanOrEqualTo(original.Length);
    }

    [Fact]
    public void Blog_page_loses_its_chrome_podcast_player_and_about_box()
    {
        var cleaned = CleanSeed("002_e0cd983e7050a6bb.txt");
        var lines = cleaned.Split("\n\n");
        foreach (var chrome in new[] { "Accessibility links", "Breaking News", "please wait", "No media source currently available",
                     "0:00 0:41:11 0:00", "Direct link", "Load more", "About This Blog", "Latest episode" })
            lines.ShouldNotContain(chrome);
        cleaned.ShouldNotContain("is a blog by");
        cleaned.ShouldNotContain("contributed to this report");
        lines[^1].ShouldEndWith("back into the Kremlin’s orbit.");
    }

    [Fact]
    public void Repeated_headline_and_photo_credit_are_dropped_once_kept_once()
    {
        var cleaned = CleanSeed("000_a9d44aade490330d.txt");
        var lines = cleaned.Split("\n\n");
        lines.Count(l => l == "Russia Ready to Help Turkmenistan Protect its Afghan Border").ShouldBe(1);
        lines.Count(l => l == "Crossroads Asia").ShouldBe(1);
        lines.ShouldNotContain("Recent Features");
        cleaned.ShouldNotContain("Shutterstock");
    }

    [Fact]
    public void Foreign_language_author_bio_at_the_end_is_dropped()
    {
        var cleaned = CleanSeed("004_2dee4a60aaca032d.txt");
        cleaned.ShouldNotContain("doğdu");
        cleaned.Split("\n\n").ShouldNotContain("Similar Posts");
        cleaned.ShouldEndWith("He concluded with his words.");
    }

    [Fact]
    public void Header_lines_that_carry_a_date_are_kept()
    {
        var cleaned = CleanSeed("001_ee5831f50e404f18.txt");
        cleaned.Split("\n\n").ShouldContain("Emerging Challenges July 2016");
    }
}
