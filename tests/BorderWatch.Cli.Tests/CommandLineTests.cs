using BorderWatch.Cli;

namespace BorderWatch.Cli.Tests;

public class CommandLineTests
{
    [Fact]
    public void Parses_export_with_filters_and_global_options()
    {
        var (line, error) = CommandLine.Parse(["--db", "x.db", "export", "--format", "CSV", "--border", "AFG-TKM", "--person=Sergey Lavrov"]);
        error.ShouldBeNull();
        line!.Command.ShouldBe("export");
        line.Option("format").ShouldBe("CSV");
        line.Option("border").ShouldBe("AFG-TKM");
        line.Option("person").ShouldBe("Sergey Lavrov");
        line.Option("db").ShouldBe("x.db");
    }

    [Fact]
    public void Ingest_takes_paths()
    {
        var (line, error) = CommandLine.Parse(["ingest", "a.txt", "folder"]);
        error.ShouldBeNull();
        line!.Arguments.ShouldBe(["a.txt", "folder"]);
    }

    [Fact]
    public void Ingest_takes_a_received_day()
    {
        var (line, error) = CommandLine.Parse(["ingest", "a.txt", "--received", "2026-12-06"]);
        error.ShouldBeNull();
        line!.Received.ShouldBe(new DateOnly(2026, 12, 6));
        CommandLine.Parse(["ingest", "a.txt"]).Line!.Received.ShouldBeNull();
    }

    [Theory]
    [InlineData(new string[0], "no command")]
    [InlineData(new[] { "frobnicate" }, "unknown command 'frobnicate'")]
    [InlineData(new[] { "ingest" }, "at least one file")]
    [InlineData(new[] { "export" }, "--format")]
    [InlineData(new[] { "export", "--format", "xml" }, "'xml' is not one of")]
    [InlineData(new[] { "export", "--format", "json", "--out" }, "--out needs a value")]
    [InlineData(new[] { "stats", "--border", "AFG-TKM" }, "--border is not valid for 'stats'")]
    [InlineData(new[] { "stats", "extra" }, "takes no arguments")]
    [InlineData(new[] { "reprocess", "--article", "x" }, "--article: 'x' is not an article id")]
    [InlineData(new[] { "ingest", "a.txt", "--received", "2026-13-01" }, "--received: '2026-13-01' is not a day (YYYY-MM-DD)")]
    [InlineData(new[] { "ingest", "a.txt", "--received", "6 December 2026" }, "--received: '6 December 2026' is not a day")]
    [InlineData(new[] { "export", "--format", "json", "--received", "2026-12-06" }, "--received is not valid for 'export'")]
    [InlineData(new[] { "generate" }, "generate needs --incidents")]
    [InlineData(new[] { "generate", "--incidents", "0" }, "--incidents: '0' is not a positive whole number")]
    [InlineData(new[] { "generate", "--incidents", "10", "--seed", "-1" }, "--seed: '-1' is not a whole number")]
    [InlineData(new[] { "generate-corpus", "--articles", "3" }, "generate-corpus needs --out")]
    [InlineData(new[] { "generate-corpus", "--out", "d", "--articles", "many" }, "--articles: 'many' is not a positive whole number")]
    public void Bad_usage_gives_a_message_naming_the_problem(string[] args, string expected)
    {
        var (line, error) = CommandLine.Parse(args);
        line.ShouldBeNull();
        error.ShouldNotBeNull().ShouldContain(expected);
    }

    [Fact]
    public void Generate_takes_a_size_and_a_seed()
    {
        var (line, error) = CommandLine.Parse(["--db", "/tmp/x.db", "generate", "--incidents", "1000000", "--seed", "7"]);
        error.ShouldBeNull();
        line!.Command.ShouldBe("generate");
        line.Option("incidents").ShouldBe("1000000");
        line.Option("seed").ShouldBe("7");
    }

    [Fact]
    public void Help_flag_wins()
    {
        var (line, _) = CommandLine.Parse(["export", "--help"]);
        line!.Command.ShouldBe("help");
    }
}

/// <summary>The users command's subcommands and their arguments.</summary>
public sealed class UsersCommandLineTests
{
    [Theory]
    [InlineData(new[] { "users", "add", "chief", "--role", "admin" }, "add", 2)]
    [InlineData(new[] { "users", "add", "chief", "--role", "analyst", "--password-stdin" }, "add", 2)]
    [InlineData(new[] { "users", "LIST" }, "list", 1)]
    [InlineData(new[] { "users", "role", "nadia", "reader" }, "role", 3)]
    [InlineData(new[] { "users", "remove", "nadia" }, "remove", 2)]
    [InlineData(new[] { "users", "reset-password", "nadia", "--reason", "forgot it" }, "reset-password", 2)]
    [InlineData(new[] { "users", "reset-password", "nadia", "--password-stdin" }, "reset-password", 2)]
    [InlineData(new[] { "users", "lock", "nadia" }, "lock", 2)]
    [InlineData(new[] { "users", "Unlock", "nadia" }, "unlock", 2)]
    public void Valid_users_commands_parse(string[] args, string sub, int count)
    {
        var (line, error) = CommandLine.Parse(args);
        error.ShouldBeNull();
        line!.Command.ShouldBe("users");
        line.Arguments[0].ShouldBe(sub);
        line.Arguments.Count.ShouldBe(count);
    }

    [Theory]
    [InlineData(new[] { "users" }, "users needs a subcommand")]
    [InlineData(new[] { "users", "promote", "x" }, "users needs a subcommand: add, list, role, lock, unlock, reset-password or remove (got 'promote')")]
    [InlineData(new[] { "users", "add", "chief" }, "users add needs --role admin|analyst|reader")]
    [InlineData(new[] { "users", "add", "chief", "--role", "boss" }, "role: 'boss' is not one of reader, analyst, admin")]
    [InlineData(new[] { "users", "role", "nadia" }, "users role takes 2 argument(s): NAME ROLE")]
    [InlineData(new[] { "users", "role", "nadia", "owner" }, "role: 'owner' is not one of reader, analyst, admin")]
    [InlineData(new[] { "users", "list", "--role", "admin" }, "users list: --role belongs to 'users add'")]
    [InlineData(new[] { "users", "lock", "nadia", "--password-stdin" }, "users lock: --password-stdin belongs to 'users add' and 'users reset-password'")]
    [InlineData(new[] { "users", "reset-password" }, "users reset-password takes 1 argument(s): NAME")]
    [InlineData(new[] { "users", "list", "--reason", "x" }, "users list: --reason belongs to the commands that change an account")]
    [InlineData(new[] { "stats", "--password-stdin" }, "option --password-stdin is not valid for 'stats'")]
    public void Bad_users_commands_say_what_is_wrong(string[] args, string message)
    {
        var (line, error) = CommandLine.Parse(args);
        line.ShouldBeNull();
        error!.ShouldStartWith(message);
    }
}
