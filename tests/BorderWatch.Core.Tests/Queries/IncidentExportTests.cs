using System.Text;
using System.Text.Json;
using BorderWatch.Core.Queries;

namespace BorderWatch.Core.Tests.Queries;

public class IncidentExportTests
{
    private static readonly IncidentRecord Located = new()
    {
        Doc = "001_a.txt", Id = 1, Type = "armed-clash", Date = "2021-07-05", DatePrecision = "day", DateInferred = false,
        Border = "AFG-TKM", Countries = ["AFG", "TKM"], Organizations = ["Taliban"], Persons = [],
        Location = "Kerki, Lebap Province", Latitude = 37.83, Longitude = 65.2, Status = "reported", Attribution = "TASS",
        Excerpt = "He said \"they came\",\r\nthen left.", ExcerptStart = 10, ExcerptEnd = 42, Url = "https://example.org/a",
        Confidence = 0.85, Summary = "Clash near Kerki", ArticleId = 3, Title = "Туркменистан: бой",
    };

    private static readonly IncidentRecord Unlocated = new()
    {
        Doc = "002_b.txt", Id = 2, Type = "statement", Date = null, DatePrecision = "unknown", Status = "unconfirmed",
        Countries = ["RUS"], Persons = ["Sergey Lavrov", "Vladimir Putin"], Summary = "Warning", ArticleId = 4,
    };

    private static string Write(Action<Stream, IEnumerable<IncidentRecord>> writer, params IncidentRecord[] records)
    {
        using var stream = new MemoryStream();
        writer(stream, records.Length > 0 ? records : [Located, Unlocated]);
        var bytes = stream.ToArray();
        var bom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        return Encoding.UTF8.GetString(bytes, bom, bytes.Length - bom);
    }

    [Fact]
    public void Json_is_an_indented_camelCase_array_that_keeps_non_ascii_text()
    {
        var json = Write(IncidentExport.WriteJson);

        json.ShouldContain("Туркменистан: бой");
        json.ShouldContain("\n  {");
        using var doc = JsonDocument.Parse(json);
        var items = doc.RootElement.EnumerateArray().ToList();
        items.Count.ShouldBe(2);
        var first = items[0];
        first.GetProperty("doc").GetString().ShouldBe("001_a.txt");
        first.GetProperty("datePrecision").GetString().ShouldBe("day");
        first.GetProperty("countries").EnumerateArray().Select(e => e.GetString()).ShouldBe(["AFG", "TKM"]);
        first.GetProperty("excerpt").GetString().ShouldBe(Located.Excerpt);
        first.GetProperty("excerptStart").GetInt32().ShouldBe(10);
        items[1].GetProperty("date").ValueKind.ShouldBe(JsonValueKind.Null);
        items[1].GetProperty("border").ValueKind.ShouldBe(JsonValueKind.Null);
        first.EnumerateObject().Select(p => p.Name).ShouldBe(IncidentExport.Columns);
    }

    [Fact]
    public void Csv_has_a_header_one_row_per_incident_and_rfc4180_quoting()
    {
        var csv = Write(IncidentExport.WriteCsv);

        var rows = ParseCsv(csv);
        rows.Count.ShouldBe(3);
        rows[0].ShouldBe(IncidentExport.Columns);
        var row = rows[0].Zip(rows[1]).ToDictionary(p => p.First, p => p.Second);
        row["excerpt"].ShouldBe(Located.Excerpt);
        row["location"].ShouldBe("Kerki, Lebap Province");
        row["countries"].ShouldBe("AFG;TKM");
        row["latitude"].ShouldBe("37.83");
        row["confidence"].ShouldBe("0.85");
        row["dateInferred"].ShouldBe("false");
        row["title"].ShouldBe("Туркменистан: бой");
        var second = rows[0].Zip(rows[2]).ToDictionary(p => p.First, p => p.Second);
        second["persons"].ShouldBe("Sergey Lavrov;Vladimir Putin");
        second["date"].ShouldBe("");
        csv.ShouldContain("\"He said \"\"they came\"\",\r\nthen left.\"");
        csv.ShouldEndWith("\r\n");
    }

