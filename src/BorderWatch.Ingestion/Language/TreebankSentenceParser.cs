using BorderWatch.Ingestion.Language.Parsing;
using BorderWatch.Ingestion.Language.Tagging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BorderWatch.Ingestion.Language;

/// <summary>
/// The linguistic layer trained on UD English EWT: <see cref="EnglishTokenizer"/>, then the (UPOS, XPOS) tagger, the
/// lemmatiser and the arc-eager parser. Thread-safe; load the models once (<see cref="LanguageServices.AddSentenceParser"/>).
/// </summary>
public sealed class TreebankSentenceParser(LanguageModels models) : ISentenceParser
{
    public LanguageModels Models => models;

    public ParsedSentence Parse(string text, int start, int end)
    {
        var spans = EnglishTokenizer.Tokenize(text, start, end);
        var forms = spans.Select(s => text[s.Start..s.End]).ToArray();
        return ParseTokens(forms, spans);
    }

    /// <summary>Tags, lemmatises and parses words already tokenised; <paramref name="spans"/> are their offsets.</summary>
    public ParsedSentence ParseTokens(IReadOnlyList<string> forms, IReadOnlyList<(int Start, int End)> spans)
    {
        if (forms.Count != spans.Count) throw new ArgumentException($"{forms.Count} forms for {spans.Count} spans", nameof(spans));
        if (forms.Count == 0) return new ParsedSentence([]);
        var words = new WordForms(forms);
        var classes = models.Tagger.AmbiguityClasses(forms);
        var tags = models.Tagger.Tag(forms, words, classes);
        var upos = new string[forms.Count];
        var xpos = new string[forms.Count];
        for (var i = 0; i < tags.Length; i++) { upos[i] = models.Tagger.UposName(tags[i]); xpos[i] = models.Tagger.Xpos(tags[i]); }
        var lemmas = new string[forms.Count];
        for (var i = 0; i < lemmas.Length; i++) lemmas[i] = models.Lemmatizer.Lemmatize(forms[i], xpos[i]);
        var (heads, labels) = models.Parser.Parse(DependencyParser.InputFor(words, upos, xpos, classes, models.Parser.WordClassesFor(lemmas, upos)));
        var tokens = new ParsedToken[forms.Count];
        for (var i = 0; i < tokens.Length; i++)
            tokens[i] = new ParsedToken(i, forms[i], lemmas[i], models.Tagger.Upos(tags[i]), xpos[i],
                heads[i], models.Parser.Label(labels[i]), spans[i].Start, spans[i].End);
        return new ParsedSentence(SubjectRepair.Apply(RelativeClauseRepair.Apply(DateLedRepair.Apply(tokens))));
    }
}

/// <summary>Registers the linguistic layer.</summary>
public static class LanguageServices
{
    /// <summary>One <see cref="ISentenceParser"/> for the process, its models read from the assembly on first use, reading
    /// the registered WordNet word classes (<see cref="Incidents.TypeModel.TypeWords"/>; the embedded file unless registered
    /// before), the same instance the type model's features read.</summary>
    public static IServiceCollection AddSentenceParser(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => Incidents.TypeModel.TypeWords.Default);
        return services.AddSingleton<ISentenceParser>(sp => new TreebankSentenceParser(LanguageModels.LoadEmbedded(sp.GetRequiredService<Incidents.TypeModel.TypeWords>())));
    }
}
