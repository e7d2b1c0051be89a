using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Queries;

/// <summary>Loads filtered incidents as <see cref="IncidentRecord"/>s and writes them as JSON, CSV or GeoJSON.</summary>
public static class IncidentExport
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // Exports are files, not HTML: keep Cyrillic, accents and quotes readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>CSV columns, in order; the same names as the JSON fields.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "doc", "id", "type", "date", "datePrecision", "dateInferred", "border", "countries", "organizations", "persons",
        "location", "latitude", "longitude", "status", "attribution", "excerpt", "excerptStart", "excerptEnd", "url",
        "confidence", "summary", "articleId", "title",
    ];

    public static async Task<IReadOnlyList<IncidentRecord>> LoadAsync(BorderWatchDbContext db, IncidentFilter f, CancellationToken ct = default)
    {
        // Project instead of Include: the article's raw and cleaned text are large and not exported.
        var rows = await db.Incidents.AsNoTracking().Apply(f)
            .Select(i => new
            {
                i.Id, i.Type, i.DateYear, i.DateMonth, i.DateDay, i.DatePrecision, i.DateInferred, i.DateStart,
                Border = i.BorderSegment != null ? i.BorderSegment.Code : null,
                Actors = i.Actors.Select(a => new { a.Actor!.Kind, a.Actor.CanonicalName }).ToList(),
                i.LocationText,
                PlaceName = i.Place != null ? i.Place.Name : null,
                Latitude = i.Place != null ? i.Place.Latitude : null,
                Longitude = i.Place != null ? i.Place.Longitude : null,
                i.Status, i.Attribution,
                Excerpts = i.Excerpts.OrderBy(e => e.Start).Select(e => new { e.Text, e.Start, e.End }).Take(1).ToList(),
                i.Article!.SourceName, i.Article.SourceUrl, i.Article.Title,
                i.Confidence, i.Summary, i.ArticleId,
            })
            .AsSplitQuery()
            .ToListAsync(ct);

        return rows
            .OrderBy(r => r.DateStart is null)          // undated incidents last, on every provider
            .ThenBy(r => r.DateStart)
            .ThenBy(r => r.Id)
            .Select(r =>
            {
                var date = new PartialDate(r.DateYear, r.DateMonth, r.DateDay);
                var excerpt = r.Excerpts.FirstOrDefault();
                List<string> Names(params ActorKind[] kinds) => r.Actors.Where(a => kinds.Contains(a.Kind))
                    .Select(a => a.CanonicalName).Distinct().Order(StringComparer.Ordinal).ToList();
                return new IncidentRecord
                {
                    Doc = DocName(r.SourceName),
                    Id = r.Id,
                    Type = r.Type.ToCode(),
                    Date = date.IsKnown ? date.ToString() : null,
                    DatePrecision = date.Precision.ToCode(),
                    DateInferred = r.DateInferred,
                    Border = r.Border,
                    Countries = Names(ActorKind.State),
                    Organizations = Names(ActorKind.Organization, ActorKind.ArmedGroup),
                    Persons = Names(ActorKind.Person),
                    Location = r.LocationText ?? r.PlaceName,
                    Latitude = r.Latitude,
                    Longitude = r.Longitude,
                    Status = r.Status.ToCode(),
                    Attribution = r.Attribution,
                    Excerpt = excerpt?.Text,
                    ExcerptStart = excerpt?.Start,
                    ExcerptEnd = excerpt?.End,
                    Url = r.SourceUrl,
                    Confidence = r.Confidence,
                    Summary = r.Summary,
                    ArticleId = r.ArticleId,
                    Title = r.Title,
                };
            })
            .ToList();
    }

    /// <summary>The export's <c>doc</c>: the source's file name, without directory (also for URLs).</summary>
    public static string DocName(string sourceName)
    {
        var trimmed = sourceName.TrimEnd('/', '\\');
        var cut = trimmed.LastIndexOfAny(['/', '\\']);
        return cut >= 0 ? trimmed[(cut + 1)..] : trimmed;
    }

    public static void WriteJson(Stream stream, IEnumerable<IncidentRecord> records)
    {
        JsonSerializer.Serialize(stream, records.ToList(), JsonOptions);
    }

    /// <summary>RFC 4180: CRLF line ends, fields with comma, quote or line break quoted, quotes doubled; lists joined by ';'.</summary>
    public static void WriteCsv(Stream stream, IEnumerable<IncidentRecord> records)
    {
        using var w = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\r\n" };
        w.WriteLine(string.Join(",", Columns));
        foreach (var r in records)
            w.WriteLine(string.Join(",", CsvValues(r).Select(CsvField)));
    }

    private static IEnumerable<string?> CsvValues(IncidentRecord r)
    {
        static string? Num(double? d) => d?.ToString("R", CultureInfo.InvariantCulture);
        static string? Int(int? i) => i?.ToString(CultureInfo.InvariantCulture);
        yield return r.Doc;
        yield return Int(r.Id);
        yield return r.Type;
        yield return r.Date;
        yield return r.DatePrecision;
        yield return r.DateInferred ? "true" : "false";
        yield return r.Border;
        yield return string.Join(";", r.Countries);
        yield return string.Join(";", r.Organizations);
        yield return string.Join(";", r.Persons);
        yield return r.Location;
        yield return Num(r.Latitude);
        yield return Num(r.Longitude);
        yield return r.Status;
        yield return r.Attribution;
        yield return r.Excerpt;
        yield return Int(r.ExcerptStart);
        yield return Int(r.ExcerptEnd);
        yield return r.Url;
        yield return Num(r.Confidence);
        yield return r.Summary;
        yield return Int(r.ArticleId);
        yield return r.Title;
    }

    private static string CsvField(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    /// <summary>A FeatureCollection of Point features for the records that have coordinates.</summary>
    public static void WriteGeoJson(Stream stream, IEnumerable<IncidentRecord> records)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JsonOptions.Encoder });
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        w.WriteStartArray("features");
        foreach (var r in records)
        {
            if (r.Latitude is not double lat || r.Longitude is not double lon) continue;
            w.WriteStartObject();
            w.WriteString("type", "Feature");
            w.WriteNumber("id", r.Id);
            w.WriteStartObject("geometry");
            w.WriteString("type", "Point");
            w.WriteStartArray("coordinates");   // GeoJSON order: longitude, latitude
            w.WriteNumberValue(lon);
            w.WriteNumberValue(lat);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WritePropertyName("properties");
            JsonSerializer.Serialize(w, r, JsonOptions);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
