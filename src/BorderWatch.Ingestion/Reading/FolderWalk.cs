namespace BorderWatch.Ingestion.Reading;

/// <summary>What the walk found at one path: a file to read, or a path it reports and passes over.</summary>
public enum FolderEntryKind
{
    /// <summary>A file to try (its type is checked again when it is opened).</summary>
    File,
    /// <summary>A file no reader handles, or a symbolic link inside a folder: reported, not a failure.</summary>
    Skipped,
    /// <summary>A path that could not be listed or does not exist: reported as a failure.</summary>
    Failed,
}

/// <param name="Path">The path as found.</param>
/// <param name="Named">True for a path given by the user (tried whatever its extension).</param>
/// <param name="Reason">Why the path is skipped or failed.</param>
public sealed record FolderEntry(string Path, FolderEntryKind Kind, bool Named, string? Reason = null);

/// <summary>
/// Lists what an ingest of some paths reads, without recursion and without following links: a folder's
/// subfolders are walked from an explicit stack; a symbolic link met inside a folder (to a file or a folder) is
/// reported and not followed, so a link loop or a link out of the folder (to <c>/etc</c>, <c>/dev/zero</c>) is
/// never read; a subfolder that cannot be listed is reported and the walk goes on. Entries come in ordinal name
/// order, folder by folder.
/// </summary>
public static class FolderWalk
{
    public static IEnumerable<FolderEntry> Entries(string path)
    {
        if (File.Exists(path)) { yield return new FolderEntry(path, FolderEntryKind.File, Named: true); yield break; }
        if (!Directory.Exists(path))
        {
            yield return new FolderEntry(path, FolderEntryKind.Failed, Named: true, "no such file or folder");
            yield break;
        }

        var pending = new Stack<string>();
        pending.Push(path);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            var (entries, error) = List(folder);
            if (error is not null)
            {
                yield return new FolderEntry(folder, FolderEntryKind.Failed, Named: false, error);
                continue;
            }
            var subfolders = new List<string>();
            foreach (var entry in entries!)
            {
                if (entry.LinkTarget is not null)
                    yield return new FolderEntry(entry.FullName, FolderEntryKind.Skipped, Named: false, "symbolic link, not followed");
                else if (entry is DirectoryInfo)
                    subfolders.Add(entry.FullName);
                else if (DocumentReader.IsSupported(entry.Name))
                    yield return new FolderEntry(entry.FullName, FolderEntryKind.File, Named: false);
                else
                    yield return new FolderEntry(entry.FullName, FolderEntryKind.Skipped, Named: false, DocumentReader.UnsupportedReason(entry.Name));
            }
            // Pushed in reverse so the first subfolder is walked first.
            for (var i = subfolders.Count - 1; i >= 0; i--) pending.Push(subfolders[i]);
        }
    }

    private static (List<FileSystemInfo>? Entries, string? Error) List(string folder)
    {
        try
        {
            var options = new EnumerationOptions
            {
                RecurseSubdirectories = false, IgnoreInaccessible = false, AttributesToSkip = 0,
                ReturnSpecialDirectories = false,
            };
            var entries = new DirectoryInfo(folder).EnumerateFileSystemInfos("*", options)
                .OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
            return (entries, null);
        }
        catch (UnauthorizedAccessException) { return (null, "folder cannot be read (permission denied)"); }
        catch (IOException e) { return (null, $"folder cannot be read ({e.GetType().Name})"); }
    }
}
