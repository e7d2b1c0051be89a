using System.Net;
using BorderWatch.Core;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using BorderWatch.Core.Tests.Store;
using BorderWatch.Web.Dashboard;
using BorderWatch.Web.Tests.Hardening;
using BorderWatch.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace BorderWatch.Web.Tests.Pages;

/// <summary>
/// PostgreSQL: the store version is kept in process and read again only after a change notice (LISTEN/NOTIFY), so a
/// cached page costs no round trip; a commit in another connection (as the CLI makes) still makes the next visitor
/// miss, and while the listener is lost the version is read from the store per request, never kept.
/// </summary>
[Collection(WebPostgresCollection.Name)]
public sealed class PostgresStoreVersionTests(PostgresFixture server)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>Waits for something the listener does on its own thread (a notice, a reconnect); fails after a minute.</summary>
    private static async Task UntilAsync(Func<Task<bool>> done, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await done())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"never happened: {what}");
            await Task.Delay(50);
        }
    }

    /// <summary>An analyst's note written as another program would: its own connection, no call into the app.</summary>
    private static async Task WriteAuditNoteAsync(DashboardFactory app)
    {
        await using var db = app.OpenStore();
        db.AuditEntries.Add(new AuditEntry { At = DateTimeOffset.UtcNow, Actor = "another-program", Action = AuditAction.Note, Reason = "a note" });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task A_commit_in_another_connection_makes_the_next_visitor_miss_and_a_kept_version_reads_nothing()
    {
        await using var app = new EmptyPostgresDashboardFactory(await server.NewDatabaseAsync());
        var watch = app.Services.GetRequiredService<StoreVersionWatch>();
        var visitor = app.CreateClient();
        (await visitor.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await UntilAsync(() => Task.FromResult(watch.Listener!.State == StoreChangeListening.Listening), "the listener connects");
        var before = await watch.CurrentAsync(default);

        (await visitor.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var reads = watch.StoreReads;
        var cached = await visitor.GetAsync("/");
        cached.Headers.Age.ShouldNotBeNull("nothing was written: the page comes from the cache");
        watch.StoreReads.ShouldBe(reads, "no notice came: the kept version is used, the store is not asked");

        await WriteAuditNoteAsync(app);
        await UntilAsync(async () => await watch.CurrentAsync(default) != before, "the commit's notice moves the version");
        (await visitor.GetAsync("/")).Headers.Age.ShouldBeNull("the other connection's commit changed the store's version");
        (await visitor.GetAsync("/")).Headers.Age.ShouldNotBeNull("the new page is cached in turn");
    }

    [Fact]
    public async Task A_lost_listener_never_leaves_a_kept_version_standing()
    {
        await using var app = new EmptyPostgresDashboardFactory(await server.NewDatabaseAsync());
        var watch = app.Services.GetRequiredService<StoreVersionWatch>();
        var visitor = app.CreateClient();
        (await visitor.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await UntilAsync(() => Task.FromResult(watch.Listener!.State == StoreChangeListening.Listening), "the listener connects");
        (await visitor.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await visitor.GetAsync("/")).Headers.Age.ShouldNotBeNull();
        var connects = watch.Listener!.Connects;

        // The server drops the listener's connection (as a restart or an administrator would), then a write comes
        // whose notice nobody receives.
        await using (var admin = new NpgsqlConnection(app.Services.GetRequiredService<IOptions<StoreOptions>>().Value.ConnectionString))
        {
            await admin.OpenAsync();
            await using var kill = new NpgsqlCommand(
                "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = @name AND datname = current_database()) t", admin);
            kill.Parameters.AddWithValue("name", StoreChangeListener.ApplicationName);
            (await kill.ExecuteScalarAsync()).ShouldBe(1L, "one listener connection per app");
        }
        await WriteAuditNoteAsync(app);

        await UntilAsync(() => Task.FromResult(watch.Listener.Connects > connects), "the listener connects again");
        (await visitor.GetAsync("/")).Headers.Age.ShouldBeNull("the write made while nobody listened is seen: the kept version was dropped");
        (await visitor.GetAsync("/")).Headers.Age.ShouldNotBeNull("listening again: the new page is cached");
    }

    [Fact]
    public async Task Without_a_listener_every_version_is_read_from_the_store()
    {
        var store = await server.NewDatabaseAsync();
        await using (var db = StoreSetup.Open(store)) await StoreSetup.MigrateAsync(db);
        var unreachable = new NpgsqlConnectionStringBuilder(store.ConnectionString) { Port = 1, Timeout = 1 }.ConnectionString;
        await using var listener = new StoreChangeListener(unreachable, NullLogger.Instance);
        listener.Start();
        using var watch = new StoreVersionWatch(new StoreContexts(Options.Create(store)), Options.Create(store),
            NullLogger<StoreVersionWatch>.Instance, listener);

        var first = await watch.CurrentAsync(default);
        (await watch.CurrentAsync(default)).ShouldBe(first);
        watch.StoreReads.ShouldBe(2, "no listener vouches for a kept version: each request asks the store");
        listener.State.ShouldBe(StoreChangeListening.Unknown);

        await using (var db = StoreSetup.Open(store))
        {
            db.AuditEntries.Add(new AuditEntry { At = DateTimeOffset.UtcNow, Actor = "another-program", Action = AuditAction.Note });
            await db.SaveChangesAsync();
        }
        (await watch.CurrentAsync(default)).ShouldNotBe(first, "the very next request sees the commit");
    }

    [Fact]
    public async Task With_change_notices_off_no_listener_starts_and_every_version_is_read_from_the_store()
    {
        var store = await server.NewDatabaseAsync();
        store.ChangeNotices = false;
        await using (var db = StoreSetup.Open(store)) await StoreSetup.MigrateAsync(db);
        using var watch = new StoreVersionWatch(new StoreContexts(Options.Create(store)), Options.Create(store), NullLogger<StoreVersionWatch>.Instance);

        await watch.CurrentAsync(default);
        await watch.CurrentAsync(default);
        watch.Listener.ShouldBeNull();
        watch.StoreReads.ShouldBe(2);
    }
}
