using BorderWatch.Ingestion.Reading;
using BorderWatch.Web.Dashboard;
using Microsoft.Extensions.Options;

namespace BorderWatch.Web.Ingest;

/// <summary>
/// Keeps the files of an API upload for its job, which runs after the request has ended (the server's own buffers
/// of the form are gone by then): each file is copied to a private folder of its own job under a numbered name
/// (the upload's name is only ever a name, never part of a path) and read back when the job reaches it, so a
/// queue of uploads waits on disk, not in memory. The folder is deleted when the job ends, is refused, or the
/// server stops. A file over <see cref="DocumentReader.MaxBytes"/> is not copied: the job refuses it by its size.
/// </summary>
public sealed class UploadSpool(IOptions<IngestJobOptions> options, ILogger<UploadSpool> logger)
{
    public async Task<SpooledUpload> SpoolAsync(IFormFileCollection files, CancellationToken ct)
    {
        var root = string.IsNullOrWhiteSpace(options.Value.SpoolDirectory) ? Path.GetTempPath() : options.Value.SpoolDirectory;
        var folder = Path.Combine(root, "borderwatch-uploads", Guid.NewGuid().ToString("N"));
        CreatePrivate(folder);
        var items = new List<IngestItem>(files.Count);
        var spooled = new SpooledUpload(folder, items, logger);
        try
        {
            for (var n = 0; n < files.Count; n++)
            {
                var file = files[n];
                var name = NameOf(file, n);
                if (file.Length > DocumentReader.MaxBytes)
                {
                    items.Add(new IngestItem(name, file.Length, _ => Task.FromException<byte[]>(new IOException("not kept: over the size limit"))));
                    continue;
                }
                var path = Path.Combine(folder, n.ToString("D5", System.Globalization.CultureInfo.InvariantCulture));
                await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
                await using (var source = file.OpenReadStream())
                    await source.CopyToAsync(target, ct);
                items.Add(new IngestItem(name, file.Length, t => File.ReadAllBytesAsync(path, t)));
            }
            return spooled;
        }
        catch
        {
            spooled.Dispose();
            throw;
        }
    }

    /// <summary>The part's file name without any folder (a client may send "C:\\x\\a.txt" or "../a.txt").</summary>
    public static string NameOf(IFormFile file, int index) =>
        Path.GetFileName(file.FileName.Replace('\\', '/')) is { Length: > 0 } name ? name : $"file {index + 1}";

    private static void CreatePrivate(string folder)
    {
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(folder);
        else Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}

/// <summary>An upload's files on disk and the items that read them; disposing deletes the files.</summary>
public sealed class SpooledUpload(string folder, IReadOnlyList<IngestItem> items, ILogger logger) : IDisposable
{
    public IReadOnlyList<IngestItem> Items => items;

    public string Folder => folder;

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("Could not delete the upload folder {Folder}: {Reason}", folder, e.Message);
        }
    }
}
