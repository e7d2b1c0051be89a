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

    private static string Write(Action<Stream, IEnumerable<IncidentRecord>> writer)
    {
        using var stream = new MemoryStream();
        writer(stream, [Located, Unlocated]);
        return Encoding.UTF8.GetString(stream.ToArray());
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
    public void GeoJson_has_point_features_only_for_records_with_coordinates()
    {
        var geo = Write(IncidentExport.WriteGeoJson);

        using var doc = JsonDocument.Parse(geo);
        doc.RootElement.GetProperty("type").GetString().ShouldBe("FeatureCollection");
        var feature = doc.RootElement.GetProperty("features").EnumerateArray().ShouldHaveSingleItem();
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
    private static List<List<string>> ParseCsv(string text)
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
