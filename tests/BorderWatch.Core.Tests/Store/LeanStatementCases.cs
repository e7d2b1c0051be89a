using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Tests.Store;

/// <summary>
/// <see cref="LeanStatement{TArg}"/> on a real database of each provider: rows read by column position, the column-count
/// check, its one parameter kept a value, an empty result, and the SQL made once per model.
/// </summary>
public abstract class LeanStatementCases(StoreFixture fixture)
{
    private static Actor Person(string key, string name, ActorKind kind = ActorKind.Person) =>
        new() { Kind = kind, Key = key, CanonicalName = name, DisplayName = name };

    private async Task<(StoreOptions Options, Dictionary<string, int> Ids)> StoreAsync(params Actor[] actors)
    {
        var options = await fixture.NewMigratedDatabaseAsync();
        await using var db = StoreSetup.Open(options);
        db.Actors.AddRange(actors);
        await db.SaveChangesAsync();
        return (options, actors.ToDictionary(a => a.Key, a => a.Id));
    }

    private static LeanStatement<int[]> ActorsById(int columns = 3) => new((db, wanted) => db.Actors.AsNoTracking()
        .Where(a => EF.Parameter(wanted).Contains(a.Id)).OrderBy(a => a.Id)
        .Select(a => new { a.Id, a.Key, a.Kind }), [0], columns);

    [Fact]
    public async Task Rows_are_read_by_column_position_in_the_projections_order()
    {
        var (options, ids) = await StoreAsync(Person("aziz-k", "Aziz K."), Person("border-troops", "Border Troops", ActorKind.Organization),
            Person("ulan-b", "Ulan B."));
        await using var db = StoreSetup.Open(options);

        var rows = await ActorsById().ReadAsync(db, [ids["border-troops"], ids["ulan-b"]], r => (r.GetInt32(0), r.GetString(1), r.Enum<ActorKind>(2)));

        rows.ShouldBe([(ids["border-troops"], "border-troops", ActorKind.Organization), (ids["ulan-b"], "ulan-b", ActorKind.Person)]);
    }

    [Fact]
    public async Task A_projection_of_another_width_fails_with_the_counts_and_the_sql()
    {
        var (options, ids) = await StoreAsync(Person("aziz-k", "Aziz K."));
        await using var db = StoreSetup.Open(options);
        var statement = ActorsById(columns: 2);

        var error = await Should.ThrowAsync<InvalidOperationException>(() => statement.ReadAsync(db, [ids["aziz-k"]], r => r.GetInt32(0)));

        error.Message.ShouldContain("read 3 columns where 2 were expected");
        error.Message.ShouldContain(statement.Sql(db));
    }

    [Fact]
    public async Task A_parameter_with_quotes_and_semicolons_stays_a_value()
    {
        const string awkward = "o'neil\"; DROP TABLE \"Actors\"; --";
        var (options, ids) = await StoreAsync(Person(awkward, "O'Neil"), Person("o", "O."));
        await using var db = StoreSetup.Open(options);
        var byKey = new LeanStatement<string>((d, key) => d.Actors.AsNoTracking().Where(a => a.Key == key).Select(a => new { a.Id, a.CanonicalName }),
            "stand-in", columns: 2);

        var rows = await byKey.ReadAsync(db, awkward, r => (r.GetInt32(0), r.GetString(1)));

        rows.ShouldBe([(ids[awkward], "O'Neil")]);
        byKey.Sql(db).ShouldNotContain("o'neil");
        (await db.Actors.CountAsync()).ShouldBe(2);
        (await byKey.ReadAsync(db, "o' OR '1'='1", r => r.GetInt32(0))).ShouldBeEmpty();
    }

    [Fact]
    public async Task No_matching_rows_give_an_empty_list_and_read_nothing()
    {
        var (options, ids) = await StoreAsync(Person("aziz-k", "Aziz K."));
        await using var db = StoreSetup.Open(options);
        var reads = 0;

        var rows = await ActorsById().ReadAsync(db, [ids["aziz-k"] + 1000], r => { reads++; return r.GetInt32(0); });
        var none = await ActorsById().ReadAsync(db, [], r => { reads++; return r.GetInt32(0); });

        rows.ShouldBeEmpty();
        none.ShouldBeEmpty();
        reads.ShouldBe(0);
    }

