using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace BorderWatch.Core.Queries;

/// <summary>The export formats. Each writer has a streaming form (records arrive as they are read, output is flushed every batch).</summary>
public static partial class IncidentExport
{
    /// <summary>UTF-8 with a byte-order mark, so spreadsheet programs read dashes, quotes and Cyrillic correctly.</summary>
    private static readonly UTF8Encoding CsvEncoding = new(encoderShouldEmitUTF8Identifier: true);

    public static void WriteJson(Stream stream, IEnumerable<IncidentRecord> records) =>
        WriteJsonAsync(stream, records.ToAsyncEnumerable(), CancellationToken.None).GetAwaiter().GetResult();

    public static void WriteCsv(Stream stream, IEnumerable<IncidentRecord> records) =>
        WriteCsvAsync(stream, records.ToAsyncEnumerable(), CancellationToken.None).GetAwaiter().GetResult();

    public static void WriteGeoJson(Stream stream, IEnumerable<IncidentRecord> records) =>
        WriteGeoJsonAsync(stream, records.ToAsyncEnumerable(), CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>An indented JSON array of records.</summary>
    public static async Task WriteJsonAsync(Stream stream, IAsyncEnumerable<IncidentRecord> records, CancellationToken ct = default)
    {
        var json = new BufferedJson(stream);
        var w = json.Writer;
        w.WriteStartArray();
        await foreach (var r in records.WithCancellation(ct))
        {
            JsonSerializer.Serialize(w, r, ExportJson.Record);
            await json.DrainAsync(ct);
        }
        w.WriteEndArray();
        await json.DrainAsync(ct, all: true);
    }

    /// <summary>
    /// A JSON writer over a memory buffer that is drained to the stream asynchronously once it holds a few tens of
    /// kilobytes: the serializer flushes its writer synchronously, which a server's response stream refuses.
    /// </summary>
    private sealed class BufferedJson
    {
        private const int DrainAt = 32 * 1024;
        private readonly Stream stream;
        private readonly ArrayBufferWriter<byte> buffer = new(2 * DrainAt);

        public BufferedJson(Stream stream)
        {
            this.stream = stream;
            Writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JsonOptions.Encoder });
        }

        public Utf8JsonWriter Writer { get; }

