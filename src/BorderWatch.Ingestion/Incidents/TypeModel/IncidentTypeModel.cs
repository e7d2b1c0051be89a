using System.IO.Compression;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Language.Perceptron;

namespace BorderWatch.Ingestion.Incidents.TypeModel;

/// <summary>A type guess: the type (null: no incident) and how far its score lies above the next class's.</summary>
public readonly record struct TypeGuess(IncidentType? Type, float Margin);

/// <summary>
/// The trained incident-type model (an averaged perceptron over <see cref="TypeFeatures"/>): class 0 is "no incident",
/// the others the incident types. Stored as a gzip-compressed file (<c>types.bin</c>, embedded in the assembly) that
/// names the feature-set version it was trained with and its classes by code; a file of another version is refused.
/// Thread-safe.
/// </summary>
public sealed class IncidentTypeModel
{
    public const string FileName = "types.bin";
    private const string Magic = "BorderWatch.Types/1";
    private const string ResourceName = "BorderWatch.Types." + FileName;

    private readonly LinearModel model;
    private readonly IncidentType?[] classes;

    public IncidentTypeModel(LinearModel model, IReadOnlyList<IncidentType?> classes, int featureVersion)
    {
        if (model.ClassCount != classes.Count) throw new ArgumentException($"the model has {model.ClassCount} classes, {classes.Count} named");
        this.model = model;
        this.classes = [.. classes];
        FeatureVersion = featureVersion;
    }

    /// <summary>The classes in model order: "no incident" (null), then every incident type.</summary>
    public static IReadOnlyList<IncidentType?> AllClasses { get; } = [null, .. Enum.GetValues<IncidentType>().Select(t => (IncidentType?)t)];

    public int FeatureVersion { get; }
    public int FeatureCount => model.FeatureCount;
    public IReadOnlyList<IncidentType?> Classes => classes;
    internal LinearModel Weights => model;

    public TypeGuess Guess(ReadOnlySpan<ulong> features) => Lead(features, skip: -1);

    /// <summary>The best class other than <paramref name="excluded"/> and its lead over the other remaining classes ("no
    /// incident" among them): asked where the rules' reading rules that one type out (model44).</summary>
    public TypeGuess GuessOther(ReadOnlySpan<ulong> features, IncidentType excluded) => Lead(features, Array.IndexOf(classes, (IncidentType?)excluded));

    // The best class but the one at index skip (none: -1) and its lead over the next best of the rest.
    private TypeGuess Lead(ReadOnlySpan<ulong> features, int skip)
    {
        Span<float> scores = stackalloc float[classes.Length];
        model.Score(features, scores);
        var best = -1;
        for (var c = 0; c < scores.Length; c++) if (c != skip && (best < 0 || scores[c] > scores[best])) best = c;
        var second = float.NegativeInfinity;
        for (var c = 0; c < scores.Length; c++) if (c != best && c != skip && scores[c] > second) second = scores[c];
        return new TypeGuess(classes[best], scores[best] - second);
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        using (var file = File.Create(temporary))
        using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
        using (var w = new BinaryWriter(gzip))
        {
            w.Write(Magic);
            w.Write(FeatureVersion);
            w.Write(classes.Length);
            foreach (var c in classes) w.Write(c?.ToCode() ?? "none");
            model.Write(w);
        }
        File.Move(temporary, path, overwrite: true);
    }

    public static IncidentTypeModel Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"type model not found: {path}", path);
        using var file = File.OpenRead(path);
        return Read(file, path);
    }

    /// <summary>The model embedded in this assembly at build time.</summary>
    public static IncidentTypeModel LoadEmbedded()
    {
        using var stream = typeof(IncidentTypeModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"type model '{FileName}' is not embedded in BorderWatch.Ingestion");
        return Read(stream, FileName);
    }

    private static IncidentTypeModel Read(Stream stream, string name)
    {
        try
        {
            using var gzip = new GZipStream(stream, CompressionMode.Decompress);
            using var r = new BinaryReader(new BufferedStream(gzip, 1 << 16));
            var magic = r.ReadString();
            if (magic != Magic) throw new InvalidDataException($"not a BorderWatch type model (header '{magic}')");
            var version = r.ReadInt32();
            if (version != TypeFeatures.Version)
                throw new InvalidDataException($"trained on feature set {version}, the code reads feature set {TypeFeatures.Version}: retrain with `borderwatch train-types`");
            var count = r.ReadInt32();
            var classes = new IncidentType?[count];
            for (var i = 0; i < count; i++)
            {
                var code = r.ReadString();
                classes[i] = code == "none" ? null
                    : Codes.TryParseType(code, out var type) ? type : throw new InvalidDataException($"unknown incident type '{code}'");
            }
            return new IncidentTypeModel(LinearModel.Read(r), classes, version);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            throw new InvalidDataException($"type model {name}: {e.Message}", e);
        }
    }
}
