using BorderWatch.Core.Store.Migrations;
using Npgsql;

namespace BorderWatch.Web.Dashboard;

/// <summary>Where the listener stands: only while <see cref="Listening"/> may a version kept in process be trusted.</summary>
public enum StoreChangeListening
{
    /// <summary>Not connected yet, or connecting again after a loss: nothing is known, read the version from the store.</summary>
    Unknown,
    /// <summary>Connected and listening: every commit that changes the store version sends a notice here.</summary>
    Listening,
}

/// <summary>
/// PostgreSQL: a dedicated connection (not pooled) that <c>LISTEN</c>s on <see cref="StoreChangeNoticeSql.Channel"/>,
/// where the triggers of migration <c>20261207300000_StoreChangeNotices</c> send a notice at every commit that changes
/// the store version, whoever commits. Each notice, each (re)connect and each loss moves <see cref="Generation"/>; a
/// version read while the generation stayed the same is still the store's version. A lost connection (server restart,
/// terminated backend, a ping that fails) turns <see cref="State"/> to <see cref="StoreChangeListening.Unknown"/> at
/// once and the listener connects again after <see cref="RetryDelay"/>. A notice is delivered after the commit, so a
/// request in the few milliseconds between another process's commit and its notice may still see the previous
/// version (this process's own commits drop the kept version at once, <see cref="InProcessWrites"/>); a connection cut without a word (no reset, no FIN) is found by the ping within <see cref="PingInterval"/>.
/// </summary>
public sealed class StoreChangeListener : IAsyncDisposable
{
    public static readonly TimeSpan PingInterval = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    /// <summary>The application name the listener's backend shows in <c>pg_stat_activity</c>.</summary>
    public const string ApplicationName = "borderwatch-store-changes";

    private readonly string connectionString;
    private readonly ILogger logger;
    private readonly CancellationTokenSource stopping = new();
    private readonly Lock gate = new();
    private Task? loop;
    private long generation;
    private volatile StoreChangeListening state = StoreChangeListening.Unknown;

    public StoreChangeListener(string connectionString, ILogger logger)
    {
        this.connectionString = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false,   // held for the listener's life; a pooled connection's reset would UNLISTEN
            ApplicationName = ApplicationName,
            CommandTimeout = 10,
            Timeout = 10,
        }.ConnectionString;
        this.logger = logger;
    }

    public StoreChangeListening State => state;

    /// <summary>Moves with every notice, connect and loss; null while the state is not <see cref="StoreChangeListening.Listening"/>.</summary>
    public long? Generation
    {
        get
        {
            // Read the generation before the state: a loss sets the state first, then moves the generation.
            var g = Interlocked.Read(ref generation);
            return state == StoreChangeListening.Listening ? g : null;
        }
    }

    /// <summary>How many times the listener has connected and started listening (tests wait on it after a loss).</summary>
    public int Connects { get; private set; }

    /// <summary>Starts the listening loop once (later calls do nothing).</summary>
    public void Start()
    {
        lock (gate) loop ??= Task.Run(() => RunAsync(stopping.Token));
    }

    private async Task RunAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                connection.Notification += (_, _) => Interlocked.Increment(ref generation);
                await connection.OpenAsync(ct);
                await using (var listen = new NpgsqlCommand($"LISTEN {StoreChangeNoticeSql.Channel}", connection))
                    await listen.ExecuteNonQueryAsync(ct);
                // Anything may have been committed while nobody listened: the next request reads the version again.
                Interlocked.Increment(ref generation);
                state = StoreChangeListening.Listening;
                Connects++;
                logger.LogInformation("Store change notices: listening on {Channel}", StoreChangeNoticeSql.Channel);
                await using var ping = new NpgsqlCommand("SELECT 1", connection);
                while (true)
                {
                    if (!await connection.WaitAsync(PingInterval, ct)) await ping.ExecuteScalarAsync(ct);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested) { break; }
            catch (Exception e) when (!ct.IsCancellationRequested)   // any failure: unknown until connected again, never stale
            {
                Lose();
                logger.LogWarning("Store change notices lost ({Reason}); cached pages read the store version per request until the listener is back", e.Message);
            }
            finally { Lose(); }
            try { await Task.Delay(RetryDelay, ct); }
            catch (OperationCanceledException) { break; }
        }
    }

    private void Lose()
    {
        state = StoreChangeListening.Unknown;
        Interlocked.Increment(ref generation);
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        Task? running;
        lock (gate) running = loop;
        if (running is not null) await running;
        stopping.Dispose();
    }
}
