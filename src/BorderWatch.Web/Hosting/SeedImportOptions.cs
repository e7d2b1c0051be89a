namespace BorderWatch.Web.Hosting;

/// <summary>What an empty store imports on first start. Bound from the "Seeds" section.</summary>
public sealed class SeedImportOptions
{
    public const string Section = "Seeds";

    /// <summary>Import <see cref="Folder"/> when the store holds no article yet.</summary>
    public bool ImportOnFirstStart { get; set; } = true;

    /// <summary>Folder of seed articles; relative paths are taken from the app's own folder, where the build copies <c>seeds/</c>.</summary>
    public string Folder { get; set; } = "seeds";

    public string ResolvedFolder => Path.IsPathRooted(Folder) ? Folder : Path.Combine(AppContext.BaseDirectory, Folder);
}
