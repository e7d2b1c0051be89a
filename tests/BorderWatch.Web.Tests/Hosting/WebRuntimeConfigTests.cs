using System.Text.Json;

namespace BorderWatch.Web.Tests.Hosting;

/// <summary>
/// The web app's JIT settings (issue 11, store43), read from the runtimeconfig.json the build writes next to the app's
/// assembly (copied into this test project's output with the project reference): no tiered compilation, so no
/// background recompilation of hot framework methods takes a core from the first hundreds of rendered pages, and
/// methods without ReadyToRun code compiled optimised at their first call. A project file that drops either setting
/// fails here (docs/benchmarks.md, store22 and store43, measured what each costs).
/// </summary>
public sealed class WebRuntimeConfigTests
{
    private static JsonElement ConfigProperties()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "BorderWatch.Web.runtimeconfig.json");
        File.Exists(path).ShouldBeTrue($"{path} is written by the web project's build");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }

    [Fact]
    public void Tiered_compilation_is_off_for_the_web_app()
    {
        ConfigProperties().TryGetProperty("System.Runtime.TieredCompilation", out var tiered).ShouldBeTrue();
        tiered.GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public void Methods_without_ReadyToRun_code_are_compiled_optimised_at_their_first_call()
    {
        ConfigProperties().TryGetProperty("System.Runtime.TieredCompilation.QuickJit", out var quick).ShouldBeTrue();
        quick.GetBoolean().ShouldBeFalse();
    }
}
