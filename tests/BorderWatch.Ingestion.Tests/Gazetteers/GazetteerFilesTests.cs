using System.Text.Json;
using BorderWatch.Ingestion.Gazetteer;
using GazetteerIndex = BorderWatch.Ingestion.Gazetteer.Gazetteer;

namespace BorderWatch.Ingestion.Tests.Gazetteers;

/// <summary>
/// store47: the gazetteer's five files are read by generated code (<see cref="GazetteerFiles"/>); every row must read
/// exactly as System.Text.Json's reflection read it before (same options: property names in any case).
/// </summary>
public class GazetteerFilesTests
{
    private static readonly JsonSerializerOptions Reflection = new() { PropertyNameCaseInsensitive = true };

    private static string Embedded(string file)
    {
        using var stream = typeof(GazetteerIndex).Assembly.GetManifestResourceStream("BorderWatch.Gazetteer." + file)!;
        return new StreamReader(stream).ReadToEnd();
    }

    private static void SameAsReflection<T>(string json)
    {
        var generated = GazetteerFiles.Read<T>(json);
        var reflected = JsonSerializer.Deserialize<List<T>>(json, Reflection)!;
        generated.Count.ShouldBe(reflected.Count);
        JsonSerializer.Serialize(generated, Reflection).ShouldBe(JsonSerializer.Serialize(reflected, Reflection));
    }

    [Fact]
    public void Every_embedded_file_reads_as_reflection_read_it()
    {
        SameAsReflection<GazetteerFiles.StateDto>(Embedded("states.json"));
        SameAsReflection<GazetteerFiles.OrganizationDto>(Embedded("organizations.json"));
        SameAsReflection<GazetteerFiles.PersonDto>(Embedded("persons.json"));
        SameAsReflection<GazetteerFiles.PlaceDto>(Embedded("places.json"));
        SameAsReflection<GazetteerFiles.BorderDto>(Embedded("borders.json"));
    }

    [Fact]
    public void Property_names_match_in_any_case_and_missing_ones_stay_null()
    {
        const string json = """[{"KEY":"place:zz","name":"Qarakol Ford","Kind":"Crossing","LAT":39.5,"country":"TJK","aliases":["Karakol Ford"]}]""";
        SameAsReflection<GazetteerFiles.PlaceDto>(json);
        var place = GazetteerFiles.Read<GazetteerFiles.PlaceDto>(json).ShouldHaveSingleItem();
        (place.Key, place.Name, place.Lat, place.Lon, place.Border, place.Borders).ShouldBe(("place:zz", "Qarakol Ford", 39.5, (double?)null, (string?)null, (List<string>?)null));
        place.Aliases.ShouldBe(["Karakol Ford"]);
    }

    [Fact]
    public void A_file_that_is_not_a_list_is_refused()
    {
        Should.Throw<JsonException>(() => GazetteerFiles.Read<GazetteerFiles.BorderDto>("""{"code":"AAA-BBB"}"""));
        Should.Throw<InvalidOperationException>(() => GazetteerFiles.Read<GazetteerFiles.BorderDto>("null"));
    }

    [Fact]
    public void The_embedded_gazetteer_loads_through_them()
    {
        var g = GazetteerIndex.Default;
        g.Find("TJK").ShouldNotBeNull().DisplayName.ShouldBe("Tajikistan");
        g.Border("AFG-TJK").ShouldNotBeNull().Lengths.ShouldNotBeEmpty();
        g.Entries.Count(e => e.Kind == EntryKind.Place).ShouldBeGreaterThan(0);
    }
}
