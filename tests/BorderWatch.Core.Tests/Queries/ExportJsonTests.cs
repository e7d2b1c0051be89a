using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BorderWatch.Core.Queries;

namespace BorderWatch.Core.Tests.Queries;

/// <summary>
/// store47: the JSON and GeoJSON exports write each record through generated code; the bytes must be those the
/// reflection path with <see cref="IncidentExport.JsonOptions"/> wrote (names, indentation, escaping, nulls).
/// </summary>
public class ExportJsonTests
{
    private static readonly IncidentRecord[] Records =
    [
        new()
        {
            Doc = "kabar-0412.html", Id = 7, Type = "armed-clash", Date = "2022-09-14", DatePrecision = "day", DateInferred = true,
            Border = "KGZ-TJK", Countries = ["KGZ", "TJK"], Organizations = ["GKNB"], Persons = [], Location = "Кок-Таш, near the \"old\" post",
            Latitude = 39.95, Longitude = 70.81, Status = "reported", Attribution = "both sides' statements <in brief>",
            Killed = 3, Wounded = null, Detained = 0, Casualties = "killed 3 guards; detained 0", Excerpt = "Fire was exchanged…\nagain & again.",
            ExcerptStart = 10, ExcerptEnd = 44, Url = "https://example.test/a?b=1&c=2", Confidence = 0.875, Summary = "Guards exchanged fire.", ArticleId = 3,
        },
        new()
        {
            Doc = "note.txt", Id = 8, Type = "meeting", DatePrecision = "none", Status = "planned", Summary = "Talks are planned.", Confidence = 1,
        },
    ];

    private static string Write(Action<Stream, IEnumerable<IncidentRecord>> writer)
    {
        using var stream = new MemoryStream();
        writer(stream, Records);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void The_json_export_is_byte_for_byte_what_reflection_writes() =>
        Write(IncidentExport.WriteJson).ShouldBe(JsonSerializer.Serialize(Records, IncidentExport.JsonOptions));

    [Fact]
    public void The_geojson_properties_are_what_reflection_writes()
    {
        var features = JsonNode.Parse(Write(IncidentExport.WriteGeoJson))!["features"]!.AsArray();
        features.Count.ShouldBe(Records.Length);
        for (var i = 0; i < Records.Length; i++)
        {
            var expected = JsonNode.Parse(JsonSerializer.Serialize(Records[i], IncidentExport.JsonOptions));
            JsonNode.DeepEquals(features[i]!["properties"], expected).ShouldBeTrue(features[i]!["properties"]!.ToJsonString());
        }
    }

    [Fact]
    public void Readable_text_stays_unescaped()
    {
        var json = Write(IncidentExport.WriteJson);
        json.ShouldContain("Кок-Таш, near the \\\"old\\\" post");
        json.ShouldContain("both sides' statements <in brief>");
        json.ShouldContain("\"excerptStart\": 10");
    }
}
