using BenchmarkDotNet.Attributes;
using BorderWatch.Core;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Store;
using BorderWatch.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace BorderWatch.Bench;

/// <summary>
/// Ingesting the seeds into a fresh SQLite file, and filtered queries + JSON export over a store of a few thousand
/// incidents (the seeds' real incidents, copied into <see cref="Copies"/> further articles with their dates spread
/// over several years).
/// </summary>
[MemoryDiagnoser]
public class StoreBenchmarks
{
    /// <summary>Copies of the five seed articles in the query store: 40 × 101 incidents + the originals ≈ 4,100.</summary>
    public const int Copies = 40;

    private string _dir = "";
    private string _queryDb = "";
    private IncidentFilter _tkm2015To2019 = new();
    private IncidentFilter _afgTkmClashes = new();

    [GlobalSetup]
    public void Setup()
    {
        _dir = Directory.CreateTempSubdirectory("bw-bench-").FullName;
        _queryDb = Path.Combine(_dir, "query.db");
        using (var db = Open(_queryDb))
        {
            StoreSetup.MigrateAsync(db).GetAwaiter().GetResult();
            var service = new IngestionService(db, NullLogger<IngestionService>.Instance);
            service.SyncGazetteerAsync().GetAwaiter().GetResult();
            service.IngestPathsAsync([RepoPaths.Seeds]).GetAwaiter().GetResult();
            GenerateCopies(db);
            Console.WriteLine($"// query store: {db.Articles.Count()} articles, {db.Incidents.Count()} incidents");
        }
        _tkm2015To2019 = Filter(new() { ["country"] = "TKM", ["from"] = "2015", ["to"] = "2019-12" });
        _afgTkmClashes = Filter(new() { ["border"] = "AFG-TKM", ["type"] = "armed-clash,cross-border-movement", ["status"] = "reported" });
        using (var db = Open(_queryDb))
            Console.WriteLine($"// TKM 2015-2019: {IncidentExport.LoadAsync(db, _tkm2015To2019).GetAwaiter().GetResult().Count} incidents, " +
                              $"{FilteredJsonExport().GetAwaiter().GetResult()} bytes of JSON; " +
                              $"AFG-TKM clashes/crossings: {FilteredList().GetAwaiter().GetResult()} incidents");
    }

    private static BorderWatchDbContext Open(string file, bool pooling = true) =>
        StoreSetup.Open(new StoreOptions { ConnectionString = $"Data Source={file}{(pooling ? "" : ";Pooling=False")}" });

    private static IncidentFilter Filter(Dictionary<string, string?> values)
    {
        var (filter, errors) = IncidentFilterParser.Parse(values);
        if (errors.Count > 0) throw new InvalidOperationException(string.Join("; ", errors));
        return filter;
    }

    /// <summary>Copies every seed article and its incidents (actors, excerpts), shifting incident years by -3..+3.</summary>
    private static void GenerateCopies(BorderWatchDbContext db)
    {
        var articles = db.Articles.AsNoTracking()
            .Include(a => a.Incidents).ThenInclude(i => i.Actors)
            .Include(a => a.Incidents).ThenInclude(i => i.Excerpts)
            .AsSplitQuery().ToList();
        for (var c = 1; c <= Copies; c++)
        {
            var shift = c % 7 - 3;
            foreach (var a in articles)
            {
                var copy = new Article
                {
                    SourceName = $"{Path.GetFileNameWithoutExtension(a.SourceName)}-copy{c}.txt", SourceUrl = a.SourceUrl,
                    Format = a.Format, RawContent = a.RawContent, RawEncoding = a.RawEncoding, CleanedText = a.CleanedText,
                    Title = a.Title, Author = a.Author, Language = a.Language, OutletId = a.OutletId,
                    Published = a.Published, PublishedDateSource = a.PublishedDateSource, PublishedDateNote = a.PublishedDateNote,
                    ContentHash = $"{c:D4}{a.ContentHash[4..]}", SimHash = a.SimHash ^ c,
                    IngestedAt = a.IngestedAt, PipelineVersion = a.PipelineVersion,
                };
                foreach (var i in a.Incidents)
                {
                    var incident = new Incident
                    {
                        Article = copy, Type = i.Type, DateInferred = i.DateInferred, DateNote = i.DateNote,
                        BorderSegmentId = i.BorderSegmentId, PlaceId = i.PlaceId, LocationText = i.LocationText,
                        LocationPrecision = i.LocationPrecision, Status = i.Status, Attribution = i.Attribution,
                        Confidence = i.Confidence, Summary = i.Summary, Fingerprint = $"{i.Fingerprint}~{c}",
                        PipelineVersion = i.PipelineVersion, ExtractedAt = i.ExtractedAt,
                        Actors = i.Actors.Select(x => new IncidentActor { ActorId = x.ActorId, Role = x.Role }).ToList(),
                    };
                    incident.Date = Shift(i.Date, shift);
                    foreach (var e in i.Excerpts)
                        incident.Excerpts.Add(new Excerpt { Article = copy, Start = e.Start, End = e.End, Text = e.Text });
                    copy.Incidents.Add(incident);
                }
                db.Articles.Add(copy);
            }
            db.SaveChanges();
            db.ChangeTracker.Clear();
        }
    }

