using MudBlazor;

namespace BorderWatch.Web.Dashboard;

/// <summary>
/// MudBlazor's theme provider (the same <c>&lt;style&gt;</c> with the theme's variables, the same dark-mode watching
/// once interactive) without the exception it threw at the end of every prerendered page: when disposed, it asks the
/// browser to stop watching the system's dark mode, a JS call that cannot be made while prerendering (the call throws
/// and MudBlazor ignores the error: ~1.2 ms a render in store27's profile). A prerendered provider never started
/// watching (that starts after its first interactive render), so there is nothing to stop.
/// </summary>
public sealed class DashboardThemeProvider : MudThemeProvider
{
    protected override ValueTask DisposeAsyncCore() => RendererInfo.IsInteractive ? base.DisposeAsyncCore() : ValueTask.CompletedTask;
}
