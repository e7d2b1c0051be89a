using System.Data.Common;
using System.Diagnostics;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Pipeline;
using Microsoft.Extensions.Logging;

namespace BorderWatch.Ingestion.Storing;

/// <summary>The inserts of one article under the write lock: content and near-copy checks, then its rows.</summary>
public sealed partial class ArticleWriter
{
    /// <summary>The checks and inserts of one article, in the caller's transaction.</summary>
    private async Task<IngestResult> InsertAsync(PreparedArticle prepared, DbTransaction tx, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var (doc, analysis, print) = prepared;
        var rows = _statements!;
        // Under the write lock: another writer (or an earlier article of this group) may have stored it.
        if (await rows.SameContentAsync(doc, tx, ct) is int same) return Unchanged(doc, same, logger);
        var duplicateOf = await rows.NearCopies.FindAsync(print, tx, ct);
        var article = NewArticle(doc, analysis, print.SimHash, duplicateOf);
        var outletName = doc.Metadata.OutletName ?? doc.Metadata.OutletDomain;
        if (!string.IsNullOrWhiteSpace(outletName)) article.OutletId = await OutletIdAsync(outletName, doc.Metadata.OutletDomain, tx, ct);
        await rows.Article.InsertAsync(article, tx, ct);
        if (duplicateOf is null) rows.NearCopies.Known.Remember(article.Id, article.SimHash);
        var ids = new List<int>();
        // A near-copy is a source in its own right (ADR 0015): its incidents, excerpts into its own text and actor links
        // are written as an original's are, but hidden (Incident.Hidden, the store's rule for a syndicated copy), so
        // the counts, tallies and lists skip them; the export carries them after their original's records.
        {
            // The writer assigns the incidents' and excerpts' keys (WriterIds), so the article's rows go in a few
            // multi-row statements per table instead of one statement (and one key read back) per row.
            var extracted = IncidentRows.WithFingerprints(article, analysis.Incidents);
            var (incidentIds, excerptIds) = await rows.Ids.TakeAsync(extracted.Count, tx, ct);
            var incidents = new List<Incident>(extracted.Count);
            var excerpts = new List<Excerpt>(extracted.Count);
            var casualties = new List<IncidentCasualties>();
            var links = new List<IncidentActor>();
            for (var n = 0; n < extracted.Count; n++)
            {
                var (fingerprint, e) = extracted[n];
                var incident = IncidentRows.ToIncident(article, e, _refs!);
                incident.Id = incidentIds[n];
                incident.ArticleId = article.Id;
                incident.Fingerprint = fingerprint;
                incident.Hidden = duplicateOf is not null;
                incidents.Add(incident);
                ids.Add(incident.Id);
                var excerpt = IncidentRows.ExcerptOf(article, e);
                excerpt.Id = excerptIds[n];
                excerpt.ArticleId = article.Id;
                excerpt.IncidentId = incident.Id;
                excerpts.Add(excerpt);
                if (IncidentCasualties.For(e.Casualties) is { } counted)
                {
                    counted.IncidentId = incident.Id;
                    casualties.Add(counted);
                }
                var first = links.Count;
                foreach (var link in IncidentRows.Links(e, _refs!, article.SourceName, logger))
                {
                    link.IncidentId = incident.Id;
                    links.Add(link);
                }
                _tallies?.Add(incident, ActorIds(links, first));
                _search?.Add(incident, excerpt.Text, links, first);
            }
            await rows.Incident.InsertManyAsync(incidents, tx, ct);
            await rows.Excerpt.InsertManyAsync(excerpts, tx, ct);
            await rows.Casualties.InsertManyAsync(casualties, tx, ct);
            // The actor links and band rows of the article, many rows per statement too.
            await rows.Link.InsertManyAsync(links, tx, ct);
            _search?.Write();
        }
        if (duplicateOf is null)
        {
            // Only originals are candidates of later near-copies: a copy links to its original, it is not indexed.
            var bands = new ArticleBand[print.Bands.Count];
            for (var b = 0; b < bands.Length; b++) bands[b] = new ArticleBand { ArticleId = article.Id, Band = (short)b, Value = print.Bands[b] };
            await rows.Band.InsertManyAsync(bands, tx, ct);
            // Its shingle hashes, so a later near-copy's confirmation reads this row, not the article's texts.
            await rows.Shingles.InsertAsync(new ArticleShingles { ArticleId = article.Id, Hashes = print.Packed }, tx, ct);
        }
        logger.LogInformation(
            "Stored {File} as article {ArticleId}: {IncidentsFound} incident(s), written in {ElapsedMs} ms{Duplicate:l}",
            doc.SourceName, article.Id, ids.Count, clock.ElapsedMilliseconds,
            duplicateOf is null ? "" : $" (near-copy of article {duplicateOf})");
        return duplicateOf is null
            ? new IngestResult(doc.SourceName, IngestOutcome.Stored, article.Id, ids, null)
            : new IngestResult(doc.SourceName, IngestOutcome.Duplicate, article.Id, ids, null, duplicateOf);
    }

    private static IEnumerable<int> ActorIds(List<IncidentActor> links, int first)
    {
        for (var n = first; n < links.Count; n++) yield return links[n].ActorId;
    }

    private async Task<int> OutletIdAsync(string name, string? domain, DbTransaction tx, CancellationToken ct)
    {
        if (_outlets.TryGetValue(name, out var id) || _groupOutlets.TryGetValue(name, out id)) return id;
        if (await _statements!.OutletAsync(name, tx, ct) is int stored)
        {
            _groupOutlets[name] = stored;
            return stored;
        }
        var outlet = new Outlet { Name = name, Domain = domain };
        await _statements.Outlet.InsertAsync(outlet, tx, ct);
        _groupOutlets[name] = outlet.Id;
        return outlet.Id;
    }

    private static Article NewArticle(SourceDocument doc, AnalyzedArticle analysis, long simHash, int? duplicateOf)
    {
        var meta = doc.Metadata;
        var article = new Article
        {
            SourceName = doc.SourceName,
            SourceUrl = meta.Url,
            Format = doc.Format,
            FeedItemKey = doc.FeedItemKey,
            RawContent = doc.RawText,
            RawEncoding = doc.Encoding,
            CleanedText = analysis.CleanedText,
            Title = meta.Title,
            Author = meta.Author,
            Language = meta.Language,
            ContentHash = doc.ContentHash,
            SimHash = simHash,
            DuplicateOfId = duplicateOf,
            IngestedAt = DateTimeOffset.UtcNow,
            PipelineVersion = ArticleAnalysis.PipelineVersion,
        };
        var reference = analysis.DateContext;
        article.Published = reference.Reference;
        article.PublishedDateSource = reference.Source;
        article.PublishedDateNote = reference.Source == PublishedDateSource.Metadata ? meta.PublishedNote ?? reference.Note : reference.Note;
        return article;
    }
}
