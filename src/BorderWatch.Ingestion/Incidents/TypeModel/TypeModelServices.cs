using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Recognition;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BorderWatch.Ingestion.Incidents.TypeModel;

/// <summary>Registers the trained type model and the detector that receives it.</summary>
public static class TypeModelServices
{
    /// <summary>
    /// <see cref="TypeModelOptions"/> (default: the embedded model, on; <see cref="TypeModelOptions.Off"/> switches it
    /// off), the <see cref="TypeSecondOpinion"/> they give (loaded once), and an <see cref="IncidentDetector"/> built
    /// with it and the registered <see cref="ISentenceParser"/> (<see cref="LanguageServices.AddSentenceParser"/>). The
    /// span rules' lists (<see cref="SpanLexicon"/>, the embedded one unless registered before) go to the second opinion,
    /// and through it to the detector's span rules, so both read the same verbs as declined.
    /// The scene frames and reporting words (<see cref="DetectorLexicons"/>, loaded once unless registered before) go to
    /// both the second opinion and the detector, so both read the same scene frames. The date rules' words
    /// (<see cref="Dates.DateLexicon"/>, Lexicon/dates.json; the embedded file unless registered before) go to the detector,
    /// which builds its date stage from them (<see cref="Dates.DateRules"/>, di42).
    /// </summary>
    public static IServiceCollection AddIncidentDetection(this IServiceCollection services, TypeModelOptions? options = null)
    {
        services.AddSingleton(options ?? TypeModelOptions.Default);
        services.TryAddSingleton(SpanLexicon.Default);
        services.TryAddSingleton(_ => TypeWords.Default);
        services.TryAddSingleton(Dates.DateLexicon.Default);
        services.TryAddSingleton(sp => DetectorLexicons.LoadEmbedded() with { Dates = sp.GetRequiredService<Dates.DateLexicon>() });
        services.AddSingleton(sp => new TypeModelHolder(TypeSecondOpinion.Create(sp.GetRequiredService<TypeModelOptions>(), Lexicon.Default, SyntaxLexicon.Default,
            sp.GetRequiredService<SpanLexicon>(), sp.GetRequiredService<DetectorLexicons>().SceneFrames, sp.GetRequiredService<TypeWords>())));
        services.AddSingleton(sp => new IncidentDetector(EntityRecognizer.Default, Lexicon.Default, sp.GetRequiredService<ISentenceParser>(),
            SyntaxLexicon.Default, sp.GetRequiredService<TypeModelHolder>().SecondOpinion, sp.GetRequiredService<DetectorLexicons>()));
        return services;
    }

    /// <summary>A detector for <paramref name="options"/>, outside DI (the CLI, measurements).</summary>
    public static IncidentDetector Detector(TypeModelOptions options, ISentenceParser? parser = null)
    {
        var lexicons = DetectorLexicons.LoadEmbedded();
        return new(EntityRecognizer.Default, Lexicon.Default, parser ?? new TreebankSentenceParser(LanguageModels.LoadEmbedded()), SyntaxLexicon.Default,
            TypeSecondOpinion.Create(options, Lexicon.Default, SyntaxLexicon.Default, sceneFrames: lexicons.SceneFrames), lexicons);
    }
}

/// <summary>The registered second opinion, or none when the options switch it off.</summary>
public sealed record TypeModelHolder(TypeSecondOpinion? SecondOpinion);
