using System.Globalization;
using System.Text.Json;
using BorderWatch.Core.Queries;
using BorderWatch.Ingestion.Tests.Scoring;
using BorderWatch.Ingestion.Tests.Storing;
using Xunit.Abstractions;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// The quality bar end to end, as the scorer sees it: the seed files go through read → clean → analyse →
/// store (<see cref="IngestionService"/> on a real SQLite file), the store is exported as JSON
/// (<see cref="IncidentExport.LoadAsync"/> + <see cref="IncidentExport.WriteJson"/>), and that JSON is scored
/// against the gold file. Everything comes from the test's own Data folder, never from /work/shared.
/// </summary>
public class SeedPipelineQualityTests(ITestOutputHelper output)
{
    private static string DataDir => Path.Combine(AppContext.BaseDirectory, "Data");

    [Fact]
    public async Task Seeds_ingested_stored_and_exported_as_json_score_above_the_quality_bar()
    {
        await using var store = await TempStore.CreateAsync();
        string exportPath;
        await using (var db = store.Open())
        {
            var report = await store.Service(db).IngestPathsAsync([Path.Combine(DataDir, "seeds")]);
            report.Failed.ShouldBe(0);
            report.Results.Count(r => r.Outcome == IngestOutcome.Stored).ShouldBe(5);

            var records = await IncidentExport.LoadAsync(db, new IncidentFilter());
            exportPath = Path.Combine(store.Folder, "export.json");
            await using (var file = File.Create(exportPath)) IncidentExport.WriteJson(file, records);
        }

        var exported = ParseExport(await File.ReadAllTextAsync(exportPath));
        var gold = GoldScorer.LoadGold(Path.Combine(DataDir, "seeds-gold.jsonl"));
        var score = GoldScorer.Score(gold, exported);

        foreach (var line in score.Lines) output.WriteLine(line);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"end to end: located F1 {score.F1:F2} (bar 0.85), strict-F1 {score.StrictF1:F2} (bar 0.60), {score.Exported} exported, {score.Gold} gold"));
        score.F1.ShouldBeGreaterThanOrEqualTo(0.85);
        score.StrictF1.ShouldBeGreaterThanOrEqualTo(0.60);
    }

    /// <summary>Reads the exported JSON the way the scorer does: by the SCHEMA.md field names.</summary>
    private static List<ScoredIncident> ParseExport(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray().Select(item =>
        {
            string? Str(string name) => item.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            return new ScoredIncident(
                Str("doc")!, Str("type")!, Str("date"), Str("border"), Str("status") ?? "reported",
                item.GetProperty("countries").EnumerateArray().Select(c => c.GetString()!).ToList(),
                Str("excerpt") ?? "",
                item.GetProperty("id").GetInt32().ToString(CultureInfo.InvariantCulture));
        }).ToList();
    }
}
