using System.Globalization;
using System.Text;
using BorderWatch.Core.Domain;

namespace BorderWatch.Core.Generation;

/// <summary>
/// Deterministic news-like English for generated stores and corpora: one sentence per incident in the phrasings the
/// pipeline reads (dates as "on 5 July 2021", "in March 2019", "in 2016"; names in their gazetteer spellings), with
/// filler paragraphs between them. Same seed, same text.
/// </summary>
public sealed class SyntheticText(int seed)
{
    private readonly Random random = new(seed ^ 0x5eed);

    public static readonly (string Name, string Domain)[] Outlets =
    [
        ("Steppe Wire", "steppewire.example"), ("Pamir Courier", "pamircourier.example"), ("Amu Darya Post", "amudaryapost.example"),
        ("Fergana Daily", "ferganadaily.example"), ("Caspian Monitor", "caspianmonitor.example"), ("Border Desk", "borderdesk.example"),
        ("Silk Road Times", "silkroadtimes.example"), ("Tien Shan Herald", "tienshanherald.example"), ("Kabul Evening", "kabulevening.example"),
        ("Altai Observer", "altaiobserver.example"), ("Khorasan Review", "khorasanreview.example"), ("Eurasia Ledger", "eurasialedger.example"),
    ];

    public static readonly string[] Attributions =
    [
        "the border service", "the defence ministry", "local officials", "a regional governor", "state television",
        "an anonymous border guard", "residents", "the foreign ministry", "a military spokesman", "news agencies",
    ];

    private static readonly string[] Filler =
    [
        "The area has seen repeated tension over water and grazing land.",
        "Officials did not give further details.",
        "Traffic at the nearest crossing was slowed for several hours.",
        "Analysts said the situation remained fragile.",
        "The region is home to several ethnic enclaves.",
        "Independent confirmation was not immediately possible.",
        "Trade through the valley has fallen since the spring.",
        "A joint commission on the demarcation of the line meets twice a year.",
    ];

    public string Sentence(IncidentType type, string a, string b, string? group, string? person, string? place, PartialDate date)
    {
        var where = place is null ? "" : " near " + place;
        var when = When(date);
        var who = group ?? a + " forces";
        var s = type switch
        {
            IncidentType.ArmedClash => $"{a} border guards exchanged fire with {(group ?? b + " troops")}{where}{when}.",
            IncidentType.TerritorialControl => $"{who} took control of a border post{where}{when}.",
            IncidentType.CrossBorderMovement => $"Dozens of people crossed from {b} into {a}{where}{when}.",
            IncidentType.Deployment => $"{a} sent additional troops to the border with {b}{where}{when}.",
            IncidentType.PatrolSurveillance => $"{a} drones patrolled the frontier with {b}{where}{when}.",
            IncidentType.Exercise => $"{a} and {b} held joint military drills{where}{when}.",
            IncidentType.ArmsTransfer => $"{a} delivered armoured vehicles to {b}{when}.",
            IncidentType.DiplomaticMeeting => $"{(person ?? "The foreign minister of " + a)} met officials of {b} to discuss the border{when}.",
            IncidentType.Agreement => $"{a} and {b} signed an agreement on the demarcation of the border{when}.",
            _ => $"{(person ?? "A spokesman for " + a)} said the border with {b} was calm{when}.",
        };
        return char.ToUpperInvariant(s[0]) + s[1..];
    }

    private static string When(PartialDate date) => date.Precision switch
    {
        DatePrecision.Day => " on " + new DateOnly(date.Year!.Value, date.Month!.Value, date.Day!.Value).ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => " in " + new DateOnly(date.Year!.Value, date.Month!.Value, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Year => " in " + date.Year!.Value.ToString(CultureInfo.InvariantCulture),
        _ => "",
    };

    /// <summary>The article's text: the incident sentences with filler between, and where each sentence sits.</summary>
    public (string Text, IReadOnlyList<(int Start, int End)> Spans) Article(IReadOnlyList<string> sentences)
    {
        var sb = new StringBuilder();
        var spans = new List<(int, int)>();
        foreach (var sentence in sentences)
        {
            if (sb.Length > 0) sb.Append(random.NextDouble() < 0.5 ? "\n\n" : " ");
            if (random.NextDouble() < 0.4) sb.Append(Filler[random.Next(Filler.Length)]).Append(' ');
            spans.Add((sb.Length, sb.Length + sentence.Length));
            sb.Append(sentence);
        }
        sb.Append(' ').Append(Filler[random.Next(Filler.Length)]);
        return (sb.ToString(), spans);
    }

    /// <summary>A headline from the first sentence: its first words.</summary>
    public string Title(string sentence)
    {
        var words = sentence.TrimEnd('.').Split(' ');
        return string.Join(' ', words.Take(Math.Min(words.Length, 9)));
    }

    /// <summary>
    /// A page for the corpus generator: the article wrapped in site chrome (navigation, cookie banner, related links,
    /// footer) with the headline, byline and publication date in the markup, as news sites serve it.
    /// </summary>
    public string Html(string outlet, string title, DateOnly published, string body)
    {
        static string E(string s) => System.Net.WebUtility.HtmlEncode(s);
        var paragraphs = string.Concat(body.Split("\n\n").Select(p => $"<p>{E(p)}</p>\n"));
        return $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{E(title)} | {E(outlet)}</title>
            <meta property="article:published_time" content="{published:yyyy-MM-dd}T08:00:00Z"></head>
            <body><nav><a href="/">Home</a> <a href="/region">Region</a> <a href="/politics">Politics</a></nav>
            <div class="cookie-banner">We use cookies to improve your experience. Accept all</div>
            <article><h1>{E(title)}</h1><p class="byline">By Staff Reporter · {published.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}</p>
            {paragraphs}</article>
            <aside><h2>Related</h2><ul><li><a href="/a">Markets close higher</a></li><li><a href="/b">Weather warning</a></li></ul></aside>
            <footer>© {published.Year} {E(outlet)}. All rights reserved.</footer></body></html>
            """;
    }
}