    [Fact]
    public async Task The_statement_is_built_once_per_model_and_reused_by_every_context()
    {
        var (options, ids) = await StoreAsync(Person("aziz-k", "Aziz K."), Person("ulan-b", "Ulan B."));
        var built = 0;
        var statement = new LeanStatement<int[]>((db, wanted) =>
        {
            built++;
            return db.Actors.AsNoTracking().Where(a => EF.Parameter(wanted).Contains(a.Id)).OrderBy(a => a.Id).Select(a => new { a.Id });
        }, [0], columns: 1);

        string first, second;
        await using (var db = StoreSetup.Open(options))
        {
            (await statement.ReadAsync(db, [ids["aziz-k"]], r => r.GetInt32(0))).ShouldBe([ids["aziz-k"]]);
            (await statement.ReadAsync(db, [ids["ulan-b"], ids["aziz-k"]], r => r.GetInt32(0))).ShouldBe([ids["aziz-k"], ids["ulan-b"]]);
            first = statement.Sql(db);
        }
        await using (var db = StoreSetup.Open(options))
        {
            (await statement.ReadAsync(db, [ids["ulan-b"]], r => r.GetInt32(0))).ShouldBe([ids["ulan-b"]]);
            second = statement.Sql(db);
        }

        built.ShouldBe(1);
        ReferenceEquals(first, second).ShouldBeTrue();
    }

    // Filters composed by methods, as IncidentQueries.Apply composes them: each captured value is one of EF's parameters.
    private static IQueryable<Actor> OfKind(IQueryable<Actor> q, ActorKind kind) => q.Where(x => x.Kind == kind);

    private static IQueryable<Actor> After(IQueryable<Actor> q, int id) => q.Where(x => x.Id > id);

    private static IQueryable<Actor> Except(IQueryable<Actor> q, string key) => q.Where(x => x.Key != key);

    [Fact]
    public async Task Several_parameters_are_matched_to_EFs_by_the_stand_ins_values()
    {
        var (options, ids) = await StoreAsync(Person("aziz-k", "Aziz K."), Person("border-troops", "Border Troops", ActorKind.Organization),
            Person("ulan-b", "Ulan B."), Person("osh-guard", "Osh Guard", ActorKind.Organization));
        await using var db = StoreSetup.Open(options);
        // The values in another order than EF's parameters; the id twice (two of EF's parameters send it); the kind as
        // EF's converter sends it (its name).
        var statement = new LeanStatement<(int After, ActorKind Kind, string Except)>((d, a) =>
            After(Except(OfKind(After(d.Actors.AsNoTracking(), a.After), a.Kind), a.Except), a.After).OrderBy(x => x.Id).Select(x => new { x.Key }),
            (-7, ActorKind.State, "stand-in"), columns: 1, a => [a.Except, a.After, a.Kind.ToString()]);

        var organizations = await statement.ReadAsync(db, (ids["aziz-k"], ActorKind.Organization, "none"), r => r.GetString(0));
        var persons = await statement.ReadAsync(db, (0, ActorKind.Person, "ulan-b"), r => r.GetString(0));
        var none = await statement.ReadAsync(db, (ids["osh-guard"], ActorKind.Organization, "none"), r => r.GetString(0));

        organizations.ShouldBe(["border-troops", "osh-guard"]);
        persons.ShouldBe(["aziz-k"]);
        none.ShouldBeEmpty();
    }

    [Fact]
    public async Task Values_that_match_no_parameter_of_EFs_fail_when_made()
    {
        var (options, _) = await StoreAsync(Person("aziz-k", "Aziz K."));
        await using var db = StoreSetup.Open(options);
        var statement = new LeanStatement<(int A, int B)>((d, a) => After(After(d.Actors.AsNoTracking(), a.A), a.B).Select(x => new { x.Id }),
            (3, 3), columns: 1, a => [a.A, a.B]);

        var error = await Should.ThrowAsync<InvalidOperationException>(() => statement.ReadAsync(db, (0, 10), r => r.GetInt32(0)));

        error.Message.ShouldContain("matches 2 of the stand-in's values");
    }
}

public sealed class SqliteLeanStatementTests(SqliteFixture fixture) : LeanStatementCases(fixture), IClassFixture<SqliteFixture>;

[Collection(PostgresCollection.Name)]
public sealed class PostgresLeanStatementTests(PostgresFixture fixture) : LeanStatementCases(fixture);
