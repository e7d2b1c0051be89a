namespace BorderWatch.Web.Hosting;

/// <summary>
/// The start-up warm-up (<see cref="StartupWarmup"/>): before the server listens, the hot pages are rendered a few times
/// in-process, so the runtime's tiered compilation has moved their code to its optimised tier before the first visitor
/// arrives instead of during the first renders. Bound from the "Warmup" section; tests switch it off.
/// </summary>
public sealed class WarmupOptions
{
    public const string Section = "Warmup";

    /// <summary>Render <see cref="Paths"/> before listening (off: the server listens as soon as the store is ready).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The pages rendered when <see cref="Paths"/> names none.</summary>
    public static readonly string[] DefaultPaths = ["/", "/borders/AFG-TJK", "/incidents", "/api/incidents"];

    /// <summary>
    /// The pages rendered, each once per round (anonymous GETs; a page that answers other than 200, such as a border the
    /// gazetteer does not hold, is rendered once only). Empty: <see cref="DefaultPaths"/> (a bound array adds to its default).
    /// </summary>
    public string[] Paths { get; set; } = [];

    public IReadOnlyList<string> EffectivePaths => Paths.Length == 0 ? DefaultPaths : Paths.Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// Rounds over <see cref="Paths"/>. A framework method is promoted after some 30 calls (once no new code has been
    /// compiled for 100 ms), then, with profile-guided optimisation, optimised after 30 more: a method called once per
    /// render needs some 60 renders (1M timeline, load ~30: 7 rounds left 127 ms of CPU per render in the first 15
    /// after the start, 60 rounds 47 ms; docs/history/session-22.md, store44).
    /// </summary>
    public int Rounds { get; set; } = 60;

    /// <summary>The most the warm-up may take, its wait for the background compiler included: when it is spent, the server starts.</summary>
    public TimeSpan Budget { get; set; } = TimeSpan.FromSeconds(20);
}
