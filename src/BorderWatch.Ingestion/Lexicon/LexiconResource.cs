namespace BorderWatch.Ingestion;

/// <summary>Reads one of the lexicon files embedded in this assembly (<c>Lexicon/*.json</c>) as text.</summary>
internal static class LexiconResource
{
    public static string Read(string file)
    {
        var name = "BorderWatch.Lexicon." + file;
        using var stream = typeof(LexiconResource).Assembly.GetManifestResourceStream(name)
                           ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
