using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.JSInterop;
using MudBlazor.Services;

namespace BorderWatch.Web.Tests.Components;

/// <summary>
/// Renders one component to HTML with ASP.NET Core's static <see cref="HtmlRenderer"/>, as a prerender writes it: the
/// harness of the markup-versus-frames tests (store42), which render a component twice and compare the HTML.
/// MudBlazor's services, a script runtime that runs nothing and a navigation manager on a border page are provided.
/// </summary>
internal static class StaticHtml
{
    // MudBlazor's services ask for one; a static render calls no script.
    private sealed class NoScript : IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => ValueTask.FromResult(default(TValue)!);
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) => ValueTask.FromResult(default(TValue)!);
    }

    private sealed class Nav : NavigationManager
    {
        public Nav() => Initialize("http://localhost/", "http://localhost/borders/AFG-TJK");
    }

    public static async Task<string> RenderAsync<TComponent>(Dictionary<string, object?> parameters) where TComponent : IComponent
    {
        var services = new ServiceCollection().AddLogging().AddMudServices().AddSingleton<IJSRuntime, NoScript>()
            .AddSingleton<NavigationManager, Nav>().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString());
    }
}
