using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace BorderWatch.Core.Domain;

/// <summary>What happened to the people a casualty figure counts.</summary>
public enum CasualtyKind { Killed, Wounded, Detained }

/// <summary>
/// A count as the text gives it: exactly N (Low = High = N), "at least N" (High null), "up to N" (Low null), "N to M",
/// or a vague word ("several", "dozens": <see cref="Vague"/> set, no numbers). Zero is "no one".
/// </summary>
public sealed record CasualtyCount(int? Low, int? High, string? Vague = null)
{
    public static CasualtyCount Exactly(int n) => new(n, n);
    public static CasualtyCount AtLeast(int n) => new(n, null);
    public static CasualtyCount UpTo(int n) => new(null, n);
    public static CasualtyCount Between(int low, int high) => low == high ? Exactly(low) : new(Math.Min(low, high), Math.Max(low, high));
    public static CasualtyCount Vaguely(string word) => new(null, null, word.ToLowerInvariant());

    /// <summary>For choosing between two mentions: the larger lower bound (a vague word is below any number).</summary>
    public int Rank => Low ?? High ?? -1;

    public override string ToString() => Vague ?? (Low, High) switch
    {
        ({ } l, { } h) when l == h => l.ToString(CultureInfo.InvariantCulture),
        ({ } l, { } h) => $"{l}-{h}",
        ({ } l, null) => $"at least {l}",
        (null, { } h) => $"up to {h}",
        _ => "unknown",
    };
}

/// <summary>One figure: how many were killed, wounded or detained, and who they were where the text says so ("soldiers").</summary>
public sealed record CasualtyFigure(CasualtyKind Kind, CasualtyCount Count, string? Side = null)
{
    public override string ToString() => Side is null ? Count.ToString() : $"{Count} {Side}";
}

/// <summary>
/// The casualty figures of one incident (machine-read or an analyst's). Written and read in one notation for CSV cells,
/// the edit form and corrections: <c>killed 2 soldiers, 1 civilian; wounded at least 5; detained 3-4 smugglers</c>
/// (kinds apart by ';', figures of a kind by ','; a count is N, "at least N", "up to N", "N-M" or a vague word; "none"
/// = nothing reported). Pure.
/// </summary>
[JsonConverter(typeof(CasualtyReportJson))]
public sealed partial record CasualtyReport(IReadOnlyList<CasualtyFigure> Figures)
{
    public static readonly CasualtyReport None = new([]);

