using BorderWatch.TestSupport;
using Microsoft.Data.Sqlite;

namespace BorderWatch.Web.Tests.Hosting;

/// <summary>mend38 (review38 C5): only a store holding every seed text is kept as the template of later seeded dashboards.</summary>
public sealed class SeededStoreTemplateTests
{
    [Theory]
    [InlineData(3, true)]
    [InlineData(2, false)]
    [InlineData(0, false)]
    public void Only_a_complete_seed_import_is_kept(int articles, bool complete)
    {
        var dir = Directory.CreateTempSubdirectory("bw-template-test-").FullName;
        try
        {
            var seeds = Directory.CreateDirectory(Path.Combine(dir, "seeds")).FullName;
            foreach (var n in new[] { "a.txt", "b.txt", "c.txt" }) File.WriteAllText(Path.Combine(seeds, n), "text");
            File.WriteAllText(Path.Combine(seeds, "sources.json"), "{}");
            var store = Path.Combine(dir, "store.db");
            using (var c = new SqliteConnection($"Data Source={store};Pooling=False"))
            {
                c.Open();
                using var create = c.CreateCommand();
                create.CommandText = "CREATE TABLE \"Articles\" (\"Id\" INTEGER PRIMARY KEY);" +
                                     string.Concat(Enumerable.Range(1, articles).Select(i => $"INSERT INTO \"Articles\" VALUES ({i});"));
                create.ExecuteNonQuery();
            }
            SeededStoreTemplate.CompleteImport(store, seeds).ShouldBe(complete);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }
}
