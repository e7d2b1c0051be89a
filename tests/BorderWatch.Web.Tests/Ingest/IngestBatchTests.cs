using System.Text;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion;
using BorderWatch.Web.Dashboard;
using BorderWatch.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BorderWatch.Web.Tests.Ingest;

/// <summary>The ingest page's batch runner on a real store: progress per document, a result table, source fields kept.</summary>
public sealed class IngestBatchTests : IAsyncLifetime
{
    private readonly EmptyDashboardFactory app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    private const string Article = "DUSHANBE, 12 March 2021. Tajik border guards clashed with smugglers near the Afghan border on Tuesday, the State Committee for National Security said.";

    private static IngestItem Text(string name, string text, ArticleSource? source = null)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new IngestItem(name, bytes.Length, _ => Task.FromResult(bytes), source);
    }

    private async Task<(IReadOnlyList<IngestedDocument> Docs, List<IngestProgress> Progress)> RunAsync(params IngestItem[] items)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var batch = scope.ServiceProvider.GetRequiredService<IngestBatch>();
        var progress = new List<IngestProgress>();
        var docs = await batch.RunAsync(items, p => { progress.Add(p); return Task.CompletedTask; }, CancellationToken.None);
        return (docs, progress);
    }

    [Fact]
    public async Task Each_document_reports_progress_and_a_bad_one_fails_alone()
    {
        var (docs, progress) = await RunAsync(Text("clash.txt", Article), Text("empty.txt", "   "), Text("notes.docx", "x"));

        progress.Select(p => p.Done).ShouldBe([0, 1, 2, 3]);
        progress[^1].Fraction.ShouldBe(1);
        progress[1].Current.ShouldBe("empty.txt");
        docs[0].Result.Outcome.ShouldBe(IngestOutcome.Stored);
        docs[0].Incidents.Count.ShouldBe(docs[0].Result.IncidentIds.Count);
        docs[0].Incidents.ShouldNotBeEmpty("the result table lists what was extracted");
        docs[0].Incidents.ShouldAllBe(i => i.Excerpts.Count > 0);
        docs.Skip(1).ShouldAllBe(d => d.Result.Outcome == IngestOutcome.Failed && d.Result.Error!.Length > 0);

        var (again, _) = await RunAsync(Text("clash.txt", Article));
        again[0].Result.Outcome.ShouldBe(IngestOutcome.Unchanged);
    }

    [Fact]
    public async Task A_pasted_article_keeps_its_headline_outlet_author_link_and_date()
    {
        var source = new ArticleSource
        {
            Title = "Clash on the Tajik-Afghan border", Outlet = "Asia-Plus", Author = "A. Reporter", Url = "https://example.org/clash",
            Published = PartialDate.OfDay(2021, 3, 13), PublishedNote = "given when the article was pasted",
        };
        var (docs, _) = await RunAsync(Text("pasted-clash.txt", "Clash on the Tajik-Afghan border\n\n" + Article, source));

        var id = docs.Single().Result.ArticleId!.Value;
        await using var db = app.OpenStore();
        var article = await db.Articles.Include(a => a.Outlet).SingleAsync(a => a.Id == id);
        article.Title.ShouldBe(source.Title);
        article.Outlet!.Name.ShouldBe("Asia-Plus");
        article.Author.ShouldBe("A. Reporter");
        article.SourceUrl.ShouldBe("https://example.org/clash");
        (article.PublishedYear, article.PublishedMonth, article.PublishedDay).ShouldBe((2021, 3, 13));
        article.PublishedDateSource.ShouldBe(PublishedDateSource.Metadata);
        docs.Single().Incidents.Select(i => i.Id).Order().ShouldBe(await db.Incidents.Where(i => i.ArticleId == id).Select(i => i.Id).OrderBy(i => i).ToListAsync());
    }
}
