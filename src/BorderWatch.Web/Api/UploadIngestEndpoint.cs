using BorderWatch.Web.Dashboard;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderWatch.Web.Api;

/// <summary>
/// <c>POST /api/ingest</c>: files sent as multipart/form-data, ingested one after another like the Ingest page's
/// upload (<see cref="IngestBatch"/>). Every document gets a result; a bad file is a Failed result whose error names
/// the file and the reason, and the files after it still go in. Upload names are only names: never used as paths.
/// </summary>
public static class UploadIngestEndpoint
{
    public static async Task<Results<Ok<IReadOnlyList<ApiIngestResult>>, ProblemHttpResult>> IngestAsync(HttpRequest request,
        IngestBatch batch, CancellationToken ct)
    {
        if (!request.HasFormContentType)
            return Problem("files: send the files as multipart/form-data (one or more parts named 'files')");
        var form = await request.ReadFormAsync(ct);
        if (form.Files.Count == 0)
            return Problem("files: the upload holds no file (send one or more parts named 'files')");

        var items = form.Files.Select((f, i) => new IngestItem(NameOf(f, i), f.Length, async t =>
        {
            await using var stream = f.OpenReadStream();
            using var buffer = new MemoryStream((int)f.Length);
            await stream.CopyToAsync(buffer, t);
            return buffer.ToArray();
        })).ToList();
        var done = await batch.RunAsync(items, _ => Task.CompletedTask, ct);
        return TypedResults.Ok<IReadOnlyList<ApiIngestResult>>(done.Select(d => d.Result).Select(r => new ApiIngestResult(
            r.Source, r.Outcome.ToString().ToLowerInvariant(), r.ArticleId, r.IncidentIds, r.Error, r.DuplicateOfId)).ToList());
    }

    /// <summary>The part's file name without any folder (a client may send "C:\\x\\a.txt" or "../a.txt").</summary>
    private static string NameOf(IFormFile file, int index) =>
        Path.GetFileName(file.FileName.Replace('\\', '/')) is { Length: > 0 } name ? name : $"file {index + 1}";

    private static ProblemHttpResult Problem(string detail) => TypedResults.Problem(
        title: "The upload cannot be ingested", detail: detail, statusCode: StatusCodes.Status400BadRequest,
        extensions: new Dictionary<string, object?> { ["errors"] = new[] { detail } });
}
