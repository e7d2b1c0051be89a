using System.Net;
using BorderWatch.Core;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using BorderWatch.Core.Tests.Store;
using BorderWatch.Web.Dashboard;
using BorderWatch.Web.Tests.Hardening;
using BorderWatch.Web.Tests.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace BorderWatch.Web.Tests.Pages;

/// <summary>
/// PostgreSQL: a write made by the app itself drops the version the output caches keep before the writing call
/// returns, so the very next read shows it, without waiting for the change notice. The app's listener here listens
/// on another database of the same server: it is connected (so versions are kept) but no notice of this store ever
/// reaches it, as if every notice came late.
/// </summary>
[Collection(WebPostgresCollection.Name)]
public sealed class PostgresOwnWriteTests(PostgresFixture server)
{
    /// <summary>An empty dashboard on <paramref name="database"/> whose listener hears only <paramref name="elsewhere"/>.</summary>
    private sealed class DeafListenerDashboard(StoreOptions database, StoreOptions elsewhere) : DashboardFactory
    {
        protected override bool ImportSeeds => false;

        protected override StoreOptions Store => database;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton(_ =>
            {
                var listener = new StoreChangeListener(elsewhere.ConnectionString!, NullLogger.Instance);
                listener.Start();
                return listener;
            }));
        }
    }

    private static async Task<HttpResponseMessage> CachedAsync(HttpClient visitor)
    {
        (await visitor.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var cached = await visitor.GetAsync("/");
        cached.Headers.Age.ShouldNotBeNull("nothing was written since: the page comes from the cache");
        return cached;
    }

    [Fact]
    public async Task A_write_of_the_app_is_seen_by_the_next_request_though_its_notice_never_comes()
    {
        var elsewhere = await server.NewDatabaseAsync();
        await using (var db = StoreSetup.Open(elsewhere)) await StoreSetup.MigrateAsync(db);
        await using var app = new DeafListenerDashboard(await server.NewDatabaseAsync(), elsewhere);
        var watch = app.Services.GetRequiredService<StoreVersionWatch>();
        var visitor = app.CreateClient();
        (await visitor.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (watch.Listener!.State != StoreChangeListening.Listening)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the listener never connected");
            await Task.Delay(50);
        }
        await CachedAsync(visitor);
        var reads = watch.StoreReads;
        (await visitor.GetAsync("/")).Headers.Age.ShouldNotBeNull();
        watch.StoreReads.ShouldBe(reads, "the version is kept: no notice came");

        // SaveChanges on the app's request-scoped context (as the review and account services write).
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BorderWatchDbContext>();
            db.AuditEntries.Add(new AuditEntry { At = DateTimeOffset.UtcNow, Actor = "analyst", Action = AuditAction.Note, Reason = "a note" });
            await db.SaveChangesAsync();
        }
        (await visitor.GetAsync("/")).Headers.Age.ShouldBeNull("the app's own commit dropped the kept version at once");
        await CachedAsync(visitor);

        // A statement outside SaveChanges, committing on its own (as ExecuteUpdate and ExecuteSql do), on a page context.
        await using (var db = app.Services.GetRequiredService<StoreContexts>().Open())
            (await db.Database.ExecuteSqlRawAsync(
                """INSERT INTO "AuditEntries" ("At", "Actor", "Action", "Reason") SELECT "At", "Actor", "Action", 'again' FROM "AuditEntries" ORDER BY "Id" DESC LIMIT 1""")).ShouldBe(1);
        (await visitor.GetAsync("/")).Headers.Age.ShouldBeNull("a statement that commits on its own drops the kept version too");
        await CachedAsync(visitor);

        // A transaction: the drop comes with its commit.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BorderWatchDbContext>();
            await using var tx = await db.Database.BeginTransactionAsync();
            db.AuditEntries.Add(new AuditEntry { At = DateTimeOffset.UtcNow, Actor = "analyst", Action = AuditAction.Note, Reason = "in a transaction" });
            await db.SaveChangesAsync();
            await tx.CommitAsync();
        }
        (await visitor.GetAsync("/")).Headers.Age.ShouldBeNull("the transaction's commit dropped the kept version");
    }
}
