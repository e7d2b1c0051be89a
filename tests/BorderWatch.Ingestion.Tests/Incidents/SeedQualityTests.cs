using System.Text.Json;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Tests.Scoring;
using Xunit.Abstractions;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>Runs segmentation + detection on the five seed articles and scores the result against the gold file.</summary>
public class SeedQualityTests(ITestOutputHelper output)
{
    private static string DataDir => Path.Combine(AppContext.BaseDirectory, "Data");

    public static List<ScoredIncident> ExportSeeds(out List<Dictionary<string, object?>> json)
    {
        var result = new List<ScoredIncident>();
        json = [];
        foreach (var file in Directory.GetFiles(Path.Combine(DataDir, "seeds"), "*.txt").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            var doc = Path.GetFileName(file);
            foreach (var i in IncidentDetector.Default.Detect(AnalysisInput.FromText(text)))
            {
                var countries = i.Actors.Select(a => a.Key).Where(k => k.Length == 3 && k.All(char.IsUpper)).Distinct().Order(StringComparer.Ordinal).ToList();
                var excerpt = text[i.ExcerptStart..i.ExcerptEnd];
                var date = i.Date.IsKnown ? i.Date.ToString() : null;
                result.Add(new ScoredIncident(doc, i.Type.ToCode(), date, i.BorderCode, i.Status.ToCode(), countries, excerpt));
                json.Add(new Dictionary<string, object?>
                {
                    ["doc"] = doc, ["type"] = i.Type.ToCode(), ["date"] = date, ["datePrecision"] = i.Date.Precision.ToCode(),
                    ["border"] = i.BorderCode, ["status"] = i.Status.ToCode(), ["countries"] = countries,
                    ["attribution"] = i.Attribution, ["location"] = i.LocationText, ["summary"] = i.Summary,
                    ["confidence"] = i.Confidence, ["excerpt"] = excerpt,
                });
            }
        }
        return result;
    }

    [Fact]
    public void Seeds_score_above_the_quality_bar()
    {
        var exported = ExportSeeds(out var json);
        var path = Path.Combine(Path.GetTempPath(), "borderwatch-seed-export.json");
        File.WriteAllText(path, JsonSerializer.Serialize(json, new JsonSerializerOptions { WriteIndented = true }));
        output.WriteLine($"export written to {path}");
        var report = GoldScorer.Score(GoldScorer.LoadGold(Path.Combine(DataDir, "seeds-gold.jsonl")), exported);
        foreach (var line in report.Lines) output.WriteLine(line);
        report.F1.ShouldBeGreaterThanOrEqualTo(0.85);
        report.StrictF1.ShouldBeGreaterThanOrEqualTo(0.60);
    }

    [Fact]
    public void Every_excerpt_is_the_exact_text_at_its_offsets()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(DataDir, "seeds"), "*.txt"))
        {
            var text = File.ReadAllText(file);
            foreach (var i in IncidentDetector.Default.Detect(AnalysisInput.FromText(text)))
            {
                i.ExcerptStart.ShouldBeGreaterThanOrEqualTo(0);
                i.ExcerptEnd.ShouldBeGreaterThan(i.ExcerptStart);
                i.ExcerptEnd.ShouldBeLessThanOrEqualTo(text.Length);
                i.Summary.Length.ShouldBeLessThanOrEqualTo(140);
                i.Confidence.ShouldBeInRange(0, 1);
            }
        }
    }
}
