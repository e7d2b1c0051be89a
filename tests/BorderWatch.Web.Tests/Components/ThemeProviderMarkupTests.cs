using BorderWatch.Web.Dashboard;
using MudBlazor;

namespace BorderWatch.Web.Tests.Components;

/// <summary>
/// <see cref="DashboardThemeProvider"/> generates the dashboard theme's CSS variables once per palette (store45): what
/// it writes must be what MudBlazor's own provider writes for the same theme and mode, on every render.
/// </summary>
public sealed class ThemeProviderMarkupTests
{
    private static Task<string> RenderAsync<TProvider>(MudTheme theme, bool dark) where TProvider : MudThemeProvider =>
        StaticHtml.RenderAsync<TProvider>(new() { [nameof(MudThemeProvider.Theme)] = theme, [nameof(MudThemeProvider.IsDarkMode)] = dark });

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_dashboard_theme_is_written_as_MudBlazors_provider_writes_it_on_every_render(bool dark)
    {
        var mud = await RenderAsync<MudThemeProvider>(DashboardTheme.Theme, dark);

        for (var render = 0; render < 3; render++)
            (await RenderAsync<DashboardThemeProvider>(DashboardTheme.Theme, dark)).ShouldBe(mud);
        mud.ShouldContain(dark ? "--mud-palette-primary: rgba(142,197,239,1)" : "--mud-palette-primary: rgba(29,79,115,1)");
    }

    [Fact]
    public async Task Light_and_dark_are_kept_apart_whichever_is_rendered_first()
    {
        var dark = await RenderAsync<DashboardThemeProvider>(DashboardTheme.Theme, dark: true);
        var light = await RenderAsync<DashboardThemeProvider>(DashboardTheme.Theme, dark: false);

        dark.ShouldContain("--mud-palette-primary: rgba(142,197,239,1)");
        light.ShouldContain("--mud-palette-primary: rgba(29,79,115,1)");
        (await RenderAsync<DashboardThemeProvider>(DashboardTheme.Theme, dark: true)).ShouldBe(dark);
    }

    [Fact]
    public async Task Another_theme_is_generated_from_itself_not_from_the_dashboard_themes_text()
    {
        await RenderAsync<DashboardThemeProvider>(DashboardTheme.Theme, dark: false);
        var other = new MudTheme { PaletteLight = new PaletteLight { Primary = "#123456" } };

        var html = await RenderAsync<DashboardThemeProvider>(other, dark: false);

        html.ShouldContain("--mud-palette-primary: rgba(18,52,86,1)");
        html.ShouldBe(await RenderAsync<MudThemeProvider>(other, dark: false));
    }
}
