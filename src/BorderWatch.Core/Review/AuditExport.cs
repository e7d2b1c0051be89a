using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Store;

namespace BorderWatch.Core.Review;

/// <summary>The audit log as CSV or JSON, read from the store a page at a time (newest first) and written as it comes.</summary>
public static class AuditExport
{
    public const int BatchSize = 1000;

    public static readonly IReadOnlyList<string> Columns =
        ["id", "at", "actor", "action", "incidentId", "eventId", "relatedIncidentId", "rejectionReason", "reason", "before", "after", "account"];

    public static async IAsyncEnumerable<AuditEntry> StreamAsync(BorderWatchDbContext db, AuditQuery q, [EnumeratorCancellation] CancellationToken ct = default)
    {
        for (var skip = 0; ; skip += BatchSize)
        {
            var page = await AuditLog.QueryAsync(db, q, skip, BatchSize, ct);
            foreach (var e in page) yield return e;
            if (page.Count < BatchSize) yield break;
        }
    }

    /// <summary>CSV (RFC 4180, UTF-8 with BOM); text cells that a spreadsheet would run as a formula start with an apostrophe.</summary>
    public static async Task WriteCsvAsync(Stream stream, IAsyncEnumerable<AuditEntry> entries, CancellationToken ct = default)
    {
        await using var w = new StreamWriter(stream, new UTF8Encoding(true), 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        await w.WriteLineAsync(string.Join(",", Columns));
        await foreach (var e in entries.WithCancellation(ct))
        {
            string?[] text = [e.Actor, e.Action.ToString(), e.RejectionReason?.ToString(), e.Reason, e.Before, e.After, e.Account];
            var cells = new[]
            {
                Num(e.Id), e.At.ToString("O", CultureInfo.InvariantCulture), Text(text[0]), Text(text[1]), Num(e.IncidentId), Num(e.EventId),
                Num(e.RelatedIncidentId), Text(text[2]), Text(text[3]), Text(text[4]), Text(text[5]), Text(text[6]),
            };
            await w.WriteLineAsync(string.Join(",", cells));
        }
        await w.FlushAsync(ct);
    }

    public static async Task WriteJsonAsync(Stream stream, IAsyncEnumerable<AuditEntry> entries, CancellationToken ct = default)
    {
        await using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = IncidentExport.JsonOptions.Encoder });
        json.WriteStartArray();
        var n = 0;
        await foreach (var e in entries.WithCancellation(ct))
        {
            json.WriteStartObject();
            json.WriteNumber("id", e.Id);
            json.WriteString("at", e.At);
            json.WriteString("actor", e.Actor);
            json.WriteString("action", e.Action.ToString());
            Write(json, "incidentId", e.IncidentId);
            Write(json, "eventId", e.EventId);
            Write(json, "relatedIncidentId", e.RelatedIncidentId);
            json.WriteString("rejectionReason", e.RejectionReason?.ToString());
            json.WriteString("reason", e.Reason);
            // Before and after are JSON the log wrote: embedded as values, not strings.
            WriteRaw(json, "before", e.Before);
            WriteRaw(json, "after", e.After);
            json.WriteString("account", e.Account);
            json.WriteEndObject();
            if (++n % BatchSize == 0) await json.FlushAsync(ct);
        }
        json.WriteEndArray();
        await json.FlushAsync(ct);
    }

    private static void Write(Utf8JsonWriter json, string name, int? value)
    {
        if (value is int v) json.WriteNumber(name, v); else json.WriteNull(name);
    }

    private static void WriteRaw(Utf8JsonWriter json, string name, string? value)
    {
        json.WritePropertyName(name);
        if (value is null) { json.WriteNullValue(); return; }
        try { json.WriteRawValue(value, skipInputValidation: false); }
        catch (JsonException) { json.WriteStringValue(value); }
    }

    private static string Num(long? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (IncidentExport.StartsLikeFormula(value)) return "\"'" + value.Replace("\"", "\"\"") + "\"";
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
