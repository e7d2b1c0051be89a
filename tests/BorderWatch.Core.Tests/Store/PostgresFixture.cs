using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using BorderWatch.Core.Store;
using Npgsql;

namespace BorderWatch.Core.Tests.Store;

/// <summary>
/// A throw-away PostgreSQL 15 server: initdb into a temp dir, listening on 127.0.0.1 on a free port, stopped and
/// removed on dispose. Fails (does not skip) when the server binaries are missing: CI installs postgresql.
/// </summary>
public sealed class PostgresFixture : StoreFixture
{
    public const string BinDir = "/usr/lib/postgresql/15/bin";
    private readonly string dir = Directory.CreateTempSubdirectory("bw-pg-").FullName;
    private string DataDir => Path.Combine(dir, "data");
    private int port;
    private int count;
    private bool started;

    public override string ProviderName => StoreSetup.PostgreSql;

    private static bool RunningAsRoot => Environment.UserName == "root";

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={port};Username=postgres;Database={database};Pooling=false;Timeout=15";

    public override async Task InitializeAsync()
    {
        if (!File.Exists(Path.Combine(BinDir, "initdb")) || !File.Exists(Path.Combine(BinDir, "pg_ctl")))
            throw new InvalidOperationException(
                $"PostgreSQL server binaries not found in {BinDir}: install the Debian package 'postgresql' (15) to run the PostgreSQL store tests.");

        if (RunningAsRoot)   // initdb refuses to run as root
            await RunAsync("chown", ["-R", "postgres:postgres", dir], asPostgres: false);

        // A UTF-8 ctype, as production databases have: under plain "C", PostgreSQL's lower() folds ASCII only.
        await RunAsync(Path.Combine(BinDir, "initdb"),
            ["-D", DataDir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], asPostgres: true);

        port = FreePort();
        var serverOptions = $"-p {port} -k {dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        await RunAsync(Path.Combine(BinDir, "pg_ctl"),
            ["-D", DataDir, "-l", Path.Combine(dir, "server.log"), "-o", serverOptions, "-w", "-t", "60", "start"], asPostgres: true);
        started = true;
    }

    public override async Task<StoreOptions> NewDatabaseAsync()
    {
        var name = $"borderwatch_{Interlocked.Increment(ref count)}";
        await using (var conn = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        return new StoreOptions { Provider = "postgresql", ConnectionString = ConnectionString(name) };
    }

    /// <summary>PostgreSQL copies a database given as the template of a new one (no session may be connected to it:
    /// the connection strings here do not pool).</summary>
    protected override async Task<StoreOptions> CopyDatabaseAsync(StoreOptions source)
    {
        var template = new NpgsqlConnectionStringBuilder(source.ConnectionString).Database;
        var name = $"borderwatch_{Interlocked.Increment(ref count)}";
        await using (var conn = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        return new StoreOptions { Provider = "postgresql", ConnectionString = ConnectionString(name) };
    }

    /// <summary>Pooling on: each query no longer starts a backend (connect, fork, authenticate, warm the catalog caches).</summary>
    public override StoreOptions Pooled(StoreOptions options) => new()
    {
        Provider = options.Provider,
        ChangeNotices = options.ChangeNotices,
        ConnectionString = new NpgsqlConnectionStringBuilder(options.ConnectionString) { Pooling = true }.ToString(),
    };

    public override async Task DisposeAsync()
    {
        try
        {
            if (started)
                await RunAsync(Path.Combine(BinDir, "pg_ctl"), ["-D", DataDir, "-m", "immediate", "-w", "stop"], asPostgres: true);
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var p = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return p;
    }

    private static async Task RunAsync(string file, IReadOnlyList<string> args, bool asPostgres)
    {
        var psi = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (asPostgres && RunningAsRoot)
        {
            psi.FileName = "runuser";
            foreach (var a in new[] { "-u", "postgres", "--", file }) psi.ArgumentList.Add(a);
        }
        else psi.FileName = file;
        foreach (var a in args) psi.ArgumentList.Add(a);

        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {await stdout}{await stderr}");
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "PostgreSQL server";
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresIncidentFilterTests(PostgresFixture fixture) : IncidentFilterCases(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreTests(PostgresFixture fixture) : StoreCases(fixture);
