using System.IO.Compression;
using System.Reflection;
using BorderWatch.Ingestion.Language.Parsing;
using BorderWatch.Ingestion.Language.Tagging;

namespace BorderWatch.Ingestion.Language;

/// <summary>
/// The three trained models of the linguistic layer. They are stored as gzip-compressed binary files
/// (<c>tagger.bin</c>, <c>lemmatizer.bin</c>, <c>parser.bin</c>) under <c>Language/Models</c> and embedded in the
/// assembly; they derive from UD English EWT (CC BY-SA 4.0, see Language/Models/NOTICE.md).
/// </summary>
public sealed record LanguageModels(PosTagger Tagger, Lemmatizer Lemmatizer, DependencyParser Parser)
{
    public const string TaggerFile = "tagger.bin", LemmatizerFile = "lemmatizer.bin", ParserFile = "parser.bin";
    private const string Magic = "BorderWatch.Language/1";
    private const string ResourcePrefix = "BorderWatch.Language.";

    public void Save(string directory)
    {
        Directory.CreateDirectory(directory);
        Write(Path.Combine(directory, TaggerFile), Tagger.Write);
        Write(Path.Combine(directory, LemmatizerFile), Lemmatizer.Write);
        Write(Path.Combine(directory, ParserFile), Parser.Write);
    }

    /// <summary>The models saved in <paramref name="directory"/>, reading <paramref name="words"/> (WordNet's word classes, for
    /// the tagger's unknown words and a parser trained with them; null: the embedded file, for callers outside DI).</summary>
    public static LanguageModels Load(string directory, Incidents.TypeModel.TypeWords? words = null)
    {
        words ??= Incidents.TypeModel.TypeWords.Default;
        return new(
            Read(Path.Combine(directory, TaggerFile), PosTagger.Read).WithPastForms(ReadPastForms(), words),
            Read(Path.Combine(directory, LemmatizerFile), Lemmatizer.Read),
            Read(Path.Combine(directory, ParserFile), DependencyParser.Read).WithWords(words));
    }

    /// <summary>The models embedded in this assembly at build time, reading <paramref name="words"/> (null: the embedded
    /// file, for callers outside DI; <see cref="LanguageServices.AddSentenceParser"/> passes the registered one).</summary>
    public static LanguageModels LoadEmbedded(Incidents.TypeModel.TypeWords? words = null)
    {
        words ??= Incidents.TypeModel.TypeWords.Default;
        var assembly = typeof(LanguageModels).Assembly;
        return new(
            ReadResource(assembly, TaggerFile, PosTagger.Read).WithPastForms(ReadPastForms(), words),
            ReadResource(assembly, LemmatizerFile, Lemmatizer.Read),
            ReadResource(assembly, ParserFile, DependencyParser.Read).WithWords(words));
    }

    /// <summary>Irregular past forms of verbs (<c>Lexicon/past-forms.json</c>, from WordNet's verb.exc), read by the tagger.</summary>
    public static IReadOnlySet<string> ReadPastForms()
    {
        using var stream = typeof(LanguageModels).Assembly.GetManifestResourceStream("BorderWatch.Lexicon.past-forms.json")
            ?? throw new InvalidOperationException("past-forms.json is not embedded in BorderWatch.Ingestion");
        using var doc = System.Text.Json.JsonDocument.Parse(stream);
        return doc.RootElement.GetProperty("forms").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
    }

    private static void Write(string path, Action<BinaryWriter> body)
    {
        var temporary = path + ".tmp";
        using (var file = File.Create(temporary))
        using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
        using (var writer = new BinaryWriter(gzip))
        {
            writer.Write(Magic);
            body(writer);
        }
        File.Move(temporary, path, overwrite: true);
    }

    private static T Read<T>(string path, Func<BinaryReader, T> body)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"language model not found: {path}", path);
        using var file = File.OpenRead(path);
        return ReadFrom(file, path, body);
    }

    private static T ReadResource<T>(Assembly assembly, string file, Func<BinaryReader, T> body)
    {
        using var stream = assembly.GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new InvalidOperationException($"language model '{file}' is not embedded in {assembly.GetName().Name}");
        return ReadFrom(stream, file, body);
    }

    private static T ReadFrom<T>(Stream stream, string name, Func<BinaryReader, T> body)
    {
        try
        {
            using var gzip = new GZipStream(stream, CompressionMode.Decompress);
            using var reader = new BinaryReader(new BufferedStream(gzip, 1 << 16));
            var magic = reader.ReadString();
            if (magic != Magic) throw new InvalidDataException($"not a BorderWatch language model (header '{magic}')");
            return body(reader);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            throw new InvalidDataException($"language model {name}: {e.Message}", e);
        }
    }
}
