using System.Text.Json;

namespace BorderWatch.Web.Tests.Hosting;

/// <summary>
/// The web app's JIT settings (issue 11, store43), read from the runtimeconfig.json the build writes next to the app's
/// assembly (copied into this test project's output with the project reference): methods without ReadyToRun code
/// compiled optimised at their first call, and tiered compilation left on, so hot methods are recompiled with profile
/// data (a warmed-up process renders the 1M timeline faster than one without tiering). A project file that changes
/// either setting fails here (docs/history/session-04.md, store22, and session-21.md, store43: measured what each costs).
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
    public void Tiered_compilation_stays_on_for_the_web_app() =>
        // Absent means on (the runtime's default); present it must say true.
        (!ConfigProperties().TryGetProperty("System.Runtime.TieredCompilation", out var tiered) || tiered.GetBoolean()).ShouldBeTrue();

    [Fact]
    public void Methods_without_ReadyToRun_code_are_compiled_optimised_at_their_first_call()
    {
        ConfigProperties().TryGetProperty("System.Runtime.TieredCompilation.QuickJit", out var quick).ShouldBeTrue();
        quick.GetBoolean().ShouldBeFalse();
    }
}
