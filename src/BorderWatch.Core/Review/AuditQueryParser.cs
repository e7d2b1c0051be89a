using System.Globalization;
using BorderWatch.Core.Domain;

namespace BorderWatch.Core.Review;

/// <summary>
/// An <see cref="AuditQuery"/> from query-string values and back, shared by the /audit page and its exports:
/// who=NAME, action=Correct (repeatable), area=incidents|events|accounts, account=NAME (the account changed),
/// from/to=YYYY-MM-DD (UTC days, inclusive), incident=ID, event=ID.
/// A bad value is an error naming the key and why; the other keys still apply.
/// </summary>
public static class AuditQueryParser
{
    public static (AuditQuery Query, IReadOnlyList<string> Errors) Parse(Func<string, IReadOnlyList<string>> values)
    {
        var errors = new List<string>();
        string? One(string key) => values(key).Select(v => v.Trim()).FirstOrDefault(v => v.Length > 0);
        int? Id(string key)
        {
            if (One(key) is not { } s) return null;
            if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0) return id;
            errors.Add($"{key}: '{Shorten(s)}' is not an id (a positive whole number)");
            return null;
        }
        DateTimeOffset? Day(string key, bool end)
        {
            if (One(key) is not { } s) return null;
            if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                return new DateTimeOffset(d.ToDateTime(end ? TimeOnly.MaxValue : TimeOnly.MinValue), TimeSpan.Zero);
            errors.Add($"{key}: '{Shorten(s)}' is not a date (write 2026-12-02)");
            return null;
        }
        var actions = new List<AuditAction>();
        foreach (var a in values("action").Where(v => !string.IsNullOrWhiteSpace(v)))
        {
            if (Enum.TryParse<AuditAction>(a.Trim(), ignoreCase: true, out var action) && Enum.IsDefined(action) && !int.TryParse(a, out _)) actions.Add(action);
            else errors.Add($"action: '{Shorten(a)}' is not one of {string.Join(", ", Enum.GetNames<AuditAction>())}");
        }
        AuditArea? area = null;
        if (One("area") is { } areaText)
        {
            if (Enum.TryParse<AuditArea>(areaText, ignoreCase: true, out var a) && Enum.IsDefined(a) && !int.TryParse(areaText, out _)) area = a;
            else errors.Add($"area: '{Shorten(areaText)}' is not one of {string.Join(", ", Enum.GetNames<AuditArea>().Select(n => n.ToLowerInvariant()))}");
        }
        var account = One("account");
        if (account is { Length: > 256 }) { errors.Add("account: longer than 256 characters"); account = null; }
        var who = One("who");
        if (who is { Length: > 200 }) { errors.Add("who: longer than 200 characters"); who = null; }
        var q = new AuditQuery
        {
            Actor = who, Actions = actions.Distinct().ToList(), Area = area, Account = account, IncidentId = Id("incident"), EventId = Id("event"),
            From = Day("from", end: false), To = Day("to", end: true),
        };
        return (q, errors);
    }

    public static string ToQueryString(AuditQuery q)
    {
        var parts = new List<string>();
        if (q.Actor is { } who) parts.Add("who=" + Uri.EscapeDataString(who));
        parts.AddRange(q.Actions.Select(a => "action=" + a));
        if (q.Area is { } area) parts.Add("area=" + area.ToString().ToLowerInvariant());
        if (q.Account is { } account) parts.Add("account=" + Uri.EscapeDataString(account));
        if (q.From is { } from) parts.Add("from=" + from.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (q.To is { } to) parts.Add("to=" + to.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (q.IncidentId is int i) parts.Add("incident=" + i.ToString(CultureInfo.InvariantCulture));
        if (q.EventId is int e) parts.Add("event=" + e.ToString(CultureInfo.InvariantCulture));
        return string.Join("&", parts);
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