    /// <summary>Vague words a count may be ("several soldiers"); data the notation and the reader share.</summary>
    public static readonly IReadOnlySet<string> VagueWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "several", "dozens", "scores", "hundreds", "many", "numerous", "few", "some", "unknown",
    };

    public bool Any => Figures.Count > 0;

    public IEnumerable<CasualtyFigure> Of(CasualtyKind kind) => Figures.Where(f => f.Kind == kind);

    /// <summary>The least the figures of a kind add up to (null when none gives a number): what counts and filters use.</summary>
    public int? Least(CasualtyKind kind)
    {
        var lows = Of(kind).Select(f => f.Count.Low).OfType<int>().ToList();
        return lows.Count == 0 ? null : lows.Sum();
    }

    /// <summary>"killed 2 soldiers, 1 civilian; wounded at least 5", or "none".</summary>
    public override string ToString()
    {
        if (!Any) return "none";
        return string.Join("; ", Enum.GetValues<CasualtyKind>().Where(k => Of(k).Any())
            .Select(k => $"{k.ToString().ToLowerInvariant()} {string.Join(", ", Of(k))}"));
    }

    public bool Equals(CasualtyReport? other) => other is not null && ToString() == other.ToString();
    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);

    [GeneratedRegex(@"^(?:(?<least>at least )(?<n>\d{1,4})|up to (?<upto>\d{1,4})|(?<a>\d{1,4})\s*-\s*(?<b>\d{1,4})|(?<n>\d{1,4})|(?<vague>[a-z]+))(?:\s+(?<side>[\p{L}][\p{L}\p{M}' -]{0,60}))?$", RegexOptions.IgnoreCase)]
    private static partial Regex FigureText();

    /// <summary>Reads the notation; an unreadable part is reported with what was expected, never guessed at.</summary>
    public static bool TryParse(string? text, out CasualtyReport report, out string? error)
    {
        report = None;
        error = null;
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0 || trimmed.Equals("none", StringComparison.OrdinalIgnoreCase)) return true;
        if (trimmed.Length > 500) { error = "casualties: longer than 500 characters"; return false; }
        var figures = new List<CasualtyFigure>();
        foreach (var part in trimmed.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var space = part.IndexOf(' ');
            var kindWord = space < 0 ? part : part[..space];
            if (!TryKind(kindWord, out var kind)) { error = $"casualties: '{kindWord}' is not killed, wounded or detained"; return false; }
            if (space < 0) { error = $"casualties: '{part}' has no count"; return false; }
            foreach (var item in part[(space + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var m = FigureText().Match(item);
                if (!m.Success || (m.Groups["vague"].Success && !VagueWords.Contains(m.Groups["vague"].Value)))
                {
                    error = $"casualties: '{item}' is not a count (N, at least N, up to N, N-M or a word like several) and who";
                    return false;
                }
                var count = m.Groups["vague"].Success ? CasualtyCount.Vaguely(m.Groups["vague"].Value)
                    : m.Groups["upto"].Success ? CasualtyCount.UpTo(Int(m.Groups["upto"].Value))
                    : m.Groups["a"].Success ? CasualtyCount.Between(Int(m.Groups["a"].Value), Int(m.Groups["b"].Value))
                    : m.Groups["least"].Success ? CasualtyCount.AtLeast(Int(m.Groups["n"].Value))
                    : CasualtyCount.Exactly(Int(m.Groups["n"].Value));
                var side = m.Groups["side"].Success ? m.Groups["side"].Value.Trim() : null;
                figures.Add(new CasualtyFigure(kind, count, string.IsNullOrEmpty(side) ? null : side));
            }
        }
        report = new CasualtyReport(figures.OrderBy(f => f.Kind).ToList());
        return true;
    }

    public static CasualtyReport Parse(string? text) =>
        TryParse(text, out var report, out var error) ? report : throw new FormatException(error);

    private static int Int(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    private static bool TryKind(string word, out CasualtyKind kind)
    {
        (var ok, kind) = word.ToLowerInvariant() switch
        {
            "killed" or "dead" => (true, CasualtyKind.Killed),
            "wounded" or "injured" => (true, CasualtyKind.Wounded),
            "detained" or "captured" or "arrested" => (true, CasualtyKind.Detained),
            _ => (false, CasualtyKind.Killed),
        };
        return ok;
    }
}

/// <summary>A report in JSON (corrections, audit values, API) is its notation: one readable string.</summary>
public sealed class CasualtyReportJson : JsonConverter<CasualtyReport>
{
    public override CasualtyReport Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        CasualtyReport.TryParse(reader.GetString(), out var report, out var error) ? report : throw new JsonException(error);

    public override void Write(Utf8JsonWriter writer, CasualtyReport value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}

/// <summary>
/// Table <c>IncidentCasualties</c> (migration 20261203130000): the casualty figures the machine read in an incident's
/// excerpt, one row per incident that has any. A table of its own so incident rows and their writers stay as they
/// were. <see cref="Killed"/>/<see cref="Wounded"/>/<see cref="Detained"/> are the least each kind adds up to
/// (<see cref="CasualtyReport.Least"/>), for sorting and filters; <see cref="Figures"/> is the whole report in its notation.
/// </summary>
public class IncidentCasualties
{
    public int IncidentId { get; set; }
    public Incident? Incident { get; set; }
    public int? Killed { get; set; }
    public int? Wounded { get; set; }
    public int? Detained { get; set; }
    public required string Figures { get; set; }

    public static IncidentCasualties? For(CasualtyReport report) => report.Any
        ? new IncidentCasualties
        {
            Killed = report.Least(CasualtyKind.Killed), Wounded = report.Least(CasualtyKind.Wounded),
            Detained = report.Least(CasualtyKind.Detained), Figures = report.ToString(),
        }
        : null;

    public CasualtyReport Report => CasualtyReport.TryParse(Figures, out var r, out _) ? r : CasualtyReport.None;
}