    [Fact]
    public void Csv_starts_with_a_utf8_byte_order_mark()
    {
        using var stream = new MemoryStream();
        IncidentExport.WriteCsv(stream, [Located]);
        stream.ToArray().AsSpan(0, 3).ToArray().ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"x\")", "'=HYPERLINK(\"http://evil.example\",\"x\")")]
    [InlineData("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\tTab first", "'\tTab first")]
    [InlineData("\rCR first", "'\rCR first")]
    [InlineData("A = B, fine", "A = B, fine")]
    [InlineData("Kok-Tash", "Kok-Tash")]
    public void Csv_text_cells_that_start_like_a_formula_are_neutralised(string title, string expected)
    {
        var hostile = Unlocated with { Title = title, Summary = title, Attribution = title, Longitude = -12.5, Latitude = -3 };

        var rows = ParseCsv(Write(IncidentExport.WriteCsv, hostile));

        var row = rows[0].Zip(rows[1]).ToDictionary(p => p.First, p => p.Second);
        row["title"].ShouldBe(expected);
        row["summary"].ShouldBe(expected);
        row["attribution"].ShouldBe(expected);
        row["longitude"].ShouldBe("-12.5", "numbers are not text cells");
        row["latitude"].ShouldBe("-3");
    }

    [Fact]
    public void Permalinks_are_made_from_the_base_url()
    {
        IncidentExport.PermalinkPrefix("https://bw.example.org/desk/").ShouldBe("https://bw.example.org/desk/incidents/");
        IncidentExport.PermalinkPrefix("https://bw.example.org").ShouldBe("https://bw.example.org/incidents/");
        IncidentExport.PermalinkPrefix(" ").ShouldBeNull();
        var rows = ParseCsv(Write(IncidentExport.WriteCsv, Located with { Permalink = "https://bw.example.org/incidents/1" }));
        rows[0][^1].ShouldBe("permalink");
        rows[1][^1].ShouldBe("https://bw.example.org/incidents/1");
    }

    [Theory]
    [InlineData("", "borderwatch.csv")]
    [InlineData("border=AFG-TKM&org=Taliban&from=2015&to=2016", "borderwatch_AFG-TKM_Taliban_2015-2016.csv")]
    [InlineData("border=none&country=AFG,TKM&actors=all&type=armed-clash", "borderwatch_no-border_AFG-and-TKM_armed-clash.csv")]
    [InlineData("country=AFG,TKM&from=2021-07-05&to=2021-07-05&dates=within", "borderwatch_AFG-or-TKM_2021-07-05_within.csv")]
    [InlineData("from=2019&q=%22Kok-Tash%22%20talib*", "borderwatch_from-2019_search-Kok-Tash-talib.csv")]
    [InlineData("person=Сергей%20Лавров&status=denied&all=true", "borderwatch_denied_all.csv")]
    [InlineData("person=Sérgei%20Lavrov&to=2020-03", "borderwatch_Sergei-Lavrov_to-2020-03.csv")]
    public void The_file_name_says_what_the_export_holds(string query, string expected)
    {
        var values = query.Length == 0 ? [] : query.Split('&').Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => (string?)Uri.UnescapeDataString(p[1]));
        var (filter, errors) = IncidentFilterParser.Parse(values);
        errors.ShouldBeEmpty();

        IncidentExport.FileName(filter, IncidentOrder.Newest, "csv").ShouldBe(expected);
    }

    [Fact]
    public void The_file_name_names_a_sort_other_than_newest_and_stays_short()
    {
        IncidentExport.FileName(new IncidentFilter { Border = "AFG-TJK" }, IncidentOrder.Confidence, ".GeoJSON")
            .ShouldBe("borderwatch_AFG-TJK_by-confidence.geojson");
        var long_ = IncidentExport.FileName(new IncidentFilter { Organizations = Enumerable.Range(0, 50).Select(i => "Organization" + i).ToList() }, IncidentOrder.Newest, "json");
        long_.Length.ShouldBeLessThanOrEqualTo(125);
        long_.ShouldEndWith(".json");
    }

    [Fact]
    public void GeoJson_has_a_feature_per_record_with_null_geometry_where_unlocated()
    {
        var geo = Write(IncidentExport.WriteGeoJson);

        using var doc = JsonDocument.Parse(geo);
        doc.RootElement.GetProperty("type").GetString().ShouldBe("FeatureCollection");
        var features = doc.RootElement.GetProperty("features").EnumerateArray().ToList();
        features.Count.ShouldBe(2);
        features[1].GetProperty("geometry").ValueKind.ShouldBe(JsonValueKind.Null);
        features[1].GetProperty("properties").GetProperty("id").GetInt32().ShouldBe(2);
        var feature = features[0];
        feature.GetProperty("type").GetString().ShouldBe("Feature");
        var geometry = feature.GetProperty("geometry");
        geometry.GetProperty("type").GetString().ShouldBe("Point");
        geometry.GetProperty("coordinates").EnumerateArray().Select(e => e.GetDouble()).ShouldBe([65.2, 37.83]);
        var props = feature.GetProperty("properties");
        props.GetProperty("id").GetInt32().ShouldBe(1);
        props.GetProperty("type").GetString().ShouldBe("armed-clash");
        props.GetProperty("organizations").EnumerateArray().Single().GetString().ShouldBe("Taliban");
        geo.ShouldContain("Туркменистан");
    }

    [Theory]
    [InlineData("docs/seeds/001_a.txt", "001_a.txt")]
    [InlineData(@"C:\in\002.html", "002.html")]
    [InlineData("https://example.org/news/2021/story/", "story")]
    [InlineData("plain.txt", "plain.txt")]
    public void Doc_is_the_file_name_without_directory(string source, string doc) =>
        IncidentExport.DocName(source).ShouldBe(doc);

    /// <summary>A minimal RFC 4180 reader, independent of the writer.</summary>
    internal static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; i++;
            }
            else field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add(row); }
        return rows;
    }
}
