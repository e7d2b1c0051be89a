namespace BorderWatch.Ingestion.Incidents;

/// <summary>The detector built outside DI, for the CLI, tests and benchmarks.</summary>
public sealed partial class IncidentDetector
{
    /// <summary>
    /// A detector with the embedded models, for callers outside DI (the CLI, tests, benchmarks), loaded on first use. A
    /// process with DI (the web app) registers its one detector instead (<see cref="TypeModel.TypeModelServices.AddIncidentDetection"/>)
    /// and never loads this one: each holds its own parser and type model.
    /// </summary>
    private static readonly Lazy<IncidentDetector> DefaultInstance = new(() => TypeModel.TypeModelServices.Detector(TypeModel.TypeModelOptions.Default));
    public static IncidentDetector Default => DefaultInstance.Value;
}
