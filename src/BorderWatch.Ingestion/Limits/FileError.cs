using BorderWatch.Ingestion.Reading;
using BorderWatch.Ingestion.Storing;
using Microsoft.Extensions.Logging;

namespace BorderWatch.Ingestion.Limits;

/// <summary>
/// The one-line reason a file failed, "name: reason", for the batch report and the upload page. Expected refusals
/// keep their reason; an unexpected exception is logged in full with the file and reported by its kind only, so
/// no exception text or stack trace reaches a client.
/// </summary>
internal static class FileError
{
    public static string Describe(string source, Exception e, string stage, ILogger logger)
    {
        var name = Path.GetFileName(source);
        switch (e)
        {
            case InvalidDocumentException d: return $"{name}: {d.Reason}";
            case TimeBudgetExceededException t: return $"{name}: gave up, {t.Message} (a crafted or oversized document?)";
            case StoreBusyException b: return $"{name}: {b.Message}";
            case UnauthorizedAccessException: return $"{name}: cannot be read (permission denied)";
            case IOException: return $"{name}: cannot be read (input/output error)";
            default:
                logger.LogError(e, "Unexpected error while {Stage} {File}", stage, source);
                return $"{name}: internal error while {stage} ({e.GetType().Name}); nothing was stored, details are in the log";
        }
    }
}
