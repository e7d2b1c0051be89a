using System.Net;
using BorderWatch.Web.Tests.Hosting;

namespace BorderWatch.Web.Tests.Hardening;

/// <summary>
/// Hostile query values on every listing, API and page: SQL-injection strings, huge and negative numbers, invalid
/// dates, unknown codes, mixed scripts, control and bidirectional characters. No answer is a 500, none carries
/// exception text, and every API refusal is a problem-details answer.
/// </summary>
[Collection(SeededDashboard.Name)]
public sealed class QueryFuzzTests(DashboardFactory app)
{
    private static readonly string[] Values =
    [
        "' OR '1'='1", "1; DROP TABLE \"Articles\"; --", "\" OR 1=1 --", "%' UNION SELECT * FROM Actors --",
        "99999999999999999999", "-1", "-2147483648", "2147483647", "0", "1e308", "NaN", "0x10",
        "2024-13-45", "2024-02-30", "9999-99", "-0001-01", "ZZZ-QQQ", "XXX", "AFG-AFG", "true", "maybe",
        "Баткен 巴特肯 باتكن", "\u202Egnp.exe", "a\u0000b", "%00", "<script>alert(1)</script>", "../../etc/passwd",
        new string('9', 400), new string('й', 2000),
    ];

    private static readonly string[] Keys =
        ["page", "pageSize", "from", "to", "border", "country", "org", "person", "type", "status", "q", "sort", "all", "kind", "article", "actor", "date"];

    private static readonly string[] Paths =
        ["/api/incidents", "/api/facets", "/api/actors", "/api/articles", "/api/export/incidents.csv", "/incidents", "/articles"];

    [Fact]
    public async Task No_hostile_query_value_gets_a_500_or_a_trace()
    {
        var client = app.CreateClient();
        var failures = new List<string>();
        foreach (var path in Paths)
            foreach (var key in Keys)
                foreach (var value in Values)
                {
                    var url = $"{path}?{key}={Uri.EscapeDataString(value)}";
                    var response = await client.GetAsync(url);
                    var body = await response.Content.ReadAsStringAsync();
                    if ((int)response.StatusCode >= 500) failures.Add($"{(int)response.StatusCode} {url}");
                    else if (body.Contains("   at ") || body.Contains("Exception")) failures.Add($"trace {url}");
                    else if (path.StartsWith("/api") && response.StatusCode == HttpStatusCode.BadRequest
                             && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                        failures.Add($"400 without problem details {url}");
                }
        failures.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("/api/borders/' OR 1=1 --"), InlineData("/api/borders/ZZZ-QQQ"), InlineData("/api/incidents/99999999999")]
    [InlineData("/api/actors/-1"), InlineData("/articles/2147483647/raw"), InlineData("/borders/%E2%80%AE")]
    public async Task Hostile_path_values_get_no_500(string url)
    {
        var response = await app.CreateClient().GetAsync(url);
        ((int)response.StatusCode).ShouldBeLessThan(500);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("   at ");
    }
}
