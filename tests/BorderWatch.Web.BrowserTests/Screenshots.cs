using Microsoft.Playwright;

namespace BorderWatch.Web.BrowserTests;

/// <summary>Full-page PNGs of the pages the tests visit, written to docs/screenshots/ for the README.</summary>
public static class Screenshots
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BorderWatch.sln")))
            {
                var folder = Path.Combine(dir.FullName, "docs", "screenshots");
                Directory.CreateDirectory(folder);
                return folder;
            }
        }
        throw new InvalidOperationException($"No folder containing BorderWatch.sln above {AppContext.BaseDirectory}.");
    });

    /// <summary>Long lists are cut here: the top of a page shows what it is, and the files stay small.</summary>
    private const int MaxHeight = 2200;

    public static async Task SaveAsync(IPage page, string name)
    {
        // Fonts (bootstrap-icons) and images settled: the picture shows what an analyst sees.
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
}
