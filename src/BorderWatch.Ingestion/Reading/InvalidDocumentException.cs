namespace BorderWatch.Ingestion.Reading;

/// <summary>
/// A file that cannot be read as an article. <see cref="Exception.Message"/> is one line, "{source}: {reason}",
/// fit for a batch report.
/// </summary>
public sealed class InvalidDocumentException(string source, string reason)
    : Exception($"{source}: {OneLine(reason)}")
{
    /// <summary>The file name (or feed item name) that was refused.</summary>
    public string DocumentName { get; } = source;

    /// <summary>Why it was refused, without the file name.</summary>
    public string Reason { get; } = OneLine(reason);

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
