namespace BorderWatch.Core.Tests.Docs;

/// <summary>
/// Every relative Markdown link in docs/ and README.md resolves: the file or folder exists, and a heading anchor, when
/// one is given, is a heading of the target file (GitHub's anchor rules). Keeps moved or renamed sections (the session
/// logs moved into docs/history/) from leaving dead links. The Markdown reading itself is tested on texts of its own.
/// </summary>
public class DocsLinkTests
{
    [Fact]
    public void Every_relative_link_in_docs_and_the_readme_resolves()
    {
        var root = RepoRoot();
        var files = Directory.GetFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories)
            .Append(Path.Combine(root, "README.md"))
            .ToList();
        var cache = new Dictionary<string, string>();
        string Read(string path) => cache.TryGetValue(path, out var t) ? t : cache[path] = File.ReadAllText(path);

        var links = files.SelectMany(f => MarkdownLinks.RelativeLinks(f, Read(f))).ToList();
        var broken = links
            .Select(l => (Link: l, Problem: MarkdownLinks.Problem(l, Read)))
            .Where(x => x.Problem is not null)
            .Select(x => $"{Path.GetRelativePath(root, x.Link.File)}:{x.Link.Line}: ({x.Link.Target}) {x.Problem}")
            .ToList();

        links.Count.ShouldBeGreaterThan(20, "the docs link to each other; finding almost none means the reader is broken");
        broken.ShouldBeEmpty(string.Join("\n", broken));
    }

    [Fact]
    public void Anchors_follow_GitHub_rules_and_number_repeated_headings()
    {
        var anchors = MarkdownLinks.Anchors("""
            # Gauges: river levels (gauge7, 3 March 2031)
            ## What changed
            ```bash
            # a shell comment, not a heading
            ```
            ## What changed
            ### `RiverGauge.Read` – 10k / 100k rows
            <a name="kept-anchor"></a>
            """);

        anchors.ShouldContain("gauges-river-levels-gauge7-3-march-2031");
        anchors.ShouldContain("what-changed");
        anchors.ShouldContain("what-changed-1");
        anchors.ShouldContain("rivergaugeread--10k--100k-rows");
        anchors.ShouldContain("kept-anchor");
        anchors.ShouldNotContain("a-shell-comment-not-a-heading");
    }

    [Fact]
    public void Links_are_read_outside_code_and_a_missing_file_or_heading_is_named()
    {
        var dir = Directory.CreateTempSubdirectory("bw-doclinks-");
        try
        {
            var page = Path.Combine(dir.FullName, "page.md");
            File.WriteAllText(Path.Combine(dir.FullName, "other.md"), "# Other\n## Tide tables (tide3)\n");
            var text = """
                See [the tables](other.md#tide-tables-tide3), [gone](missing.md), [no such part](other.md#weather)
                and ![a chart](other.md). [External](https://example.org/x.md) and `[code](nowhere.md)` are skipped.
                ```
                [fenced](nowhere.md)
                ```
                [top]: #page-top
                # Page top
                """;
            File.WriteAllText(page, text);

            var links = MarkdownLinks.RelativeLinks(page, text).ToList();
            links.Select(l => l.Target).ShouldBe(new[]
            {
                "other.md#tide-tables-tide3", "missing.md", "other.md#weather", "other.md", "#page-top",
            });
            var problems = links.Select(l => MarkdownLinks.Problem(l, File.ReadAllText)).ToList();
            problems[0].ShouldBeNull();
            problems[1].ShouldBe("no file or folder missing.md");
            problems[2].ShouldBe("no heading with the anchor #weather in other.md");
            problems[3].ShouldBeNull();
            problems[4].ShouldBeNull();
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BorderWatch.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException($"No folder containing BorderWatch.sln above {AppContext.BaseDirectory}.");
    }
}
