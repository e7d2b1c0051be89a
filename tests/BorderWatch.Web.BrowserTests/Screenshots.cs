using Microsoft.Playwright;

namespace BorderWatch.Web.BrowserTests;

/// <summary>
/// Full-page PNGs of the pages the tests visit, written to the test output (<c>screenshots/</c> next to the test
/// assembly). Tests never write tracked files: to refresh the README's pictures in <c>docs/screenshots/</c>, run the
/// browser tests with <c>BORDERWATCH_REFRESH_SCREENSHOTS=1</c> and commit the result.
/// </summary>
public static class Screenshots
{
    public const string RefreshVariable = "BORDERWATCH_REFRESH_SCREENSHOTS";

    private static readonly Lazy<string> Folder = new(() =>
    {
        var folder = Environment.GetEnvironmentVariable(RefreshVariable) == "1" ? DocsFolder() : Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    });

    /// <summary>Where the last screenshots went (the test output unless refreshing on purpose).</summary>
    public static string Location => Folder.Value;

    /// <summary>Long lists are cut here: the top of a page shows what it is, and the files stay small.</summary>
    private const int MaxHeight = 2200;

    public static async Task SaveAsync(IPage page, string name)
    {
        await page.EvaluateAsync("() => document.fonts.ready");
        var size = await page.EvaluateAsync<int[]>("() => [document.documentElement.clientWidth, document.documentElement.scrollHeight]");
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(Folder.Value, name + ".png"),
            FullPage = true,
            Clip = new Clip { X = 0, Y = 0, Width = size[0], Height = Math.Min(size[1], MaxHeight) },
            Animations = ScreenshotAnimations.Disabled,
            Caret = ScreenshotCaret.Hide,
        });
    }

    private static string DocsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "BorderWatch.sln"))) return Path.Combine(dir.FullName, "docs", "screenshots");
        throw new InvalidOperationException($"No folder containing BorderWatch.sln above {AppContext.BaseDirectory}.");
    }
}
