namespace BorderWatch.Cli;

/// <summary>A parsed command line: the command, its positional arguments and its options.</summary>
public sealed record CommandLine(string Command, IReadOnlyList<string> Arguments, IReadOnlyDictionary<string, string?> Options)
{
    public const string Usage = """
        usage: borderwatch [--db FILE | --provider postgresql --connection CS] COMMAND [options]

        commands:
          ingest PATH... [--type-model FILE|off] [--type-margin X] [--received YYYY-MM-DD]
                                         ingest .txt, .html/.htm and RSS/Atom feed files or folders
                                         (--type-model: another trained type model, or none, and
                                         --type-margin its fill margin, to measure it; --received: the
                                         day the documents came in, default today (UTC): a dateline
                                         or weekday without a year takes its year from it)
          ingest --url URL [--allow-hosts H1,H2] [--timeout SECONDS]
                                         fetch one article (http/https, <= 5 redirects, 10 MB, 20 s
                                         or --timeout); private and loopback addresses are refused
                                         unless the host is in --allow-hosts
          export --format json|csv|geojson [--out FILE] [--sort ORDER] [--base-url URL] [filters]
                                         export incidents (to stdout without --out), oldest first or
                                         by --sort newest|oldest|type|border|status|confidence;
                                         --base-url fills the permalink column
          stats                          counts per table, per border and per type
          reprocess [--article ID] [--received YYYY-MM-DD]
                                         re-run the current pipeline over stored articles; incidents an
                                         analyst reviewed are never changed; --received: the day given to
                                         ingest (a yearless dateline keeps its year; default: ingestion day)
          generate --incidents N [--seed S]
                                         fill a new, empty store with N synthetic incidents (deterministic:
                                         same seed, same store), for benchmarks
          generate-corpus --articles N --out DIR [--seed S]
                                         write N synthetic news articles (.txt and .html) for ingest runs
          build-wordnet [--wordnet DIR] [--roots FILE] [--licence FILE] [--triggers FILE] [--out FILE]
                                         regenerate the detector's event-class file from WordNet 3.0
                                         (default /usr/share/wordnet, Debian's wordnet-base)
          build-type-words [--wordnet DIR] [--roots FILE] [--licence FILE] [--out FILE]
                                         regenerate the type model's word classes (supersenses, argument
                                         classes) from WordNet 3.0
          train-language [--data DIR] [--out DIR] [--tagger-epochs N] [--parser-epochs N] [--parser-beam N]
                         [--train-on train|train+dev] [--parser-word-classes yes|no] [--tagger-wordnet yes|no]
                                         train the tagger, lemmatiser and parser from the UD English
                                         treebanks (default data/ud) into Language/Models and score them
          train-language --evaluate DIR [--tagger-past-forms yes|no] [--parser-beam N] [--parser-prune X [--out DIR]]  score the models in DIR on EWT dev/test and PUD test
                                         (with --parser-beam, the parser decodes with beam N instead of its own;
                                         --parser-prune X drops parser weights under X, written to --out DIR if given)
          train-types [--data DIR] [--out FILE] [--loco SET] [--epochs N] [--explain]
                                         train the incident-type model from the gold corpora and paraphrase
                                         sets (default tests/BorderWatch.Ingestion.Tests/Data) into
                                         Incidents/TypeModel/types.bin; --loco SET leaves SET out (and
                                         scores a paraphrase set with and without the model)
          users add NAME --role admin|analyst|reader [--password-stdin]
                                         add an account; without --password-stdin a password is
                                         generated and printed once (the first admin is made this way)
          users list                     accounts with role, state and active API tokens
          users role NAME ROLE           give an account another role (reader, analyst, admin)
          users remove NAME              remove an account and its API tokens
          users lock NAME | unlock NAME  lock an account until unlocked / end a lockout
          users reset-password NAME [--password-stdin]
                                         set a new password (generated and printed once unless given);
                                         the account's sessions end
          (every users change except list takes --reason TEXT, kept in the audit log with who and when)

        filters (export):
          --border AFG-TKM  --country TKM  --org CSTO  --person "Sergey Lavrov"  --type deployment
          --status unconfirmed  --from 2018-01  --to 2019-12  --dates overlaps|within
          --actors any|all  --q "text" (words ANDed, "phrases", prefix*)  --border none
          (several values: comma-separated, e.g. --country TKM,TJK)

        options:
          --db FILE          SQLite store (default: the dashboard's store, $BORDERWATCH_DB or the
                             user's local application data folder)
          --provider NAME    sqlite (default) or postgresql
          --connection CS    connection string for the provider
          --logs DIR         folder for rolling log files (default: ./logs)
        """;

