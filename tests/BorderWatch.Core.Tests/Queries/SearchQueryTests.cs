using BorderWatch.Core.Queries;

namespace BorderWatch.Core.Tests.Queries;

public class SearchQueryTests
{
    [Theory]
    [InlineData("Taliban Amu", "(\"taliban\") AND (\"amu\")")]
    [InlineData("\"Amu Darya\"", "(\"amu darya\" OR \"amudarya\")")]
    [InlineData("Kok-Tash", "(\"kok tash\" OR \"koktash\")")]
    [InlineData("talib*", "(\"talib\"*)")]
    [InlineData("\"Amu Dar\"*", "(\"amu dar\"* OR \"amudar\"*)")]
    [InlineData("Rubezh OR Ashgabat post", "(\"rubezh\" OR \"ashgabat\") AND (\"post\")")]
    [InlineData("ÉCHO AND Хорог", "(\"echo\") AND (\"хорог\")")]
    [InlineData("drop\" table; --", "(\"drop\") AND (\"table\")")]
    [InlineData("a (b) c:d", "(\"a\") AND (\"b\") AND (\"c d\" OR \"cd\")")]
    public void Typed_text_becomes_a_safe_match_expression(string typed, string expected)
    {
        SearchQuery.Parse(typed).MatchExpression.ShouldBe(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("\"\" * -- OR")]
    public void Nothing_searchable_is_an_empty_query(string? typed)
    {
        SearchQuery.Parse(typed).IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void A_long_query_is_cut_at_the_term_limit()
    {
        var typed = string.Join(' ', Enumerable.Range(0, 40).Select(i => "w" + i));
        SearchQuery.Parse(typed).Terms.Count.ShouldBe(SearchQuery.MaxTerms);
    }

    [Fact]
    public void Hits_are_found_in_the_original_text_across_case_diacritics_and_hyphens()
    {
        const string text = "Near Kok-Tash, the TALIBAN and the Talibs met; Kérki stayed calm.";
        var query = SearchQuery.Parse("\"kok tash\" talib* kerki");

        var hits = query.FindHits(text);

        hits.Select(h => text.Substring(h.Start, h.Length)).ShouldBe(["Kok-Tash", "TALIBAN", "Talibs", "Kérki"]);
        query.HighlightTerms.ShouldBe(["kok tash", "koktash", "talib*", "kerki"]);
        query.FindHits(null).ShouldBeEmpty();
    }
}
