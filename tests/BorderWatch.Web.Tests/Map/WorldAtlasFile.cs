namespace BorderWatch.Web.Tests.Map;

/// <summary>
/// Natural Earth 1:50m countries as the web build installs it from npm (world-atlas 2.0.2): found from the
/// repository root (the folder holding BorderWatch.sln), in node_modules or in the copy under wwwroot/lib.
/// </summary>
internal static class WorldAtlasFile
{
    private static readonly Lazy<string> LazyPath = new(Locate);
    private static readonly Lazy<string> LazyText = new(() => File.ReadAllText(LazyPath.Value));

    public static string Path => LazyPath.Value;
    public static string Text => LazyText.Value;

    public static string WebProjectFolder =>
        System.IO.Path.Combine(RepositoryRoot(), "src", "BorderWatch.Web");

    private static string Locate()
    {
        string[] candidates =
        [
            System.IO.Path.Combine(WebProjectFolder, "node_modules", "world-atlas", "countries-50m.json"),
            System.IO.Path.Combine(WebProjectFolder, "wwwroot", "lib", "world-atlas", "countries-50m.json"),
        ];
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException("countries-50m.json not found; run `dotnet build` once (it runs npm ci). Looked at: " + string.Join(", ", candidates));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "BorderWatch.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("No folder above " + AppContext.BaseDirectory + " holds BorderWatch.sln.");
    }
}
