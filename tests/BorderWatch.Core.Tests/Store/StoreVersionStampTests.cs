using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Review;
using BorderWatch.Core.Store;

namespace BorderWatch.Core.Tests.Store;

/// <summary>
/// <see cref="StoreVersion.ArticlesStamp"/> on a real SQLite file: a review or an analyst's note moves the version but
/// not the articles' stamp (what the overview's article count is kept for); a stored article moves both.
/// </summary>
public sealed class StoreVersionStampTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    [Fact]
    public async Task The_articles_stamp_moves_only_when_an_article_is_stored()
    {
        var options = await fixture.NewMigratedDatabaseAsync();
        await using var db = StoreSetup.Open(options);
        var sample = await SampleIncidents.SeedAsync(db);
        var first = await StoreVersion.ReadAsync(db);

        await new ReviewService(db).ConfirmAsync(sample.Incidents.Values.First(), "analyst");
        AuditLog.Append(db, new AuditEntry { At = DateTimeOffset.UtcNow, Actor = "analyst", Action = AuditAction.Note, Reason = "checked the sources" });
        await db.SaveChangesAsync();
        var reviewed = await StoreVersion.ReadAsync(db);
        reviewed.ShouldNotBe(first);
        StoreVersion.ArticlesStamp(reviewed).ShouldBe(StoreVersion.ArticlesStamp(first));

        db.Articles.Add(SampleIncidents.NewArticle("seeds/004_later.txt", "Guards closed the crossing at dawn on Tuesday."));
        await db.SaveChangesAsync();
        var stored = await StoreVersion.ReadAsync(db);
        StoreVersion.ArticlesStamp(stored).ShouldNotBe(StoreVersion.ArticlesStamp(reviewed));
    }
}
