using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BorderWatch.Ingestion.Tests.Scoring;

/// <summary>One incident as the gold file and the export both write it.</summary>
public sealed record ScoredIncident(string Doc, string Type, string? Date, string? Border, string Status, IReadOnlyList<string> Countries, string Excerpt, string? Id = null);

public sealed record ScoreReport(int Gold, int Exported, int Located, double Precision, double Recall, double F1, double StrictF1,
    IReadOnlyList<string> Lines)
{
    /// <summary>Share of located pairs that agree on each field, as score-events prints them (countries: mean Jaccard).</summary>
    public FieldAgreement Fields { get; init; } = new(0, 0, 0, 0, 0);
}

/// <summary>Agreement among located pairs per field.</summary>
public sealed record FieldAgreement(double Type, double Border, double Date, double Status, double Countries);

/// <summary>
/// A C# port of the matching rules of tools/score-events: word tokenisation, 60% cover of the gold excerpt's
/// words, at most 3x+15 words, greedy best-overlap matching with agreement tie-break.
/// </summary>
public static partial class GoldScorer
{
    [GeneratedRegex(@"[\w']+")]
    private static partial Regex WordRegex();

    public static List<string> Words(string s)
    {
        s = (s ?? "").Normalize(NormalizationForm.FormKC).ToLowerInvariant()
            .Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201c', '"').Replace('\u201d', '"');
        return WordRegex().Matches(s).Select(m => m.Value).ToList();
    }

    public static List<ScoredIncident> LoadGold(string path) =>
        File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(l =>
        {
            using var d = JsonDocument.Parse(l);
            var r = d.RootElement;
            string? Str(string n) => r.TryGetProperty(n, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            return new ScoredIncident(Str("doc")!, Str("type")!, Str("date"), Str("border"), Str("status") ?? "reported",
                r.GetProperty("countries").EnumerateArray().Select(x => x.GetString()!).ToList(), Str("excerpt")!, Str("id"));
        }).ToList();

    private static bool DateOk(ScoredIncident g, ScoredIncident p)
    {
        var gd = (g.Date ?? "").Trim();
        var pd = (p.Date ?? "").Trim();
        return gd.Length > 0 ? pd.Length >= gd.Length && pd[..gd.Length] == gd : pd.Length == 0;
    }

    private static int Agree(ScoredIncident g, ScoredIncident p) =>
        (p.Type == g.Type ? 1 : 0) + ((p.Border ?? null) == (g.Border ?? null) ? 1 : 0) + (DateOk(g, p) ? 1 : 0);

    /// <param name="docsInScope">Further documents whose exports count against precision even though they have no gold
    /// record (score-events' --docs: a distractor article); by default only the gold's documents are in scope.</param>
    public static ScoreReport Score(IReadOnlyList<ScoredIncident> gold, IReadOnlyList<ScoredIncident> exported,
        IEnumerable<string>? docsInScope = null)
    {
        var docs = gold.Select(g => g.Doc).Concat(docsInScope ?? []).ToHashSet();
        var pred = exported.Where(p => docs.Contains(p.Doc)).ToList();
        var cands = new List<(double Cover, int Agree, int G, int P)>();
        for (var gi = 0; gi < gold.Count; gi++)
        {
            var gw = Words(gold[gi].Excerpt);
            var gs = gw.ToHashSet();
            for (var pi = 0; pi < pred.Count; pi++)
            {
                if (pred[pi].Doc != gold[gi].Doc) continue;
                var pw = Words(pred[pi].Excerpt);
                if (pw.Count == 0 || pw.Count > 3 * gw.Count + 15) continue;
                var cover = gs.Intersect(pw).Count() / (double)Math.Max(1, gs.Count);
                if (cover >= 0.6) cands.Add((Math.Round(cover, 3), Agree(gold[gi], pred[pi]), gi, pi));
            }
        }
        // Python sorts the tuples descending: cover, then agreement, then gold index, then export index.
        cands.Sort((a, b) => b.CompareTo(a));
        var gmatch = new Dictionary<int, int>();
        var used = new HashSet<int>();
        foreach (var (_, _, gi, pi) in cands)
        {
            if (gmatch.ContainsKey(gi) || used.Contains(pi)) continue;
            gmatch[gi] = pi; used.Add(pi);
        }
        var lines = new List<string>();
        var strict = 0;
        double types = 0, borders = 0, dates = 0, statuses = 0, jaccard = 0;
        foreach (var (gi, pi) in gmatch)
        {
            var g = gold[gi]; var p = pred[pi];
            var ok = p.Type == g.Type && p.Border == g.Border && DateOk(g, p);
            if (ok) strict++;
            if (p.Type == g.Type) types++;
            if (p.Border == g.Border) borders++;
            if (DateOk(g, p)) dates++;
            if (p.Status == g.Status) statuses++;
            var union = g.Countries.Union(p.Countries).Count();
            jaccard += union == 0 ? 1 : g.Countries.Intersect(p.Countries).Count() / (double)union;
            if (!ok || p.Status != g.Status)
                lines.Add($"MISMATCH {g.Id}: type {p.Type}/{g.Type} border {p.Border}/{g.Border} date {p.Date}/{g.Date} status {p.Status}/{g.Status}");
        }
        for (var gi = 0; gi < gold.Count; gi++)
            if (!gmatch.ContainsKey(gi)) lines.Add($"MISSED {gold[gi].Id} [{gold[gi].Type}] {Cut(gold[gi].Excerpt)}");
        for (var pi = 0; pi < pred.Count; pi++)
            if (!used.Contains(pi)) lines.Add($"EXTRA {pred[pi].Doc} [{pred[pi].Type}] {Cut(pred[pi].Excerpt)}");
        double n = gmatch.Count;
        var r = gold.Count > 0 ? n / gold.Count : 0;
        var pr = pred.Count > 0 ? n / pred.Count : 0;
        var f = pr + r > 0 ? 2 * pr * r / (pr + r) : 0;
        var sp = pred.Count > 0 ? strict / (double)pred.Count : 0;
        var sr = gold.Count > 0 ? strict / (double)gold.Count : 0;
        var sf = sp + sr > 0 ? 2 * sp * sr / (sp + sr) : 0;
        var m = Math.Max(1, gmatch.Count);
        var fields = new FieldAgreement(types / m, borders / m, dates / m, statuses / m, jaccard / m);
        lines.Add(string.Create(CultureInfo.InvariantCulture,
            $"gold {gold.Count} exported {pred.Count} located {gmatch.Count} P={pr:F2} R={r:F2} F1={f:F2} | type {fields.Type:F2} border {fields.Border:F2} date {fields.Date:F2} status {fields.Status:F2} countries {fields.Countries:F2} | strict-F1={sf:F2}"));
        return new ScoreReport(gold.Count, pred.Count, gmatch.Count, pr, r, f, sf, lines) { Fields = fields };
    }

    private static string Cut(string s) => s.Length > 100 ? s[..100] : s;
}