    private static readonly HashSet<string> Commands = ["ingest", "export", "stats", "reprocess", "generate", "generate-corpus", "build-wordnet", "build-type-words", "train-language", "train-types", "users"];
    private static readonly HashSet<string> Flags = ["help", "h", "password-stdin", "explain"];

    /// <summary>Options each command accepts (global options are accepted everywhere).</summary>
    private static readonly Dictionary<string, HashSet<string>> CommandOptions = new()
    {
        ["ingest"] = ["url", "allow-hosts", "timeout", "type-model", "type-margin", "received"],
        ["export"] = ["format", "out", "border", "country", "org", "person", "type", "status", "from", "to", "dates", "actors", "q", "sort", "base-url"],
        ["stats"] = [],
        ["reprocess"] = ["article", "received"],
        ["generate"] = ["incidents", "seed"],
        ["generate-corpus"] = ["articles", "out", "seed"],
        ["build-wordnet"] = ["wordnet", "roots", "licence", "triggers", "out"],
        ["build-type-words"] = ["wordnet", "roots", "licence", "out"],
        ["train-language"] = ["data", "out", "tagger-epochs", "parser-epochs", "parser-beam", "parser-prune", "evaluate", "train-on", "parser-word-classes", "tagger-wordnet", "tagger-past-forms"],
        ["train-types"] = ["data", "out", "loco", "epochs", "explain"],
        ["users"] = ["role", "password-stdin", "reason"],
    };

    private static readonly HashSet<string> GlobalOptions = ["db", "provider", "connection", "logs"];

