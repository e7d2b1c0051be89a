using BorderWatch.Core;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Review;
using BorderWatch.Core.Store;
using BorderWatch.Core.Tests.Store;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Tests.Storing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace BorderWatch.Ingestion.Tests.Review;

/// <summary>
/// Casualty figures end to end on a real SQLite file and the real PostgreSQL server: read from each incident's excerpt at
/// ingest, stored in <c>IncidentCasualties</c>, corrected by an analyst through <see cref="ReviewService"/> (audited),
/// kept over a reprocess that moves the incident's span, and exported with the reviewed value. The article is written
/// for this test and is in no corpus.
/// </summary>
public abstract class CasualtyCases(StoreFixture stores)
{
    private const string Article = """
        Kyrgyz and Tajik border guards exchanged fire near the village of Kok-Tash on the Kyrgyz-Tajik border on 3 May 2024, and two Tajik soldiers and a civilian were killed, the Kyrgyz border service said.

        At least five Kyrgyz border guards were wounded in the shooting near Kok-Tash on 3 May 2024, the service said.
        """;

    private static IngestionService Service(BorderWatchDbContext db) => new(db, NullLogger<IngestionService>.Instance);

    [Fact]
    public async Task Figures_are_read_per_excerpt_stored_corrected_and_kept_over_reprocess()
    {
        var options = await stores.NewMigratedDatabaseAsync();
        var folder = Directory.CreateTempSubdirectory("bw-casualties-");
        try
        {
            var file = Path.Combine(folder.FullName, "casualties.txt");
            await File.WriteAllTextAsync(file, Article);
            await using (var db = StoreSetup.Open(options))
            {
                await Service(db).SyncGazetteerAsync();
                (await Service(db).IngestPathsAsync([file])).Failed.ShouldBe(0);
            }

            int chosen;
            var corrected = CasualtyReport.Parse("killed 3 Tajik soldiers, 1 civilian; wounded 5 Kyrgyz border guards");
            await using (var db = StoreSetup.Open(options))
            {
                var incidents = await db.Incidents.Include(i => i.Excerpts).ToListAsync();
                incidents.ShouldNotBeEmpty();
                var rows = await db.IncidentCasualties.ToDictionaryAsync(c => c.IncidentId);
                foreach (var incident in incidents)
                {
                    // Each incident's figures are its own excerpt's reading, nothing added from another incident.
                    var expected = new CasualtyFigures(CasualtyLexicon.Default).Read(string.Concat(incident.Excerpts.Select(x => x.Text)));
                    (rows.GetValueOrDefault(incident.Id)?.Report ?? CasualtyReport.None).ShouldBe(expected, $"incident {incident.Id}");
                }
                rows.Values.ShouldContain(r => r.Killed == 3, "two soldiers and a civilian");
                chosen = rows.Values.First(r => r.Killed == 3).IncidentId;
                await new ReviewService(db).CorrectAsync(chosen, new IncidentCorrection { Casualties = corrected }, "ana", "ministry's later figures");
                var audit = (await AuditLog.ForIncidentAsync(db, chosen)).ShouldHaveSingleItem();
                audit.Action.ShouldBe(AuditAction.Correct);
                audit.Before!.ShouldContain("killed 2 Tajik soldiers, 1 civilian");
                audit.After!.ShouldContain(corrected.ToString());
                // An older pipeline put the excerpt elsewhere in the sentence: reprocess re-attaches the decision.
                var moved = await db.Incidents.Include(i => i.Excerpts).SingleAsync(i => i.Id == chosen);
                moved.Excerpts[0].End -= 1;
                moved.Excerpts[0].Text = moved.Excerpts[0].Text[..^1];
                moved.Fingerprint = "2025.01.1:" + chosen;
                await db.SaveChangesAsync();
            }

            await using (var db = StoreSetup.Open(options)) (await Service(db).ReprocessAsync()).Reattached.ShouldBe(1);

            await using var check = StoreSetup.Open(options);
            var effective = (await ReviewViews.EffectiveAsync(check, chosen))!;
            effective.Casualties.ShouldBe(corrected, "the analyst's figures stand over the machine's after reprocess");
            effective.State.ShouldBe(ReviewState.Corrected);
            var machine = await check.IncidentCasualties.SingleAsync(c => c.IncidentId == chosen);
            machine.Killed.ShouldBe(3, "the machine's own reading is kept under the analyst's");
            var record = (await IncidentExport.LoadAsync(check, new IncidentFilter())).Single(r => r.Id == chosen);
            (record.Killed, record.Wounded, record.Detained).ShouldBe((4, 5, (int?)null));
            record.Casualties.ShouldBe(corrected.ToString());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

public sealed class SqliteCasualtyTests(SqliteFixture stores) : CasualtyCases(stores), IClassFixture<SqliteFixture>;

[Collection(IngestionPostgresCollection.Name)]
public sealed class PostgresCasualtyTests(PostgresFixture stores) : CasualtyCases(stores);