    private static PartialDate Shift(PartialDate date, int years)
    {
        if (date.Year is not int y) return date;
        var day = date.Day is int d && date.Month is int m ? Math.Min(d, DateTime.DaysInMonth(y + years, m)) : date.Day;
        return new PartialDate(y + years, date.Month, day);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Benchmark(Description = "new SQLite store: migrate, sync gazetteer, ingest the five seeds")]
    public async Task<int> IngestSeeds()
    {
        var file = Path.Combine(_dir, $"ingest-{Guid.NewGuid():N}.db");
        await using var db = Open(file, pooling: false);
        await StoreSetup.MigrateAsync(db);
        var service = new IngestionService(db, NullLogger<IngestionService>.Instance);
        await service.SyncGazetteerAsync();
        var report = await service.IngestPathsAsync([RepoPaths.Seeds]);
        return report.IncidentsFound;
    }

    [Benchmark(Description = "~4,100 incidents: filter TKM 2015-2019 + JSON export")]
    public async Task<long> FilteredJsonExport()
    {
        await using var db = Open(_queryDb);
        var records = await IncidentExport.LoadAsync(db, _tkm2015To2019);
        using var json = new MemoryStream();
        IncidentExport.WriteJson(json, records);
        return json.Length;
    }

    [Benchmark(Description = "~4,100 incidents: filter AFG-TKM clashes/crossings, reported (list)")]
    public async Task<int> FilteredList()
    {
        await using var db = Open(_queryDb);
        return (await IncidentExport.LoadAsync(db, _afgTkmClashes)).Count;
    }

    [Benchmark(Description = "~4,100 incidents: unfiltered JSON export of all")]
    public async Task<long> FullJsonExport()
    {
        await using var db = Open(_queryDb);
        var records = await IncidentExport.LoadAsync(db, new IncidentFilter());
        using var json = new MemoryStream();
        IncidentExport.WriteJson(json, records);
        return json.Length;
    }

    [Benchmark(Description = "~4,100 incidents: one timeline page (50, newest first) of AFG-TKM")]
    public async Task<int> TimelinePage()
    {
        await using var db = Open(_queryDb);
        return (await IncidentListing.PageAsync(db, new IncidentFilter { Border = "AFG-TKM" }, IncidentOrder.Newest, 1, 50)).Items.Count;
    }

    [Benchmark(Description = "~4,100 incidents: the six facets of a filtered list (country TKM, 2015-2019)")]
    public async Task<int> Facets()
    {
        await using var db = Open(_queryDb);
        var facets = await IncidentFacets.CountAsync(db, _tkm2015To2019,
            [FacetField.Border, FacetField.Country, FacetField.Organization, FacetField.Person, FacetField.Type, FacetField.Status]);
        return facets.Sum(f => f.Values.Count);
    }
}
