using System.Text;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using BorderWatch.Ingestion.Duplicates;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Storing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace BorderWatch.Ingestion.Tests.Storing;

/// <summary>The near-duplicate lookup by the band index: the copy is found among many stored articles, as a full scan would find it.</summary>
public sealed class NearDuplicateIndexTests
{
    private static readonly string[] Vocabulary =
        ("border guards river crossing patrol smugglers detained village checkpoint officials said ministry statement troops " +
         "district province convoy road bridge night morning fire shots wounded killed arrested seized weapons drugs tons " +
         "heroin vehicles trucks trade market customs post mountain pass valley dispute talks delegation commission map " +
         "water canal pasture herders residents clash stones injured hospital investigation security committee service")
        .Split(' ');

    /// <summary>A deterministic story of plain sentences, unlike every other one of the same seed.</summary>
    private static string Story(int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        for (var sentence = 0; sentence < 40; sentence++)
        {
            var words = Enumerable.Range(0, 10).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]).ToList();
            text.Append(char.ToUpperInvariant(words[0][0])).Append(words[0][1..]).Append(' ').Append(string.Join(' ', words.Skip(1))).Append(". ");
            if (sentence % 8 == 7) text.Append("\n\n");
        }
        return text.ToString().Trim();
    }

    private static SourceDocument Document(string name, string text) => TextArticles.Document(name, text);

    /// <summary>Stores N distinct stories through the writer (no incidents: the pipeline is not what is tested here).</summary>
    private static async Task<List<(int Id, string Text)>> StoreStoriesAsync(BorderWatchDbContext db, int count)
    {
        var writer = new ArticleWriter(db, NullLogger.Instance);
        var stored = new List<(int, string)>();
        for (var n = 0; n < count; n++)
        {
            var text = Story(n);
            var analysis = new AnalyzedArticle(text, new DateContext(PartialDate.Unknown, PublishedDateSource.None, null), []);
            var result = await writer.WriteAsync(PreparedArticle.Of(Document($"story-{n}.txt", text), analysis), CancellationToken.None);
            result.Outcome.ShouldBe(IngestOutcome.Stored, result.Error);
            stored.Add((result.ArticleId!.Value, text));
        }
        return stored;
    }

    /// <summary>What the lookup decided before the index: every stored hash compared, then Jaccard on the five nearest.</summary>
    private static int? ByFullScan(IEnumerable<(int Id, string Text)> stored, string text)
    {
        var shingles = NearDuplicates.Shingles(text);
        var hash = NearDuplicates.SimHash(shingles);
        return stored.Select(s => (s.Id, s.Text, Distance: NearDuplicates.Distance(NearDuplicates.SimHash(s.Text), hash)))
            .Where(c => c.Distance <= NearDuplicates.CandidateDistance).OrderBy(c => c.Distance).ThenBy(c => c.Id).Take(5)
            .Where(c => NearDuplicates.Jaccard(shingles, NearDuplicates.Shingles(c.Text)) >= NearDuplicates.SameStoryThreshold)
            .Select(c => (int?)c.Id).FirstOrDefault();
    }

    private static string Edited(string text, int every)
    {
        var words = text.Split(' ');
        for (var i = 3; i < words.Length; i += every) words[i] = "reportedly";
        return "Republished from a partner agency.\n\n" + string.Join(' ', words);
    }

    [Fact]
    public async Task A_near_copy_is_found_among_many_articles_and_an_unrelated_story_is_not()
    {
        await using var store = await TempStore.CreateAsync();
        await using var db = store.Open();
        var stored = await StoreStoriesAsync(db, 300);
        (await db.ArticleBands.CountAsync()).ShouldBe(300 * ShingleBands.Count);

        var original = stored[217];
        var copy = Edited(original.Text, every: 40);
        NearDuplicates.Similarity(copy, original.Text).ShouldBeInRange(0.6, 0.95, "an edited copy, not the same text");
        ByFullScan(stored, copy).ShouldBe(original.Id);
        (await NearDuplicateIndex.FindAsync(db, ShinglePrint.Of(copy), CancellationToken.None)).ShouldBe(original.Id);

        var unrelated = Story(100_000);
        ByFullScan(stored, unrelated).ShouldBeNull();
        (await NearDuplicateIndex.FindAsync(db, ShinglePrint.Of(unrelated), CancellationToken.None)).ShouldBeNull();

        // Through the whole pipeline: stored as a near-copy of the original, linked, no incidents of its own.
        var report = await store.Service(db).IngestContentAsync("partner-copy.txt", Encoding.UTF8.GetBytes(copy));
        var result = report.Results.ShouldHaveSingleItem();
        result.Outcome.ShouldBe(IngestOutcome.Duplicate, result.Error);
        result.DuplicateOfId.ShouldBe(original.Id);
        (await db.ArticleBands.CountAsync(b => b.ArticleId == result.ArticleId)).ShouldBe(0, "a near-copy is not indexed: copies link to the original");
    }

    [Fact]
    public async Task A_near_copy_is_found_when_many_newer_originals_share_some_of_its_bands()
    {
        await using var store = await TempStore.CreateAsync();
        await using var db = store.Open();
        var stored = await StoreStoriesAsync(db, 3 * NearDuplicateIndex.BandCandidates + 1);
        var original = stored[0];
        // Every newer original shares the first half of the original's band values (more of them than the lookup
        // reads per band), as texts that repeat a passage do; the other half stays the original's own.
        await db.Database.ExecuteSqlRawAsync("""
            UPDATE ArticleBands SET Value = (SELECT o.Value FROM ArticleBands o WHERE o.ArticleId = {0} AND o.Band = ArticleBands.Band)
            WHERE ArticleId <> {0} AND Band < 10
            """, original.Id);
        var shared = await db.ArticleBands.Where(b => b.ArticleId == original.Id && b.Band == 0).Select(b => b.Value).SingleAsync();
        (await db.ArticleBands.CountAsync(b => b.Value == shared)).ShouldBeGreaterThan(NearDuplicateIndex.BandCandidates);

        var copy = Edited(original.Text, every: 40);
        ByFullScan(stored, copy).ShouldBe(original.Id);
        (await NearDuplicateIndex.FindAsync(db, ShinglePrint.Of(copy), CancellationToken.None)).ShouldBe(original.Id);
        // The writer's prepared statements keep the same rule.
        var report = await store.Service(db).IngestContentAsync("partner-copy.txt", Encoding.UTF8.GetBytes(copy));
        var result = report.Results.ShouldHaveSingleItem();
        result.Outcome.ShouldBe(IngestOutcome.Duplicate, result.Error);
        result.DuplicateOfId.ShouldBe(original.Id);
    }

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
    }

    [Fact]
    public async Task Articles_stored_before_the_index_get_their_bands_and_are_found_again()
    {
        await using var store = await TempStore.CreateAsync();
        await using var db = store.Open();
        var stored = await StoreStoriesAsync(db, 20);
        var before = await db.ArticleBands.AsNoTracking().OrderBy(b => b.ArticleId).ThenBy(b => b.Band).Select(b => b.Value).ToListAsync();
        await db.ArticleBands.ExecuteDeleteAsync();

        (await store.Service(db).IndexNearDuplicatesAsync()).ShouldBe(20);
        (await db.ArticleBands.AsNoTracking().OrderBy(b => b.ArticleId).ThenBy(b => b.Band).Select(b => b.Value).ToListAsync()).ShouldBe(before);
        (await NearDuplicateIndex.FindAsync(db, ShinglePrint.Of(Edited(stored[7].Text, 40)), CancellationToken.None)).ShouldBe(stored[7].Id);
        (await store.Service(db).IndexNearDuplicatesAsync()).ShouldBe(0, "a second run has nothing left to do");
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
}
