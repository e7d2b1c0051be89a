using BorderWatch.Core;
using BorderWatch.Core.Store;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Events;
using Serilog.Extensions.Logging;
using Serilog.Formatting.Json;

namespace BorderWatch.Cli;

/// <summary>The CLI as a function of its arguments and output streams, so tests can run it in-process.</summary>
public static class CliApp
{
    public const int Ok = 0, SomeFailed = 1, UsageError = 2, Failed = 3;

    /// <param name="stdin">Where <c>users add --password-stdin</c> reads the password (default: the console).</param>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken ct = default,
        TextReader? stdin = null)
    {
        var (line, error) = CommandLine.Parse(args);
        if (line is null)
        {
            await stderr.WriteLineAsync($"borderwatch: {error}");
            await stderr.WriteLineAsync(CommandLine.Usage);
            return UsageError;
        }
        if (line.Command == "help")
        {
            await stdout.WriteLineAsync(CommandLine.Usage);
            return Ok;
        }

        // Generates a data file of the repository: no store involved.
        if (line.Command == "build-wordnet") return await BuildWordNetCommand.RunAsync(line, stdout, stderr);
        if (line.Command == "build-type-words") return await BuildTypeWordsCommand.RunAsync(line, stdout, stderr);
        if (line.Command == "train-language") return await TrainLanguageCommand.RunAsync(line, stdout, stderr);
        if (line.Command == "train-types") return await TrainTypesCommand.RunAsync(line, stdout, stderr);

        StoreOptions store;
        try { store = StoreOptionsFrom(line); }
        catch (ArgumentException e)
        {
            await stderr.WriteLineAsync($"borderwatch: {e.Message}");
            return UsageError;
        }

        if (line.Command == "generate-corpus") return await GenerateCommand.CorpusAsync(line, stdout, ct);

        using var loggerFactory = CreateLogging(line.Option("logs") ?? "logs");
        try
        {
            await using var db = StoreSetup.Open(store);
            await StoreSetup.MigrateAsync(db, ct);
            return line.Command switch
            {
                "ingest" => await IngestCommand.RunAsync(line, db, stdout, stderr, loggerFactory, ct),
                "export" => await ExportCommand.RunAsync(line, db, stdout, stderr, ct),
                "stats" => await StatsCommand.RunAsync(db, stdout, ct),
                "reprocess" => await ReprocessCommand.RunAsync(line, db, stdout, loggerFactory, ct),
                "generate" => await GenerateCommand.StoreAsync(line, db, stdout, stderr, ct),
                "users" => await UsersCommand.RunAsync(line, db, stdin ?? Console.In, stdout, stderr, ct),
                _ => UsageError,
            };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The store unreachable, a disk full: one line, never a stack trace; the log has the details.
            loggerFactory.CreateLogger("BorderWatch.Cli").LogCritical(e, "{Command} stopped", line.Command);
            await stderr.WriteLineAsync(ReportLine.Escape($"borderwatch: {line.Command} stopped: {e.GetType().Name} ({e.GetBaseException().Message})"));
            return Failed;
        }
    }

    private static StoreOptions StoreOptionsFrom(CommandLine line)
    {
        var provider = line.Option("provider") ?? "sqlite";
        var connection = line.Option("connection");
        if (line.Option("db") is { } file)
        {
            if (connection is not null) throw new ArgumentException("give either --db or --connection, not both");
            if (!provider.Equals("sqlite", StringComparison.OrdinalIgnoreCase))
                throw new ArgumentException("--db names a SQLite file; use --connection for PostgreSQL");
            connection = $"Data Source={Path.GetFullPath(file)}";
        }
        if (provider.Equals("postgresql", StringComparison.OrdinalIgnoreCase) && connection is null)
            throw new ArgumentException("--provider postgresql needs --connection");
        return new StoreOptions { Provider = provider, ConnectionString = connection };
    }

    /// <summary>
    /// Serilog: errors to the console (stderr; per-file failures are already printed); everything from Information up
    /// to two rolling files under <paramref name="logDir"/>: <c>borderwatch-YYYYMMDD.log</c> for people and
    /// <c>borderwatch-YYYYMMDD.json</c> (one JSON object per line, with the structured properties such as File,
    /// ArticleId, IncidentsFound and ElapsedMs) for queries.
    /// </summary>
    private static ILoggerFactory CreateLogging(string logDir)
    {
        var logger = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .WriteTo.Console(restrictedToMinimumLevel: LogEventLevel.Error, standardErrorFromLevel: LogEventLevel.Verbose)
            .WriteTo.File(Path.Combine(logDir, "borderwatch-.log"), rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14,
                outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}")
            .WriteTo.File(new JsonFormatter(renderMessage: true), Path.Combine(logDir, "borderwatch-.json"),
                rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14)
            .CreateLogger();
        return new SerilogLoggerFactory(logger, dispose: true);
    }
}
