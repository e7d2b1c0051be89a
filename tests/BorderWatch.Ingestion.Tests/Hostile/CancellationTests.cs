using System.Text;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Tests.Storing;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Ingestion.Tests.Hostile;

/// <summary>
/// The detector sees its token between sentences: a cancelled analysis of a long (but allowed) text ends with
/// <see cref="OperationCanceledException"/> instead of running to its result, and a cancelled ingest stores nothing.
/// The assertions are on outcomes (cancelled, not a result; nothing stored), never on elapsed time.
/// </summary>
public class CancellationTests
{
    /// <summary>Just under the 200,000 characters analysed per article: about 1,000 sentences, each with a border incident.</summary>
    private static string HugeText()
    {
        var text = new StringBuilder();
        string[] days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
        for (var i = 0; text.Length < 195_000; i++)
            text.Append($"Kyrgyz border guards detained {i % 9 + 2} men near the Tajik border on {days[i % days.Length]}, officials in Batken said. ")
                .Append(i % 12 == 11 ? "\n\n" : "");
        return text.ToString();
    }

    /// <summary>Cancelled (OperationCanceledException or its TaskCanceledException), not finished and not failed otherwise.</summary>
    private static async Task ShouldBeCancelled(Task work)
    {
        Exception? thrown = null;
        try { await work; }
        catch (Exception e) { thrown = e; }
        thrown.ShouldBeAssignableTo<OperationCanceledException>($"expected cancellation, got {(thrown is null ? "a result" : thrown.GetType().Name)}");
    }

    [Fact]
    public async Task A_detector_whose_token_fires_mid_text_stops_with_cancellation_instead_of_a_result()
    {
        var text = HugeText();
        var input = new AnalysisInput(text, TextSegmenter.Sentences(text), PartialDate.Unknown);
        input.Sentences.Count.ShouldBeGreaterThan(900);
        var detector = IncidentDetector.Default;
        // Warm the lexicons and models so the token fires inside the sentence loop, not while loading.
        detector.Detect(new AnalysisInput(HostileCorpus.Article, TextSegmenter.Sentences(HostileCorpus.Article), PartialDate.Unknown)).ShouldNotBeEmpty();

        using var cancel = new CancellationTokenSource();
        var run = Task.Run(() => detector.Detect(input, cancel.Token));
        cancel.CancelAfter(TimeSpan.FromMilliseconds(100));
        await ShouldBeCancelled(run);   // no result, not even a partial list of incidents
    }

    [Fact]
    public async Task A_cancelled_ingest_of_a_long_text_stores_nothing_and_the_next_ingest_goes_in()
    {
        await using var store = await TempStore.CreateAsync();
        await using var db = store.Open();
        var service = store.Service(db);
        using var cancel = new CancellationTokenSource();
        var ingest = service.IngestContentAsync("long.txt", Encoding.UTF8.GetBytes(HugeText()), cancel.Token);
        cancel.CancelAfter(TimeSpan.FromMilliseconds(100));
        await ShouldBeCancelled(ingest);

        (await db.Articles.CountAsync()).ShouldBe(0);
        (await db.Incidents.CountAsync()).ShouldBe(0);
        (await db.Excerpts.CountAsync()).ShouldBe(0);

        var next = (await store.Service(db).IngestContentAsync("next.txt", Encoding.UTF8.GetBytes(HostileCorpus.Article))).Results.ShouldHaveSingleItem();
        next.Outcome.ShouldBe(IngestOutcome.Stored, next.Error);
        (await db.Articles.CountAsync()).ShouldBe(1);
    }
}
