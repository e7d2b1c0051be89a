using System.Text;
using System.Text.Json;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Reading;
using Xunit.Abstractions;

namespace BorderWatch.Ingestion.Tests.Corpora;

/// <summary>
/// A fixed blind check of precision, statements and status (Checks/precision-blind.jsonl): short texts written for issue 8
/// by precision11 before any rule change, in none of the corpora: journalists' questions, exercise scenarios, routine
/// administration, events reported under a speech verb, accusations, denials, meetings, background and unconfirmed
/// reports. Each text is a document of its own; "none" expects no incident at all, otherwise the first incident (by
/// position) must have the expected type and status. The bar is a regression guard below the figure measured.
/// </summary>
public class BlindPrecisionCheckTests(ITestOutputHelper output)
{
    private sealed record Case(string Id, string Kind, string Type, string Status, string Text);

    private static IReadOnlyList<Case> Load() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Checks", "precision-blind.jsonl")).Where(l => l.Trim().Length > 0).Select(l =>
        {
            using var d = JsonDocument.Parse(l);
            var r = d.RootElement;
            return new Case(r.GetProperty("id").GetString()!, r.GetProperty("kind").GetString()!, r.GetProperty("type").GetString()!,
                r.GetProperty("status").GetString()!, r.GetProperty("text").GetString()!);
        }).ToList();

    private static string Outcome(Case c)
    {
        var document = DocumentReader.Default.Read($"{c.Id}.txt", Encoding.UTF8.GetBytes(c.Text + "\n")).Single();
        var found = ArticleAnalysis.Analyze(document).Incidents.OrderBy(i => i.ExcerptStart).ToList();
        return found.Count == 0 ? "none" : string.Join(", ", found.Select(i => $"{i.Type.ToCode()}/{i.Status.ToCode()}"));
    }

    private static bool Right(Case c, string outcome) =>
        c.Type == "none" ? outcome == "none" : outcome.Split(", ")[0] == $"{c.Type}/{c.Status}";

    [Fact]
    public void Blind_set_covers_every_kind_with_unique_ids()
    {
        var set = Load();
        set.Select(c => c.Id).ShouldBeUnique();
        set.Count.ShouldBeGreaterThanOrEqualTo(30);
        set.Select(c => c.Kind).Distinct().Count().ShouldBeGreaterThanOrEqualTo(8);
    }

    [Fact]
    public void Blind_texts_are_read_right_above_the_bar()
    {
        var set = Load();
        var right = 0;
        foreach (var c in set)
        {
            var outcome = Outcome(c);
            if (Right(c, outcome)) right++;
            else output.WriteLine($"  MISS {c.Id}: expected {c.Type}/{c.Status}, got {outcome}");
        }
        output.WriteLine($"right {right}/{set.Count} = {right / (double)set.Count:F2}");
        foreach (var kind in set.GroupBy(c => c.Kind))
            output.WriteLine($"  {kind.Key}: {kind.Count(c => Right(c, Outcome(c)))}/{kind.Count()}");
        // First run (main at 533656f, before any precision11 change): 25 of 35 (0.71); misses: a question turn's
        // premise, a drill's mock crossing, kiosks installed, two events under a trailing "said", a denied report, two
        // meetings, two unconfirmed reports. After precision11's rules (question premises, drill scenarios, detentions,
        // blame): 27 of 35 (0.77); left: kiosks installed, "were held ... after they swam", "has sent two companies" under a
        // trailing "said", a denied report typed as its denial, two meetings, two unconfirmed reports.
        (right / (double)set.Count).ShouldBeGreaterThanOrEqualTo(0.77);
    }
}
