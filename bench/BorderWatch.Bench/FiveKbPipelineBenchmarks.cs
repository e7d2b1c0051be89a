using BenchmarkDotNet.Attributes;
using BorderWatch.Ingestion;
using BorderWatch.Ingestion.Reading;

namespace BorderWatch.Bench;

/// <summary>
/// The whole pipeline (<see cref="DocumentReader.Read"/> then <see cref="ArticleAnalysis.Analyze"/>, tagger and parser
/// included) over every corpus file of 4.0-6.5 KB (the "5 KB articles"; the same files <c>pipeline-cpu</c>
/// reports), one thread. One operation is one file (a news article; a 5 KB feed counts once, like in
/// <c>pipeline-cpu</c>), so the mean is the time per article and 1 s / mean the articles per second on one core.
/// </summary>
[MemoryDiagnoser]
public class FiveKbPipelineBenchmarks
{
    private static readonly string[] Corpora = ["seeds", "dev2", "fresh1", "fresh2", "fresh3", "fresh4", "fresh5"];
    private List<(string Name, byte[] Bytes)> _files = [];

    /// <summary>The files the benchmark runs: corpus files of 4,000-6,500 bytes the reader supports.</summary>
    public static List<(string Name, byte[] Bytes)> FiveKbFiles()
    {
        var data = Path.Combine(RepoPaths.Root, "tests", "BorderWatch.Ingestion.Tests", "Data");
        return Corpora.SelectMany(c => Directory.GetFiles(Path.Combine(data, c)).Order())
            .Where(DocumentReader.IsSupported)
            .Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f)))
            .Where(f => f.Bytes.Length is >= 4_000 and <= 6_500)
            .ToList();
    }

    private const int Articles = 16;

    [GlobalSetup]
    public void Setup()
    {
        _files = FiveKbFiles();
        if (_files.Count != Articles)
            throw new InvalidOperationException($"expected {Articles} files of 4.0-6.5 KB in the corpora, found {_files.Count}: update the benchmark");
    }

    [Benchmark(Description = "read + analyse, per 5 KB file", OperationsPerInvoke = Articles)]
    public int ReadAndAnalyseFiveKb()
    {
        var incidents = 0;
        foreach (var (name, bytes) in _files)
            foreach (var doc in DocumentReader.Default.Read(name, bytes))
            {
                try { incidents += ArticleAnalysis.Analyze(doc).Incidents.Count; }
                catch (InvalidDocumentException) { }
            }
        return incidents;
    }
}
