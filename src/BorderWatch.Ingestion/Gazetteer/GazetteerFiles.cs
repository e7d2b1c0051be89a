using System.Text.Json;
using System.Text.Json.Serialization;

namespace BorderWatch.Ingestion.Gazetteer;

/// <summary>
/// The rows of the gazetteer's five JSON files (states, organizations, persons, places, borders), read by
/// <see cref="GazetteerFiles.Read{T}"/> through serialization code generated at build time (<see cref="GazetteerJson"/>)
/// instead of System.Text.Json's reflection: the first load of the gazetteer (every ingest's start) no longer builds
/// the readers by reflection and JIT-compiles them, and the path needs no reflection metadata (trimming, NativeAOT).
/// Property names match case-insensitively, as the reflection path did (store47).
/// </summary>
internal static class GazetteerFiles
{
    internal sealed record StateDto(string Key, string? Numeric, string Name, string Official, List<string> Aliases, List<string> Demonyms, List<string> Capitals);
    internal sealed record OrganizationDto(string Key, string Name, string Display, string Kind, string? Country, List<string> Aliases);
    internal sealed record RoleDto(string Title, string State, int From, int To);
    internal sealed record PersonDto(string Key, string Name, string Country, List<string> Aliases, List<string> Surnames, List<RoleDto> Roles);
    internal sealed record PlaceDto(string Key, string Name, string Kind, double? Lat, double? Lon, string? Country, string? Province, string? Border, List<string>? Borders, List<string> Aliases);
    internal sealed record LengthDto(double Km, string Source);
    internal sealed record BorderDto(string Code, string Name, string A, string B, List<LengthDto> Lengths);

    /// <summary>One file's rows; a file that is not a JSON list is refused.</summary>
    public static List<T> Read<T>(string json)
    {
        var info = GazetteerJson.Default.GetTypeInfo(typeof(List<T>)) as System.Text.Json.Serialization.Metadata.JsonTypeInfo<List<T>>
                   ?? throw new InvalidOperationException($"No generated reader for a list of {typeof(T).Name}.");
        return JsonSerializer.Deserialize(json, info) ?? throw new InvalidOperationException($"Cannot read {typeof(T).Name} list.");
    }
}

[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(List<GazetteerFiles.StateDto>))]
[JsonSerializable(typeof(List<GazetteerFiles.OrganizationDto>))]
[JsonSerializable(typeof(List<GazetteerFiles.PersonDto>))]
[JsonSerializable(typeof(List<GazetteerFiles.PlaceDto>))]
[JsonSerializable(typeof(List<GazetteerFiles.BorderDto>))]
internal sealed partial class GazetteerJson : JsonSerializerContext;
