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
    // Each head's dependents, found on first use (the rules ask for the dependents of word after word, again and again,
    // which read the whole sentence each time) and kept with the token list they were read from: a copy made with
    // 'with' and another list finds its own.
    private DependentsByHead? _dependents;

    /// <summary>The tokens whose head is <paramref name="head"/>, in sentence order.</summary>
    public IEnumerable<ParsedToken> Dependents(int head) =>
        (_dependents is { } kept && ReferenceEquals(kept.Tokens, Tokens) ? kept : _dependents = new DependentsByHead(Tokens)).Of(head);

    public ParsedToken? Root => Tokens.FirstOrDefault(t => t.IsRoot);

    /// <summary>The heads above <paramref name="word"/>, nearest first, up to the root (at most as many as the sentence has
    /// tokens, so a malformed parse with a cycle ends).</summary>
    public IEnumerable<ParsedToken> Heads(ParsedToken word)
    {
        for (var (t, steps) = (word, 0); t.Head >= 0 && t.Head < Tokens.Count && steps < Tokens.Count; steps++)
            yield return t = Tokens[t.Head];
    }

    /// <summary>The record's equality (the same token list), the kept dependents left out.</summary>
    public bool Equals(ParsedSentence? other) =>
        other is not null && EqualityComparer<IReadOnlyList<ParsedToken>>.Default.Equals(Tokens, other.Tokens);

    public override int GetHashCode() => EqualityComparer<IReadOnlyList<ParsedToken>>.Default.GetHashCode(Tokens);

    private sealed class DependentsByHead
    {
        private readonly ParsedToken[][] _byHead; // at head + 1: the roots (head -1), then each token's

        public DependentsByHead(IReadOnlyList<ParsedToken> tokens)
        {
            Tokens = tokens;
            var counts = new int[tokens.Count + 1];
            foreach (var t in tokens)
                if (t.Head >= -1 && t.Head < tokens.Count) counts[t.Head + 1]++;
            _byHead = new ParsedToken[counts.Length][];
            for (var h = 0; h < counts.Length; h++) _byHead[h] = counts[h] == 0 ? [] : new ParsedToken[counts[h]];
            Array.Clear(counts);
            foreach (var t in tokens)
                if (t.Head >= -1 && t.Head < tokens.Count) _byHead[t.Head + 1][counts[t.Head + 1]++] = t;
        }

        public IReadOnlyList<ParsedToken> Tokens { get; }

        // a head outside the sentence (no token has it) is read as before
        public IEnumerable<ParsedToken> Of(int head) => head >= -1 && head < Tokens.Count ? _byHead[head + 1] : Tokens.Where(t => t.Head == head);
    }
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
