namespace BorderWatch.Core.Domain;

/// <summary>The incident taxonomy of SCHEMA.md.</summary>
public enum IncidentType
{
    ArmedClash,
    TerritorialControl,
    CrossBorderMovement,
    Deployment,
    PatrolSurveillance,
    Exercise,
    ArmsTransfer,
    DiplomaticMeeting,
    Agreement,
    Statement,
}

/// <summary>The kebab-case codes used in exports, URLs and the gold files.</summary>
public static class Codes
{
    private static readonly Dictionary<IncidentType, string> TypeCodes = new()
    {
        [IncidentType.ArmedClash] = "armed-clash",
        [IncidentType.TerritorialControl] = "territorial-control",
        [IncidentType.CrossBorderMovement] = "cross-border-movement",
        [IncidentType.Deployment] = "deployment",
        [IncidentType.PatrolSurveillance] = "patrol-surveillance",
        [IncidentType.Exercise] = "exercise",
        [IncidentType.ArmsTransfer] = "arms-transfer",
        [IncidentType.DiplomaticMeeting] = "diplomatic-meeting",
        [IncidentType.Agreement] = "agreement",
        [IncidentType.Statement] = "statement",
    };

    private static readonly Dictionary<string, IncidentType> TypesByCode =
        TypeCodes.ToDictionary(kv => kv.Value, kv => kv.Key, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyCollection<IncidentType> AllTypes => TypeCodes.Keys;

    public static string ToCode(this IncidentType type) => TypeCodes[type];

    public static bool TryParseType(string? code, out IncidentType type) =>
        TypesByCode.TryGetValue(code?.Trim() ?? "", out type);

    public static string ToCode(this IncidentStatus status) => status.ToString().ToLowerInvariant();

    public static bool TryParseStatus(string? code, out IncidentStatus status) =>
        Enum.TryParse(code?.Trim(), ignoreCase: true, out status) && Enum.IsDefined(status);

    public static string ToCode(this DatePrecision precision) => precision.ToString().ToLowerInvariant();

    public static string ToCode(this ActorKind kind) => kind switch
    {
        ActorKind.ArmedGroup => "armed-group",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>A border code is the two ISO alpha-3 codes, sorted, joined by '-'.</summary>
    public static string BorderCode(string stateA, string stateB)
    {
        var pair = new[] { stateA.ToUpperInvariant(), stateB.ToUpperInvariant() };
        Array.Sort(pair, StringComparer.Ordinal);
        return $"{pair[0]}-{pair[1]}";
    }
}
