using BorderWatch.Web.Components.Shared;
using BorderWatch.Web.Dashboard;

namespace BorderWatch.Web.Tests.Components;

public sealed class HighlightingTests
{
    private const string Text = "Troops arrived in Kerki. Russia denied it sent arms, the ministry said.\nA second paragraph follows here.";

    [Fact]
    public void Marking_cuts_at_every_boundary_and_keeps_the_text_whole()
    {
        var outer = new MarkedSpan(1, 25, 71);          // the whole second sentence
        var inner = new MarkedSpan(2, 32, 51);          // "denied it sent arms" inside it
        var pieces = ExcerptMarking.Mark(Text, 0, 71, [outer, inner]);

        string.Concat(pieces.Select(p => p.Text)).ShouldBe(Text[..71]);
        pieces.Single(p => p.Text == "denied it sent arms").Covering.ShouldBe([1, 2]);
        pieces.Single(p => p.Text == "denied it sent arms").EndingHere.ShouldBe([2]);
        pieces.Last().EndingHere.ShouldBe([1]);
        pieces.First(p => p.Start == 25).StartingHere.ShouldBe([1]);
        pieces.First().Covering.ShouldBeEmpty();
    }

    [Fact]
    public void Spans_crossing_the_stretch_are_clipped_and_others_ignored()
    {
        var pieces = ExcerptMarking.Mark(Text, 72, Text.Length, [new MarkedSpan(1, 60, 80), new MarkedSpan(2, 0, 10)]);

        string.Concat(pieces.Select(p => p.Text)).ShouldBe(Text[72..]);
        pieces[0].Covering.ShouldBe([1]);
        pieces[0].StartingHere.ShouldBeEmpty("the span began in an earlier paragraph");
        pieces.SelectMany(p => p.Covering).ShouldNotContain(2);
        Should.Throw<ArgumentOutOfRangeException>(() => ExcerptMarking.Mark(Text, 0, Text.Length + 1, []));
    }

    [Fact]
    public async Task Overlapping_excerpts_render_as_nested_marks_with_one_link_each_and_no_nested_links()
    {
        var spans = new[]
        {
            new HighlightedText.Highlight(new MarkedSpan(1, 25, 71), "/incidents/11", "#11", "Statement"),
            new HighlightedText.Highlight(new MarkedSpan(2, 32, 51), "/incidents/12", "#12", "Arms transfer"),
        };
        var doc = await ComponentRenderer.RenderAsync<HighlightedText>(new()
        {
            ["Text"] = Text, ["Paragraphs"] = (IReadOnlyList<(int, int)>)[(0, 71), (72, Text.Length)], ["Spans"] = spans,
        });

        var paragraphs = doc.QuerySelectorAll("p.article-paragraph");
        paragraphs.Length.ShouldBe(2);
        // The overlap takes the inner excerpt's own style (the second in text order), the rest the outer's.
        var inner = doc.QuerySelectorAll("mark.excerpt").Single(m => m.GetAttribute("data-excerpts") == "1 2");
        inner.TextContent.ShouldBe("denied it sent arms");
        inner.ClassList.ShouldContain("hl-1");
        doc.QuerySelectorAll("mark.excerpt").Where(m => m != inner).ShouldAllBe(m => m.ClassList.Contains("hl-0"));
        doc.QuerySelectorAll("a.excerpt-ref").Select(a => (a.GetAttribute("href"), a.TextContent)).ShouldBe([("/incidents/12", "#12"), ("/incidents/11", "#11")]);
        doc.QuerySelectorAll("a a, mark a mark").ShouldBeEmpty();
        doc.GetElementById("excerpt-1").ShouldNotBeNull();
        doc.GetElementById("excerpt-2").ShouldNotBeNull();
        foreach (var link in doc.QuerySelectorAll("a.excerpt-ref").ToList()) link.Remove();
        paragraphs[0].TextContent.ShouldBe(Text[..71]);
        paragraphs[1].TextContent.ShouldBe(Text[72..]);
    }

    [Fact]
    public async Task Text_is_encoded_never_interpreted_as_markup()
    {
        const string hostile = "<script>alert(1)</script> & <b>bold</b>";
        var doc = await ComponentRenderer.RenderAsync<HighlightedText>(new()
        {
            ["Text"] = hostile, ["Paragraphs"] = (IReadOnlyList<(int, int)>)[(0, hostile.Length)],
            ["Spans"] = new[] { new HighlightedText.Highlight(new MarkedSpan(1, 0, 8), null, "", null) },
        });

        doc.QuerySelector("p script").ShouldBeNull();
        doc.QuerySelector("p b").ShouldBeNull();
        doc.QuerySelector("p")!.TextContent.ShouldBe(hostile);
    }
}
