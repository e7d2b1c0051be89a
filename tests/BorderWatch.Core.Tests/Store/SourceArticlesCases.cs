using System.Data;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Store;

namespace BorderWatch.Core.Tests.Store;

/// <summary>
/// <see cref="SourceArticles"/> on a real database of each provider: the articles carrying a text (itself and its
/// syndicated copies) for one article and for several (each carrier once), an article read only as a copy, one never
/// read, and the copy counts.
/// </summary>
public abstract class SourceArticlesCases(StoreFixture fixture)
{
    private static Article Story(string name, Outlet? outlet = null) => new()
    {
        SourceName = name, RawContent = name, CleanedText = name, ContentHash = "hash-" + name, Title = name, Outlet = outlet,
    };

    [Fact]
    public async Task The_carriers_of_an_article_are_itself_and_its_copies_each_once()
    {
        var options = await fixture.NewMigratedDatabaseAsync();
        var (dawn, herald) = (new Outlet { Name = "Dawn Wire", Domain = "dawnwire.example" }, new Outlet { Name = "Valley Herald", Domain = "valleyherald.example" });
        var original = Story("pass-closed", dawn);
        var copyA = Story("pass-closed-copy-a", herald);
        var copyB = Story("pass-closed-copy-b", herald);
        var other = Story("river-patrol");
        var otherCopy = Story("river-patrol-copy", dawn);
        var alone = Story("market-fire");
        await using (var db = StoreSetup.Open(options))
        {
            copyA.DuplicateOf = original;
            copyB.DuplicateOf = original;
            otherCopy.DuplicateOf = other;
            db.Articles.AddRange(original, copyA, copyB, other, otherCopy, alone);
            await db.SaveChangesAsync();
        }
        await using var read = StoreSetup.Open(options);

        var articles = await SourceArticles.ReadAsync(read, [original.Id, other.Id, alone.Id]);

        Ids(articles.Carrying([original.Id])).ShouldBe([original.Id, copyA.Id, copyB.Id], ignoreOrder: true);
        Ids(articles.Carrying([other.Id, original.Id, other.Id])).ShouldBe([original.Id, copyA.Id, copyB.Id, other.Id, otherCopy.Id], ignoreOrder: true);
        Ids(articles.Carrying([copyA.Id])).ShouldBe([copyA.Id]);
        Ids(articles.Carrying([alone.Id])).ShouldBe([alone.Id]);
        articles.Carrying([alone.Id + copyA.Id + 1000]).ShouldBeEmpty();
        articles.Carrying([]).ShouldBeEmpty();
        articles.Carrying([original.Id]).Select(a => a.OutletId).Distinct().Count().ShouldBe(2);
        (articles.CopiesOf(original.Id), articles.CopiesOf(other.Id), articles.CopiesOf(alone.Id)).ShouldBe((2, 1, 0));
        // The reach of one article: its carriers and their distinct outlets (an article without an outlet counts none).
        articles.Reach(original.Id).ShouldBe((3, 2));
        articles.Reach(other.Id).ShouldBe((2, 1));
        articles.Reach(alone.Id).ShouldBe((1, 0));
        articles.Reach(copyB.Id).ShouldBe((1, 1));
        articles.Reach(alone.Id + copyA.Id + 1000).ShouldBe((0, 0));
    }

    [Fact]
    public async Task Articles_read_later_join_the_carriers_of_those_read_before()
    {
        var options = await fixture.NewMigratedDatabaseAsync();
        var first = Story("convoy-stopped");
        var copy = Story("convoy-stopped-copy");
        var second = Story("checkpoint-opened");
        await using (var db = StoreSetup.Open(options))
        {
            copy.DuplicateOf = first;
            db.Articles.AddRange(first, copy, second);
            await db.SaveChangesAsync();
        }
        await using var read = StoreSetup.Open(options);

        var before = await SourceArticles.ReadAsync(read, [second.Id]);
        var after = await SourceArticles.ReadAsync(read, [first.Id, second.Id], before);

        Ids(before.Carrying([first.Id])).ShouldBeEmpty();
        Ids(after.Carrying([first.Id, second.Id])).ShouldBe([first.Id, copy.Id, second.Id], ignoreOrder: true);
    }

    private static List<int> Ids(IReadOnlyList<SourceArticles.Row> rows)
    {
        rows.Select(r => r.Id).Distinct().Count().ShouldBe(rows.Count);
        return rows.Select(r => r.Id).ToList();
    }
}

public sealed class SqliteSourceArticlesTests(SqliteFixture fixture) : SourceArticlesCases(fixture), IClassFixture<SqliteFixture>;

[Collection(PostgresCollection.Name)]
public sealed class PostgresSourceArticlesTests(PostgresFixture fixture) : SourceArticlesCases(fixture);

/// <summary><see cref="LeanColumns.Enum{T}"/>: names in any case, numbers and unknown text as EF's string converter reads them.</summary>
public sealed class LeanColumnsEnumTests
{
    [Fact]
    public void Names_in_any_case_numbers_and_unknown_text_read_as_the_string_converter_reads_them()
    {
        var table = new DataTable();
        table.Columns.Add("v", typeof(string));
        foreach (var text in new[] { "Organization", "organization", "PERSON", "2", "no-such-kind", "" }) table.Rows.Add(text);
        using var reader = table.CreateDataReader();
        var read = new List<ActorKind>();
        while (reader.Read()) read.Add(reader.Enum<ActorKind>(0));

        read.ShouldBe([ActorKind.Organization, ActorKind.Organization, ActorKind.Person, (ActorKind)2, default, default]);
    }
}
