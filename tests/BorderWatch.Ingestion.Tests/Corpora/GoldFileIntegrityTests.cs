using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace BorderWatch.Ingestion.Tests.Corpora;

/// <summary>
/// Checks the shape of the gold files written for generalisation measurement, and nothing else: no part of the
/// pipeline runs here, so a batch can be validated (and committed) before the pipeline first sees it. Every record must
/// parse, follow SCHEMA.md (types, statuses, date and precision, sorted border and country codes), name a document
/// of its folder (a feed item as "file#n"), and quote an excerpt that occurs exactly once in that document's text
/// (HTML entities decoded, runs of white space read as one space).
/// </summary>
public partial class GoldFileIntegrityTests
{
    private static readonly HashSet<string> Types =
    [
        "armed-clash", "territorial-control", "cross-border-movement", "deployment", "patrol-surveillance", "exercise",
        "arms-transfer", "diplomatic-meeting", "agreement", "statement",
    ];

    private static readonly HashSet<string> Statuses = ["reported", "unconfirmed", "denied", "planned"];

    private static string DataDir => Path.Combine(AppContext.BaseDirectory, "Data");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CountryCode();

    public static TheoryData<string, string> Batches => new()
    {
        { "fresh1", "fresh1-gold.jsonl" },
        { "fresh2", "fresh2-gold.jsonl" },
        { "fresh3", "fresh3-gold.jsonl" },
        { "fresh4", "fresh4-gold.jsonl" },
        { "fresh5", "fresh5-gold.jsonl" },
        { "fresh6", "fresh6-gold.jsonl" },
        { "fresh7", "fresh7-gold.jsonl" },
        { "fresh8", "fresh8-gold.jsonl" },
        { "fresh9", "fresh9-gold.jsonl" },
        { "fresh10", "fresh10-gold.jsonl" },
        { "fresh11", "fresh11-gold.jsonl" },
        { "fresh12", "fresh12-gold.jsonl" },
        { "fresh13", "fresh13-gold.jsonl" },
        { "fresh14", "fresh14-gold.jsonl" },
        { "fresh15", "fresh15-gold.jsonl" },
        { "fresh16", "fresh16-gold.jsonl" },
        { "fresh17", "fresh17-gold.jsonl" },
        { "fresh18", "fresh18-gold.jsonl" },
        { "fresh19", "fresh19-gold.jsonl" },
        { "fresh20", "fresh20-gold.jsonl" },
        { "fresh21", "fresh21-gold.jsonl" },
        { "fresh22", "fresh22-gold.jsonl" },
        { "fresh23", "fresh23-gold.jsonl" },
        { "fresh24", "fresh24-gold.jsonl" },
        { "fresh25", "fresh25-gold.jsonl" },
        { "fresh26", "fresh26-gold.jsonl" },
        { "fresh27", "fresh27-gold.jsonl" },
        { "fresh28", "fresh28-gold.jsonl" },
        { "fresh29", "fresh29-gold.jsonl" },
        { "fresh30", "fresh30-gold.jsonl" },
        { "fresh31", "fresh31-gold.jsonl" },
        { "fresh32", "fresh32-gold.jsonl" },
        { "fresh33", "fresh33-gold.jsonl" },
        { "fresh34", "fresh34-gold.jsonl" },
        { "fresh35", "fresh35-gold.jsonl" },
        { "fresh36", "fresh36-gold.jsonl" },
        { "fresh37", "fresh37-gold.jsonl" },
        { "fresh38", "fresh38-gold.jsonl" },
    };

    [Theory]
    [MemberData(nameof(Batches))]
    public void Every_record_follows_the_schema(string folder, string goldFile)
    {
        var records = ReadRecords(goldFile);
        records.ShouldNotBeEmpty();
        records.Select(r => Text(r, "id")).ShouldBeUnique();
        foreach (var r in records)
        {
            var id = Text(r, "id");
            Types.ShouldContain(Text(r, "type"), id);
            Statuses.ShouldContain(Text(r, "status"), id);
            ShouldHaveDateOfItsPrecision(r, id);
            ShouldHaveSortedBorder(r, id);
            var countries = r.GetProperty("countries").EnumerateArray().Select(c => c.GetString()!).ToList();
            countries.ShouldAllBe(c => CountryCode().IsMatch(c), id);
            countries.ShouldBe(countries.Order(StringComparer.Ordinal).Distinct().ToList(), id);
            foreach (var list in new[] { "organizations", "persons" })
                r.GetProperty(list).ValueKind.ShouldBe(JsonValueKind.Array, $"{id}: {list}");
            foreach (var optional in new[] { "location", "attribution" })
                r.GetProperty(optional).ValueKind.ShouldBeOneOf([JsonValueKind.String, JsonValueKind.Null], $"{id}: {optional}");
            File.Exists(Path.Combine(DataDir, folder, Text(r, "doc").Split('#')[0])).ShouldBeTrue($"{id}: {Text(r, "doc")}");
        }
    }

    [Theory]
    [MemberData(nameof(Batches))]
    public void Every_excerpt_occurs_once_in_its_document(string folder, string goldFile)
    {
        var texts = new Dictionary<string, string>();
        foreach (var r in ReadRecords(goldFile))
        {
            var doc = Text(r, "doc");
            if (!texts.TryGetValue(doc, out var text)) texts[doc] = text = DocumentText(folder, doc);
            var excerpt = Collapse(Text(r, "excerpt"));
            excerpt.Length.ShouldBeGreaterThan(0, Text(r, "id"));
            var first = text.IndexOf(excerpt, StringComparison.Ordinal);
            first.ShouldBeGreaterThanOrEqualTo(0, $"{Text(r, "id")} not in {doc}: {excerpt}");
            text.IndexOf(excerpt, first + 1, StringComparison.Ordinal).ShouldBe(-1, $"{Text(r, "id")} occurs twice in {doc}");
        }
    }

