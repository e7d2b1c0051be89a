using BenchmarkDotNet.Attributes;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion;
using BorderWatch.Ingestion.Duplicates;
using BorderWatch.Ingestion.Reading;

namespace BorderWatch.Bench;

/// <summary>Stages 1-8 over the seed articles: how long one article takes and what it allocates.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private readonly Dictionary<string, byte[]> _files = [];
    private string _longText = "";

    [ParamsSource(nameof(Seeds))]
    public string Seed { get; set; } = "";

    public static IEnumerable<string> Seeds() => Directory.GetFiles(RepoPaths.Seeds, "*.txt").Select(Path.GetFileName).Order()!;

    [GlobalSetup]
    public void Setup()
    {
        foreach (var f in Directory.GetFiles(RepoPaths.Seeds, "*.txt")) _files[Path.GetFileName(f)] = File.ReadAllBytes(f);
        _longText = string.Join("\n\n", Enumerable.Repeat(File.ReadAllText(Path.Combine(RepoPaths.Seeds, Seed)), 20));
    }

    [Benchmark(Description = "read + analyse one article")]
    public int ReadAndAnalyse()
    {
        var doc = DocumentReader.Default.Read(Seed, _files[Seed])[0];
        return ArticleAnalysis.Analyze(doc).Incidents.Count;
    }

    [Benchmark(Description = "SimHash of 20 copies of the article")]
    public long SimHashLongText() => NearDuplicates.SimHash(_longText);
}

/// <summary>Locates the repository's folders from wherever BenchmarkDotNet runs the generated project.</summary>
public static class RepoPaths
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "BorderWatch.sln"))) return dir.FullName;
            throw new DirectoryNotFoundException("BorderWatch.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Seeds => Path.Combine(Root, "seeds");
}
