using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// The parses of one article's sentences, each parsed once: the relevance test and the detector ask for the same
/// sentences (a state acting in it, then its incidents). A span of another text (a sentence read again with a word
/// changed) is parsed afresh and not kept. One per <see cref="IncidentDetector.Detect"/> call; not thread-safe.
/// </summary>
internal sealed class ArticleParses(ISentenceParser parser, string text) : ISentenceParser
{
    private readonly Dictionary<(int Start, int End), ParsedSentence> kept = [];

    public ParsedSentence Parse(string spanText, int start, int end)
    {
        if (!ReferenceEquals(spanText, text)) return parser.Parse(spanText, start, end);
        if (!kept.TryGetValue((start, end), out var parse)) kept[(start, end)] = parse = parser.Parse(text, start, end);
        return parse;
    }
}