    [Theory]
    [InlineData("paraphrases3")]
    [InlineData("paraphrases4")]
    [InlineData("paraphrases5")]
    [InlineData("paraphrases6")]
    [InlineData("paraphrases7")]
    [InlineData("paraphrases8")]
    [InlineData("paraphrases9")]
    [InlineData("paraphrases10")]
    [InlineData("paraphrases11")]
    [InlineData("paraphrases12")]
    [InlineData("paraphrases13")]
    [InlineData("paraphrases14")]
    [InlineData("paraphrases15")]
    [InlineData("paraphrases16")]
    [InlineData("paraphrases17")]
    [InlineData("paraphrases18")]
    [InlineData("paraphrases19")]
    [InlineData("paraphrases20")]
    [InlineData("paraphrases21")]
    [InlineData("paraphrases22")]
    [InlineData("paraphrases23")]
    [InlineData("paraphrases24")]
    [InlineData("paraphrases25")]
    [InlineData("paraphrases26")]
    [InlineData("paraphrases27")]
    [InlineData("paraphrases28")]
    [InlineData("paraphrases29")]
    [InlineData("paraphrases30")]
    [InlineData("paraphrases31")]
    [InlineData("paraphrases32")]
    [InlineData("paraphrases33")]
    [InlineData("paraphrases34")]
    [InlineData("paraphrases35")]
    [InlineData("paraphrases36")]
    public void Paraphrase_set_has_seven_sentences_of_every_type(string name)
    {
        // Shape only: the sentences are read as JSON, never analysed.
        var set = ParaphraseRun.Load(name);
        set.Select(p => p.Id).ShouldBeUnique();
        set.ShouldAllBe(p => Types.Contains(p.Type) && p.Id.StartsWith(p.Type + "-", StringComparison.Ordinal) && p.Text.Trim().Length > 0);
        set.GroupBy(p => p.Type).Select(g => g.Count()).ShouldAllBe(n => n == 7);
        set.Select(p => p.Type).Distinct().Count().ShouldBe(Types.Count);
    }

    [Fact]
    public void A_malformed_record_is_caught()
    {
        // The checks above must be able to fail: an excerpt absent from its document and a precision that does not
        // match the date are both reported.
        var text = DocumentText("fresh1", "alaiwire_dostuk_canal.txt");
        text.IndexOf("Kyrgyz guards shelled Khujand", StringComparison.Ordinal).ShouldBe(-1);
        using var bad = JsonDocument.Parse("""{"id":"X-01","date":"2024-03","datePrecision":"day"}""");
        Should.Throw<ShouldAssertException>(() => ShouldHaveDateOfItsPrecision(bad.RootElement, "X-01"));
    }

    private static List<JsonElement> ReadRecords(string goldFile) =>
        File.ReadLines(Path.Combine(DataDir, goldFile))
            .Select((line, n) => (line, n))
            .Where(l => l.line.Trim().Length > 0)
            .Select(l =>
            {
                using var d = JsonDocument.Parse(l.line);
                d.RootElement.ValueKind.ShouldBe(JsonValueKind.Object, $"{goldFile} line {l.n + 1}");
                return d.RootElement.Clone();
            }).ToList();

    private static string Text(JsonElement r, string name)
    {
        r.TryGetProperty(name, out var v).ShouldBeTrue($"missing field '{name}'");
        v.ValueKind.ShouldBe(JsonValueKind.String, $"field '{name}'");
        return v.GetString()!;
    }

    private static void ShouldHaveDateOfItsPrecision(JsonElement r, string id)
    {
        var precision = Text(r, "datePrecision");
        var date = r.GetProperty("date");
        if (date.ValueKind == JsonValueKind.Null)
        {
            precision.ShouldBe("unknown", id);
            return;
        }
        var (format, expected) = date.GetString()!.Length switch
        {
            4 => ("yyyy", "year"),
            7 => ("yyyy-MM", "month"),
            10 => ("yyyy-MM-dd", "day"),
            _ => ("", "invalid"),
        };
        precision.ShouldBe(expected, id);
        DateTime.TryParseExact(date.GetString(), format, CultureInfo.InvariantCulture, DateTimeStyles.None, out _).ShouldBeTrue(id);
    }

    private static void ShouldHaveSortedBorder(JsonElement r, string id)
    {
        var border = r.GetProperty("border");
        if (border.ValueKind == JsonValueKind.Null) return;
        var codes = border.GetString()!.Split('-');
        codes.Length.ShouldBe(2, id);
        codes.ShouldAllBe(c => CountryCode().IsMatch(c), id);
        string.CompareOrdinal(codes[0], codes[1]).ShouldBeLessThan(0, id);
    }

    /// <summary>The text a record's excerpt is looked up in: the file, or the n-th item/entry of a feed.</summary>
    private static string DocumentText(string folder, string doc)
    {
        var parts = doc.Split('#');
        var raw = File.ReadAllText(Path.Combine(DataDir, folder, parts[0]));
        if (parts.Length == 2)
        {
            var items = XDocument.Parse(raw).Descendants().Where(e => e.Name.LocalName is "item" or "entry").ToList();
            var n = int.Parse(parts[1], CultureInfo.InvariantCulture);
            n.ShouldBeInRange(1, items.Count, doc);
            raw = items[n - 1].Value;
        }
        return Collapse(WebUtility.HtmlDecode(raw));
    }

    private static string Collapse(string s) => Space().Replace(s, " ").Trim();
}
