using System.Text;
using MudBlazor;

namespace BorderWatch.Web.Dashboard;

/// <summary>
/// MudBlazor's theme provider (the same <c>&lt;style&gt;</c> with the theme's variables, the same dark-mode watching
/// once interactive) with two changes:
/// <list type="bullet">
/// <item>No exception at the end of every prerendered page: when disposed, MudBlazor's provider asks the browser to stop
/// watching the system's dark mode, a JS call that cannot be made while prerendering (the call throws and MudBlazor
/// ignores the error: ~1.2 ms a render in store27's profile). A prerendered provider never started watching (that
/// starts after its first interactive render), so there is nothing to stop.</item>
/// <item>The dashboard theme's CSS variables (~12 KB of text, some two hundred formatted lines with colour arithmetic)
/// are generated once per palette instead of on every prerender of every page (store45): <see cref="DashboardTheme.Theme"/>
/// is never changed after start, so its light and dark variables are fixed. Any other theme, and every interactive render, is
/// generated as before.</item>
/// </list>
/// </summary>
public sealed class DashboardThemeProvider : MudThemeProvider
{
    // The dashboard theme's variables, light and dark: index 0 light, 1 dark.
    private static readonly string?[] Variables = new string?[2];

    protected override ValueTask DisposeAsyncCore() => RendererInfo.IsInteractive ? base.DisposeAsyncCore() : ValueTask.CompletedTask;

    protected override void GenerateTheme(StringBuilder theme)
    {
        // Only in a prerender: there the mode is the parameter the layout passed (MudBlazor changes its own copy of it
        // only once interactive, when the system's dark mode is watched), so the parameter names the palette.
        if (RendererInfo.IsInteractive || !ReferenceEquals(Theme, DashboardTheme.Theme))
        {
            base.GenerateTheme(theme);
            return;
        }
#pragma warning disable MUD0010 // the parameter as set, read in a prerender only (see above)
        var slot = IsDarkMode ? 1 : 0;
#pragma warning restore MUD0010
        var variables = Volatile.Read(ref Variables[slot]);
        if (variables is null)
        {
            var generated = new StringBuilder();
            base.GenerateTheme(generated);
            variables = generated.ToString();
            Volatile.Write(ref Variables[slot], variables);   // two first renders at once write the same text
        }
        theme.Append(variables);
    }
}