    /// <summary>Parses arguments; returns an error message instead of throwing on bad usage.</summary>
    public static (CommandLine? Line, string? Error) Parse(IReadOnlyList<string> args)
    {
        string? command = null;
        var positional = new List<string>();
        var options = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a.StartsWith("--", StringComparison.Ordinal) || (a.StartsWith('-') && a.Length == 2 && char.IsLetter(a[1])))
            {
                var name = a.TrimStart('-');
                string? value = null;
                var eq = name.IndexOf('=');
                if (eq >= 0) { value = name[(eq + 1)..]; name = name[..eq]; }
                if (Flags.Contains(name)) { options[name] = "true"; continue; }
                if (value is null)
                {
                    if (i + 1 >= args.Count) return (null, $"option --{name} needs a value");
                    value = args[++i];
                }
                options[name] = value;
            }
            else if (command is null)
            {
                command = a.ToLowerInvariant();
                if (!Commands.Contains(command)) return (null, $"unknown command '{a}' (expected {string.Join(", ", Commands.Order())})");
            }
            else positional.Add(a);
        }
        if (options.ContainsKey("help") || options.ContainsKey("h")) return (new CommandLine("help", [], options), null);
        if (command is null) return (null, "no command given");
        foreach (var name in options.Keys)
        {
            if (!GlobalOptions.Contains(name) && !CommandOptions[command].Contains(name))
                return (null, $"option --{name} is not valid for '{command}'");
        }
        if (command == "ingest" && positional.Count == 0 && !options.ContainsKey("url")) return (null, "ingest needs at least one file or folder, or --url URL");
        if (command == "users" && UsersError(positional, options) is { } usersError) return (null, usersError);
        if (command is not ("ingest" or "users") && positional.Count > 0) return (null, $"'{command}' takes no arguments (got '{positional[0]}')");
        if (command == "export")
        {
            var format = options.GetValueOrDefault("format");
            if (format is null) return (null, "export needs --format json|csv|geojson");
            if (format.ToLowerInvariant() is not ("json" or "csv" or "geojson"))
                return (null, $"--format: '{format}' is not one of json, csv, geojson");
        }
        foreach (var (name, needed) in new[] { ("incidents", "generate"), ("articles", "generate-corpus"), ("out", "generate-corpus") })
            if (command == needed && !options.ContainsKey(name)) return (null, $"{command} needs --{name}");
        foreach (var name in new[] { "incidents", "articles", "seed" })
            if (options.TryGetValue(name, out var n) && !(int.TryParse(n, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) && v >= (name == "seed" ? 0 : 1)))
                return (null, $"--{name}: '{n}' is not a {(name == "seed" ? "whole number" : "positive whole number")}");
        if (options.TryGetValue("timeout", out var seconds) && !(int.TryParse(seconds, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var t) && t is >= 1 and <= 600))
            return (null, $"--timeout: '{seconds}' is not a number of seconds from 1 to 600");
        if (command == "reprocess" && options.TryGetValue("article", out var id) && !int.TryParse(id, out _))
            return (null, $"--article: '{id}' is not an article id");
        if (options.TryGetValue("received", out var received) && ReceivedDay(received) is null)
            return (null, $"--received: '{received}' is not a day (YYYY-MM-DD)");
        return (new CommandLine(command, positional, options), null);
    }

    /// <summary>users SUBCOMMAND ARGS: the subcommand's arguments and options, or what is wrong with them.</summary>
    private static string? UsersError(List<string> positional, Dictionary<string, string?> options)
    {
        var (sub, args) = positional.Count == 0 ? ("", 0) : (positional[0].ToLowerInvariant(), positional.Count - 1);
        var expected = sub switch { "add" or "remove" or "lock" or "unlock" or "reset-password" => 1, "list" => 0, "role" => 2, _ => -1 };
        if (expected < 0) return $"users needs a subcommand: add, list, role, lock, unlock, reset-password or remove{(sub.Length > 0 ? $" (got '{positional[0]}')" : "")}";
        if (args != expected) return $"users {sub} takes {expected} argument(s): {sub switch { "role" => "NAME ROLE", "list" => "none", _ => "NAME" }}";
        positional[0] = sub;
        if (sub != "add" && options.ContainsKey("role")) return $"users {sub}: --role belongs to 'users add'";
        if (sub is not ("add" or "reset-password") && options.ContainsKey("password-stdin"))
            return $"users {sub}: --password-stdin belongs to 'users add' and 'users reset-password'";
        if (sub == "list" && options.ContainsKey("reason")) return "users list: --reason belongs to the commands that change an account";
        if (options.ContainsKey("reason") && string.IsNullOrWhiteSpace(options["reason"])) return "--reason needs a text";
        if (sub == "add" && !options.ContainsKey("role")) return "users add needs --role admin|analyst|reader";
        var role = sub == "role" ? positional[2] : options.GetValueOrDefault("role");
        if (role is not null && !Core.Domain.AccessRoles.TryParse(role, out _))
            return $"role: '{role}' is not one of {Core.Domain.AccessRoles.Names}";
        return null;
    }

    public string? Option(string name) => Options.TryGetValue(name, out var v) ? v : null;

    /// <summary><c>ingest/reprocess --received YYYY-MM-DD</c>: the day the documents came in; null when not given (or not a day).</summary>
    public DateOnly? Received => ReceivedDay(Option("received"));

    private static DateOnly? ReceivedDay(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
            ? day : null;
}
