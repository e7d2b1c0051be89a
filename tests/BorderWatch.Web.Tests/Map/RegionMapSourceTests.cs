using BorderWatch.Web.Map;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using GazetteerIndex = BorderWatch.Ingestion.Gazetteer.Gazetteer;

namespace BorderWatch.Web.Tests.Map;

public class RegionMapSourceTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("borderwatch-map-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_missing_file_gives_no_map_and_a_logged_reason()
    {
        var log = new RecordingLogger();
        var path = Path.Combine(folder, "countries-50m.json");
        var source = new RegionMapSource(path, GazetteerIndex.Default, log);

        source.Map.ShouldBeNull();
        source.Map.ShouldBeNull();
        log.Entries.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            e => e.Level.ShouldBe(LogLevel.Warning),
            e => e.Message.ShouldContain(path));
    }

    [Theory]
    [InlineData("this is not json")]
    [InlineData("""{"type":"FeatureCollection","features":[]}""")]
    public void An_unreadable_file_gives_no_map_and_a_logged_error(string text)
    {
        var log = new RecordingLogger();
        var path = Path.Combine(folder, "countries-50m.json");
        File.WriteAllText(path, text);

        new RegionMapSource(path, GazetteerIndex.Default, log).Map.ShouldBeNull();
        log.Entries.ShouldHaveSingleItem().Level.ShouldBe(LogLevel.Error);
    }

    [Fact]
    public void The_map_is_read_once_and_kept()
    {
        var reads = 0;
        var source = new RegionMapSource(WorldAtlasFile.Path, json => { reads++; return RegionMap.Build(json, GazetteerIndex.Default); }, new RecordingLogger());

        var first = source.Map.ShouldNotBeNull();
        source.Map.ShouldBeSameAs(first);
        reads.ShouldBe(1);
        first.Border("AFG-TKM").ShouldNotBeNull();
    }

    [Fact]
    public void Tracked_borders_without_a_line_are_logged()
    {
        var log = new RecordingLogger();
        var source = new RegionMapSource(WorldAtlasFile.Path,
            json => RegionMap.Build(json, [new TrackedBorder("KAZ-TJK", "KAZ", "TJK")], new Dictionary<string, string> { ["KAZ"] = "398", ["TJK"] = "762" }),
            log);

        source.Map.ShouldNotBeNull().Borders.ShouldBeEmpty();
        log.Entries.ShouldContain(e => e.Level == LogLevel.Warning && e.Message.Contains("KAZ-TJK"));
    }

    [Fact]
    public void The_web_app_registration_finds_the_file_the_build_copies_next_to_the_app()
    {
        var expected = Path.Combine(AppContext.BaseDirectory, RegionMapRegistration.AppFile);
        File.Exists(expected).ShouldBeTrue("the web build copies world-atlas next to the app (map/)");
        using var services = new ServiceCollection()
            .AddLogging()
            .AddRegionMap()
            .BuildServiceProvider();

        var source = services.GetRequiredService<RegionMapSource>();

        services.GetRequiredService<RegionMapSource>().ShouldBeSameAs(source);
        source.FilePath.ShouldBe(expected);
        source.Map.ShouldNotBeNull().Country("AFG").ShouldNotBeNull();
    }

    private sealed record LogEntry(LogLevel Level, string Message);

    private sealed class RecordingLogger : ILogger<RegionMapSource>
    {
        public List<LogEntry> Entries { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Warning) Entries.Add(new LogEntry(logLevel, formatter(state, exception)));
        }
    }
}
