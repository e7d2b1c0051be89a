using System.Diagnostics;
using System.Text.Json;
using GazetteerIndex = BorderWatch.Ingestion.Gazetteer.Gazetteer;

namespace BorderWatch.Web.Map;

/// <summary>
/// The overview map, read from the world-atlas file on first use and kept for the life of the app (register as a
/// singleton). <see cref="Map"/> is null when the file is missing or unusable; the reason is logged once and the
/// page can show the dashboard without a map. A file that appears later is picked up on the next start.
/// </summary>
public sealed class RegionMapSource
{
    private readonly Lazy<RegionMap?> map;

    public string FilePath { get; }

    public RegionMap? Map => map.Value;

    public RegionMapSource(string filePath, GazetteerIndex gazetteer, ILogger<RegionMapSource> logger)
        : this(filePath, json => RegionMap.Build(json, gazetteer), logger)
    {
    }

    public RegionMapSource(string filePath, Func<string, RegionMap> build, ILogger<RegionMapSource> logger)
    {
        FilePath = filePath;
        map = new Lazy<RegionMap?>(() => Load(filePath, build, logger), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private static RegionMap? Load(string path, Func<string, RegionMap> build, ILogger logger)
    {
        if (!File.Exists(path))
        {
            logger.LogWarning("No map: {MapFile} is missing (the web build copies it from npm package world-atlas)", path);
            return null;
        }
        try
        {
            var started = Stopwatch.GetTimestamp();
            var built = build(File.ReadAllText(path));
            logger.LogInformation("Map read from {MapFile}: {Countries} countries, {Borders} border lines in {ElapsedMs} ms",
                path, built.Countries.Count, built.Borders.Count, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (built.UnmappedBorders.Count > 0)
                logger.LogWarning("Map has no line for tracked borders {UnmappedBorders}", string.Join(", ", built.UnmappedBorders));
            return built;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidDataException)
        {
            logger.LogError(e, "No map: {MapFile} cannot be read as TopoJSON", path);
            return null;
        }
    }
}

/// <summary>Registers <see cref="RegionMapSource"/> for the web app.</summary>
public static class RegionMapRegistration
{
    /// <summary>Where the web build copies Natural Earth 1:50m countries, relative to the app's own folder (server-side data, not a web asset).</summary>
    public const string AppFile = "map/countries-50m.json";

    public static IServiceCollection AddRegionMap(this IServiceCollection services) =>
        services.AddSingleton(sp => new RegionMapSource(Path.Combine(AppContext.BaseDirectory, AppFile), GazetteerIndex.Default,
            sp.GetRequiredService<ILogger<RegionMapSource>>()));
}