        public async Task DrainAsync(CancellationToken ct, bool all = false)
        {
            Writer.Flush();   // into the memory buffer only
            if (buffer.WrittenCount == 0 || (!all && buffer.WrittenCount < DrainAt)) return;
            await stream.WriteAsync(buffer.WrittenMemory, ct);
            buffer.ResetWrittenCount();
            if (all) await stream.FlushAsync(ct);
        }
    }

    /// <summary>
    /// RFC 4180 with a UTF-8 BOM: CRLF line ends, fields with comma, quote or line break quoted, quotes doubled; lists
    /// joined by ';'. A text cell that starts with =, +, -, @, tab or CR gets a leading apostrophe and is quoted
    /// (OWASP's advice against CSV injection), so a hostile title cannot run as a spreadsheet formula; numbers are not
    /// touched (a negative longitude stays a number).
    /// </summary>
    public static async Task WriteCsvAsync(Stream stream, IAsyncEnumerable<IncidentRecord> records, CancellationToken ct = default)
    {
        await using var w = new StreamWriter(stream, CsvEncoding, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        await w.WriteLineAsync(string.Join(",", Columns));
        // The header goes out at once: the response has started before the filter is resolved and the first rows read.
        await w.FlushAsync(ct);
        var n = 0;
        await foreach (var r in records.WithCancellation(ct))
        {
            await w.WriteLineAsync(string.Join(",", CsvValues(r).Select(v => CsvField(v.Value, v.IsText))));
            if (++n % BatchSize == 1) await w.FlushAsync(ct);
        }
        await w.FlushAsync(ct);
    }

    private static IEnumerable<(string? Value, bool IsText)> CsvValues(IncidentRecord r)
    {
        static (string?, bool) Num(double? d) => (d?.ToString("R", CultureInfo.InvariantCulture), false);
        static (string?, bool) Int(int? i) => (i?.ToString(CultureInfo.InvariantCulture), false);
        static (string?, bool) Text(string? s) => (s, true);
        yield return Text(r.Doc);
        yield return Int(r.Id);
        yield return Text(r.Type);
        yield return Text(r.Date);
        yield return Text(r.DatePrecision);
        yield return (r.DateInferred ? "true" : "false", false);
        yield return Text(r.Border);
        yield return Text(string.Join(";", r.Countries));
        yield return Text(string.Join(";", r.Organizations));
        yield return Text(string.Join(";", r.Persons));
        yield return Text(r.Location);
        yield return Num(r.Latitude);
        yield return Num(r.Longitude);
        yield return Text(r.Status);
        yield return Text(r.Attribution);
        yield return Int(r.Killed);
        yield return Int(r.Wounded);
        yield return Int(r.Detained);
        yield return Text(r.Casualties);
        yield return Text(r.Excerpt);
        yield return Int(r.ExcerptStart);
        yield return Int(r.ExcerptEnd);
        yield return Text(r.Url);
        yield return Num(r.Confidence);
        yield return Text(r.Summary);
        yield return Int(r.ArticleId);
        yield return Text(r.Title);
        yield return Text(r.Review);
        yield return Text(r.ReviewedBy);
        yield return (r.ReviewedAt?.ToString("O", CultureInfo.InvariantCulture), false);
        yield return Text(r.Permalink);
    }

    /// <summary>The characters OWASP lists as starting a formula in spreadsheet programs.</summary>
    public static bool StartsLikeFormula(string value) => value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    private static string CsvField(string? value, bool isText)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (isText && StartsLikeFormula(value)) return "\"'" + value.Replace("\"", "\"\"") + "\"";
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    /// <summary>
    /// A FeatureCollection with one feature per record: a Point where the incident is located, <c>"geometry": null</c>
    /// (as RFC 7946 allows for unlocated features) where it is not, so the file holds the whole view.
    /// </summary>
    public static async Task WriteGeoJsonAsync(Stream stream, IAsyncEnumerable<IncidentRecord> records, CancellationToken ct = default)
    {
        var json = new BufferedJson(stream);
        var w = json.Writer;
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        w.WriteStartArray("features");
        await foreach (var r in records.WithCancellation(ct))
        {
            w.WriteStartObject();
            w.WriteString("type", "Feature");
            w.WriteNumber("id", r.Id);
            if (r.Latitude is double lat && r.Longitude is double lon)
            {
                w.WriteStartObject("geometry");
                w.WriteString("type", "Point");
                w.WriteStartArray("coordinates");   // GeoJSON order: longitude, latitude
                w.WriteNumberValue(lon);
                w.WriteNumberValue(lat);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            else w.WriteNull("geometry");
            w.WritePropertyName("properties");
            JsonSerializer.Serialize(w, r, ExportJson.Record);
            w.WriteEndObject();
            await json.DrainAsync(ct);
        }
        w.WriteEndArray();
        w.WriteEndObject();
        await json.DrainAsync(ct, all: true);
    }

    /// <summary>Writes records in a format by its name (csv, json, geojson); false for an unknown format.</summary>
    public static bool TryGetWriter(string format, out string contentType, out Func<Stream, IAsyncEnumerable<IncidentRecord>, CancellationToken, Task> write)
    {
        (contentType, write) = format.ToLowerInvariant() switch
        {
            "csv" => ("text/csv; charset=utf-8", WriteCsvAsync),
            "json" => ("application/json; charset=utf-8", WriteJsonAsync),
            "geojson" => ("application/geo+json; charset=utf-8", (Func<Stream, IAsyncEnumerable<IncidentRecord>, CancellationToken, Task>)WriteGeoJsonAsync),
            _ => ("", (_, _, _) => Task.CompletedTask),
        };
        return contentType.Length > 0;
    }
}
