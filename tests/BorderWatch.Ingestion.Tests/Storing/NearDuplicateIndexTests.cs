using System.Text;
using BorderWatch.Ingestion.Duplicates;
using Microsoft.EntityFrameworkCore;
using static BorderWatch.Ingestion.Tests.Storing.NearCopyTexts;

namespace BorderWatch.Ingestion.Tests.Storing;

/// <summary>
/// The near-duplicate index on SQLite (its query plans) and the bands themselves; the lookup's rule on both stores is in
/// <see cref="NearCopyCases"/>. What the lookup keeps of the SimHashes it met (<see cref="KnownSimHashes"/>).
/// </summary>
public sealed class NearDuplicateIndexTests
{
    [Fact]
    public async Task The_lookup_reads_the_band_index_not_the_articles()
    {
        await using var store = await TempStore.CreateAsync();
        await using var db = store.Open();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN SELECT DISTINCT ArticleId FROM ArticleBands WHERE Value IN (1, 2, 3)";
        var plan = new StringBuilder();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) plan.AppendLine(reader.GetString(3));
        // The covering index: the article ids come from the index, no table row is read per matching band.
        plan.ToString().ShouldContain("COVERING INDEX IX_ArticleBands_Value_ArticleId");
        plan.ToString().ShouldNotContain("SCAN ArticleBands");

        // The bounded lookup per band value: a seek on the same index, read backwards, no sort.
        command.CommandText = "EXPLAIN QUERY PLAN SELECT ArticleId FROM ArticleBands WHERE Value = 1 ORDER BY ArticleId DESC LIMIT 16";
        plan.Clear();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) plan.AppendLine(reader.GetString(3));
        plan.ToString().ShouldContain("COVERING INDEX IX_ArticleBands_Value_ArticleId (Value=?)");
        plan.ToString().ShouldNotContain("TEMP B-TREE");

        // The lookup's own statement: band ids from the index alone, no article row read for them.
        command.CommandText = "EXPLAIN QUERY PLAN " + NearCopyLookup.BandIdsSql;
        for (var n = 0; n < ShingleBands.Count; n++)
        {
            var p = command.CreateParameter();
            p.ParameterName = "@b" + n;
            p.Value = (long)n;
            command.Parameters.Add(p);
        }
        plan.Clear();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) plan.AppendLine(reader.GetString(3));
        plan.ToString().ShouldContain("COVERING INDEX IX_ArticleBands_Value_ArticleId (Value=?)");
        plan.ToString().ShouldNotContain("Articles ");
        plan.ToString().ShouldNotContain("SCAN ArticleBands");
    }

    [Fact]
    public void Bands_are_stable_and_shared_by_near_copies_far_more_than_by_other_stories()
    {
        var a = ShingleBands.Of(NearDuplicates.Shingles(Story(1)));
        a.ShouldBe(ShingleBands.Of(NearDuplicates.Shingles(Story(1))));
        a.Length.ShouldBe(ShingleBands.Count);
        ShingleBands.Of(NearDuplicates.Shingles("")).ShouldBeEmpty();
        var shared = Enumerable.Range(0, 50).Count(n => ShingleBands.Of(NearDuplicates.Shingles(Edited(Story(n), 40)))
            .Intersect(ShingleBands.Of(NearDuplicates.Shingles(Story(n)))).Any());
        shared.ShouldBe(50);
        var unrelated = Enumerable.Range(0, 50).Count(n => ShingleBands.Of(NearDuplicates.Shingles(Story(n + 1000)))
            .Intersect(ShingleBands.Of(NearDuplicates.Shingles(Story(n)))).Any());
        unrelated.ShouldBe(0);
    }

    [Fact]
    public void Simhashes_are_kept_once_their_transaction_commits_and_the_oldest_are_forgotten_beyond_the_capacity()
    {
        var known = new KnownSimHashes(capacity: 3);
        known.Begin();
        known.Remember(1, 11);
        known.Remember(2, null);
        known.TryGet(1, out var one).ShouldBeTrue("the open transaction sees what it wrote");
        one.ShouldBe(11);
        known.Begin();   // the last transaction did not commit
        known.TryGet(1, out _).ShouldBeFalse();
        known.Count.ShouldBe(0);

        known.Remember(1, 11);
        known.Remember(2, null);
        known.Committed();
        known.TryGet(2, out var two).ShouldBeTrue();
        two.ShouldBeNull("a stored article without a SimHash is known to be no candidate");
        known.Begin();
        known.Remember(3, 33);
        known.Remember(4, 44);
        known.Committed();
        known.Count.ShouldBe(3);
        known.TryGet(1, out _).ShouldBeFalse("the oldest met is forgotten first");
        known.TryGet(4, out var four).ShouldBeTrue();
        four.ShouldBe(44);
    }
}
