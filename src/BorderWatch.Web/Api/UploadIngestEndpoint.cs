using System.Globalization;
using BorderWatch.Web.Hosting;
using BorderWatch.Web.Ingest;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderWatch.Web.Api;

/// <summary>
/// <c>POST /api/ingest</c>: files sent as multipart/form-data become an ingest job like the Ingest page's upload and
/// a URL ingest (<see cref="IngestJobQueue"/>): the files are kept for the job (<see cref="UploadSpool"/>) and the
/// answer is 202 Accepted with the job and its status URL. The job ingests them one after another; every document
/// gets a result, a bad file is a Failed result whose one-line error names the file and the reason, and the files
/// after it still go in. Limits (body size, number of files) are refused before a job exists, as problem details
/// naming the limit. Upload names are only names: never used as paths.
/// </summary>
public static class UploadIngestEndpoint
{
    /// <summary>Files (and other form fields) in one upload: the form reader's own limit, said in words.</summary>
    public const int MaxFiles = RequestLimits.MaxFormEntries;

    public static async Task<Results<Accepted<ApiIngestJob>, ProblemHttpResult>> IngestAsync(HttpRequest request,
        IngestJobQueue jobs, UploadSpool spool, CancellationToken ct)
    {
        if (!request.HasFormContentType)
            return Problem(StatusCodes.Status400BadRequest, "files: send the files as multipart/form-data (one or more parts named 'files')");
        IFormCollection form;
        try { form = await request.ReadFormAsync(ct); }
        catch (InvalidDataException e) { return Problem(StatusCodes.Status413PayloadTooLarge, Limit(e)); }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, TotalSize);
        }
        if (form.Files.Count == 0)
            return Problem(StatusCodes.Status400BadRequest, "files: the upload holds no file (send one or more parts named 'files')");

        var spooled = await spool.SpoolAsync(form.Files, ct);
        var title = form.Files.Count == 1 ? spooled.Items[0].Name : $"{form.Files.Count.ToString("N0", CultureInfo.InvariantCulture)} files";
        return jobs.SubmitDocuments(IngestJobKind.Upload, title, spooled.Items, spooled, request.HttpContext.User.Identity?.Name) is { } job
            ? IngestJobEndpoints.Accepted(job)
            : IngestJobEndpoints.QueueFull(jobs.Capacity);
    }

    private static string TotalSize =>
        $"files: the upload is larger than the {RequestLimits.MaxBodyBytes / (1024 * 1024)} MB accepted in one request (send fewer or smaller files per request)";

    /// <summary>The form reader's limits, in the client's terms (its own message is not passed on).</summary>
    private static string Limit(InvalidDataException e) =>
        e.Message.Contains("count limit", StringComparison.OrdinalIgnoreCase)
            ? $"files: more than {MaxFiles} files and fields in one upload (send at most {MaxFiles} files per request)"
            : e.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase) && e.Message.Contains("body", StringComparison.OrdinalIgnoreCase)
                ? TotalSize
                : "files: the form could not be read (a field name or header over its limit, or a malformed multipart body)";

    private static ProblemHttpResult Problem(int status, string detail) => TypedResults.Problem(
        title: "The upload cannot be ingested", detail: detail, statusCode: status,
        extensions: new Dictionary<string, object?> { ["errors"] = new[] { detail } });
}
