namespace BorderWatch.Ingestion.Language;

/// <summary>Universal POS tags (Universal Dependencies v2).</summary>
public enum Upos { X, ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB }

/// <summary>
/// One token of a parsed sentence. <see cref="Head"/> is the index (0-based, into the sentence's tokens) of the
/// syntactic head, or -1 for the root. <see cref="Relation"/> is the full UD label ("nsubj", "obl:tmod", "nsubj:pass");
/// <see cref="BaseRelation"/> the part before the colon. Offsets are into the text given to the parser.
/// </summary>
public sealed record ParsedToken(
    int Index, string Form, string Lemma, Upos Upos, string Xpos, int Head, string Relation, int Start, int End)
{
    public string BaseRelation => Relation.IndexOf(':') is var i and >= 0 ? Relation[..i] : Relation;
    public bool IsRoot => Head < 0;
}

/// <summary>A tokenised, tagged, lemmatised and dependency-parsed sentence.</summary>
public sealed record ParsedSentence(IReadOnlyList<ParsedToken> Tokens)
{
    /// <summary>The tokens whose head is <paramref name="head"/>, in sentence order.</summary>
    public IEnumerable<ParsedToken> Dependents(int head) => Tokens.Where(t => t.Head == head);

    public ParsedToken? Root => Tokens.FirstOrDefault(t => t.IsRoot);
}

/// <summary>
/// The linguistic layer: tokenises a span of text, tags it (UPOS, XPOS), lemmatises and parses it into UD dependencies.
/// Implementations are thread-safe and load their trained model once (register as a singleton in DI).
/// </summary>
public interface ISentenceParser
{
    /// <summary>Parses <c>text[start..end]</c> (one sentence); token offsets are into <paramref name="text"/>.</summary>
    ParsedSentence Parse(string text, int start, int end);
}
