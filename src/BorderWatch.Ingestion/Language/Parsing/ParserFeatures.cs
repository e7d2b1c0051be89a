using BorderWatch.Ingestion.Language.Perceptron;

namespace BorderWatch.Ingestion.Language.Parsing;

/// <summary>
/// The words and tags a parse runs over, hashed once: index N is the artificial root.
/// </summary>
public sealed class ParserInput
{
    private static readonly ulong RootWord = FeatureHash.Of("\u0001ROOT"), RootTag = FeatureHash.Of("\u0001ROOT-TAG"),
        RootClass = FeatureHash.Of("\u0001ROOT-CLASS"), NoClass = FeatureHash.Of("\u0001NO-CLASS");

    public int Count { get; }
    public ulong[] Words { get; }
    public ulong[] Tags { get; }

    /// <summary>
    /// The tagger's ambiguity class of each word (the tags it had in training), so the parser can tell a word that
    /// could have been tagged otherwise from one that could not: a hedge against the tagger's errors.
    /// </summary>
    public ulong[] Classes { get; }
    public bool[] IsPunctuation { get; }

    /// <summary>How many punctuation marks (verbs) come before word i: differences count them between two words.</summary>
    public int[] PunctuationBefore { get; }
    public int[] VerbsBefore { get; }

    /// <summary>Each word's WordNet class (<see cref="ParserWordClasses"/>), then the root's; null when the model does
    /// not read them.</summary>
    public ulong[]? WordClasses { get; }

    public ParserInput(IReadOnlyList<ulong> lowerWords, IReadOnlyList<string> upos, IReadOnlyList<string> xpos,
        IReadOnlyList<ulong>? classes = null, IReadOnlyList<ulong>? wordClasses = null)
    {
        var n = Count = lowerWords.Count;
        if (classes is not null && classes.Count != n) throw new ArgumentException($"{classes.Count} ambiguity classes for {n} words", nameof(classes));
        if (wordClasses is not null && wordClasses.Count != n) throw new ArgumentException($"{wordClasses.Count} word classes for {n} words", nameof(wordClasses));
        if (wordClasses is not null)
        {
            WordClasses = new ulong[n + 1];
            for (var i = 0; i < n; i++) WordClasses[i] = wordClasses[i];
            WordClasses[n] = RootClass;
        }
        Words = new ulong[n + 1];
        Tags = new ulong[n + 1];
        Classes = new ulong[n + 1];
        IsPunctuation = new bool[n];
        PunctuationBefore = new int[n + 1];
        VerbsBefore = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            Words[i] = lowerWords[i];
            Tags[i] = TagHash(upos[i], xpos[i]);
            Classes[i] = classes is null ? NoClass : classes[i];
            IsPunctuation[i] = upos[i] == "PUNCT";
            PunctuationBefore[i + 1] = PunctuationBefore[i] + (IsPunctuation[i] ? 1 : 0);
            VerbsBefore[i + 1] = VerbsBefore[i] + (upos[i] is "VERB" or "AUX" ? 1 : 0);
        }
        Words[n] = RootWord;
        Tags[n] = RootTag;
        Classes[n] = RootClass;
    }

    public static ulong TagHash(string upos, string xpos) => FeatureHash.Key(1000, FeatureHash.Of(upos), FeatureHash.Of(xpos));
}

/// <summary>
/// Features of an arc-eager configuration, after Zhang and Nivre (2011, "Transition-based dependency parsing with
/// rich non-local features"): words and tags of the stack top, the next three buffer words, heads and outermost
/// dependents, distance, valency and the label sets of dependents. They fall in two groups: the <see cref="PairMax"/>
/// features of the words around the stack top and the buffer front alone (words, tags, distance, punctuation and verbs
/// between), the same for every configuration with that (stack top, buffer front) pair, so a parse can score them once
/// per pair (<see cref="ConfigurationScorer"/>); and the <see cref="StateMax"/> features of the arcs built so far.
/// </summary>
public static class ParserFeatures
{
    public const int Max = PairMax + StateMax, PairMax = 37 + WordClassMax, StateMax = 49, WordClassMax = 6, BufferMax = 15;
    private const ulong None = 0x5A5A5A5A5A5A5A5AUL;

    /// <summary>All the features of a configuration (the pair's, then the state's).</summary>
    public static int Extract(ParserState s, ParserInput x, Span<ulong> f)
    {
        var c = ExtractPair(s.S0, s.Buffer, x, f);
        return c + ExtractState(s, x, f[c..]);
    }

    /// <summary>The features of stack top <paramref name="s0"/> (-1 for none, N for the root) and buffer front
    /// <paramref name="buffer"/> (N or more when the buffer is empty): they read no arc. The buffer's
    /// (<see cref="ExtractBuffer"/>) first, then those that read the stack top (<see cref="ExtractStackTop"/>).</summary>
    public static int ExtractPair(int s0, int buffer, ParserInput x, Span<ulong> f)
    {
        var c = ExtractBuffer(buffer, x, f);
        return c + ExtractStackTop(s0, buffer, x, f[c..]);
    }

    /// <summary>The pair's features that read the buffer alone (the next three words, the tag before the front, the
    /// bias): the same for every configuration with buffer front <paramref name="buffer"/>, and the same for every
    /// front past the end. At most <see cref="BufferMax"/>.</summary>
    public static int ExtractBuffer(int buffer, ParserInput x, Span<ulong> f)
    {
        var n = x.Count;
        var n0 = buffer < n ? buffer : -1;
        var n1 = buffer + 1 < n ? buffer + 1 : -1;
        var n2 = buffer + 2 < n ? buffer + 2 : -1;
        ulong n0w = W(x, n0), n0p = P(x, n0), n1w = W(x, n1), n1p = P(x, n1), n2w = W(x, n2), n2p = P(x, n2);
        var c = 0;
        f[c++] = FeatureHash.Key(0, 0);
        f[c++] = FeatureHash.Key(4, n0w, n0p);
        f[c++] = FeatureHash.Key(5, n0w);
        f[c++] = FeatureHash.Key(6, n0p);
        f[c++] = FeatureHash.Key(7, n1w, n1p);
        f[c++] = FeatureHash.Key(8, n1w);
        f[c++] = FeatureHash.Key(9, n1p);
        f[c++] = FeatureHash.Key(10, n2w, n2p);
        f[c++] = FeatureHash.Key(11, n2w);
        f[c++] = FeatureHash.Key(12, n2p);
        f[c++] = FeatureHash.Key(20, n0p, n1p);
        f[c++] = FeatureHash.Key(21, n0p, n1p, n2p);
        f[c++] = FeatureHash.Key(77, n0 > 0 ? x.Tags[n0 - 1] : None, n0p);
        f[c++] = FeatureHash.Key(85, n0p, A(x, n1));
        if (x.WordClasses is { } wc) f[c++] = FeatureHash.Key(87, n0 < 0 ? None : wc[n0]);
        return c;
    }

    /// <summary>The pair's features that read the stack top <paramref name="s0"/> (with or without the buffer's words).</summary>
    public static int ExtractStackTop(int s0, int buffer, ParserInput x, Span<ulong> f)
    {
        var n = x.Count;
        var n0 = buffer < n ? buffer : -1;
        var d = s0 < 0 || s0 == n || n0 < 0 ? 0UL : (ulong)Math.Min(n0 - s0, 6) + 1;
        ulong s0w = W(x, s0), s0p = P(x, s0), n0w = W(x, n0), n0p = P(x, n0);
        var c = 0;
        f[c++] = FeatureHash.Key(1, s0w, s0p);
        f[c++] = FeatureHash.Key(2, s0w);
        f[c++] = FeatureHash.Key(3, s0p);
        f[c++] = FeatureHash.Key(13, s0w, s0p, n0w, n0p);
        f[c++] = FeatureHash.Key(14, s0w, s0p, n0w);
        f[c++] = FeatureHash.Key(15, s0w, n0w, n0p);
        f[c++] = FeatureHash.Key(16, s0w, s0p, n0p);
        f[c++] = FeatureHash.Key(17, s0p, n0w, n0p);
        f[c++] = FeatureHash.Key(18, s0w, n0w);
        f[c++] = FeatureHash.Key(19, s0p, n0p);
        f[c++] = FeatureHash.Key(22, s0p, n0p, P(x, buffer + 1 < n ? buffer + 1 : -1));
        f[c++] = FeatureHash.Key(27, s0w, d);
        f[c++] = FeatureHash.Key(28, s0p, d);
        f[c++] = FeatureHash.Key(29, n0w, d);
        f[c++] = FeatureHash.Key(30, n0p, d);
        f[c++] = FeatureHash.Key(31, s0w, n0w, d);
        f[c++] = FeatureHash.Key(32, s0p, n0p, d);
        f[c++] = FeatureHash.Key(78, s0p, s0 >= 0 && s0 + 1 < n ? x.Tags[s0 + 1] : None, n0p);
        var between = s0 >= 0 && s0 != n && n0 > s0;
        f[c++] = FeatureHash.Key(80, s0p, n0p, between ? (ulong)Math.Min(x.PunctuationBefore[n0] - x.PunctuationBefore[s0 + 1], 3) : None);
        f[c++] = FeatureHash.Key(81, s0p, n0p, between ? (ulong)Math.Min(x.VerbsBefore[n0] - x.VerbsBefore[s0 + 1], 2) : None);
        f[c++] = FeatureHash.Key(82, s0p, A(x, n0));
        f[c++] = FeatureHash.Key(83, A(x, s0), n0p);
        f[c++] = FeatureHash.Key(84, A(x, s0), A(x, n0));
        if (x.WordClasses is not { } wc) return c;
        // WordNet classes (ParserWordClasses): the pair's, and head class + preposition + object class for attachment
        ulong C(int i) => i < 0 ? None : wc[i];
        var n1 = buffer + 1 < n ? buffer + 1 : -1;
        f[c++] = FeatureHash.Key(86, C(s0));
        f[c++] = FeatureHash.Key(88, C(s0), C(n0));
        f[c++] = FeatureHash.Key(89, s0w, C(n0));
        f[c++] = FeatureHash.Key(90, C(s0), n0w, C(n1));
        f[c++] = FeatureHash.Key(91, s0p, n0w, C(n1));
        return c;
    }

    private static ulong W(ParserInput x, int i) => i < 0 ? None : x.Words[i];
    private static ulong P(ParserInput x, int i) => i < 0 ? None : x.Tags[i];
    private static ulong A(ParserInput x, int i) => i < 0 ? None : x.Classes[i];

    /// <summary>The features of the arcs built so far (heads, dependents, valency, label sets, the stack below the top).</summary>
    public static int ExtractState(ParserState s, ParserInput x, Span<ulong> f)
    {
        var n = s.N;
        ulong W(int i) => i < 0 ? None : x.Words[i];
        ulong P(int i) => i < 0 ? None : x.Tags[i];
        ulong L(int i) => i < 0 || s.Labels[i] < 0 ? None : (ulong)s.Labels[i] + 1;
        int Child(int[] kind, int i) => i < 0 ? -1 : kind[i];
        ulong VL(int i) => i < 0 ? None : (ulong)s.LeftCount[i];
        ulong VR(int i) => i < 0 ? None : (ulong)s.RightCount[i];
        ulong SL(int i) => i < 0 ? None : s.LeftLabels[i];
        ulong SR(int i) => i < 0 ? None : s.RightLabels[i];

        var s0 = s.S0;
        var n0 = s.Buffer < n ? s.Buffer : -1;
        var s0h = s0 >= 0 && s0 != n ? s.Heads[s0] : -1;
        var s0h2 = s0h >= 0 && s0h != n ? s.Heads[s0h] : -1;
        int s0l = Child(s.Leftmost, s0), s0l2 = Child(s.SecondLeftmost, s0);
        int s0r = Child(s.Rightmost, s0), s0r2 = Child(s.SecondRightmost, s0);
        int n0l = Child(s.Leftmost, n0), n0l2 = Child(s.SecondLeftmost, n0);
        var s1 = s.S1;
        ulong s0w = W(s0), s0p = P(s0), n0w = W(n0), n0p = P(n0);
        var c = 0;
        f[c++] = FeatureHash.Key(23, P(s0h), s0p, n0p);
        f[c++] = FeatureHash.Key(24, s0p, P(s0l), n0p);
        f[c++] = FeatureHash.Key(25, s0p, P(s0r), n0p);
        f[c++] = FeatureHash.Key(26, s0p, n0p, P(n0l));
        f[c++] = FeatureHash.Key(33, s0w, VR(s0));
        f[c++] = FeatureHash.Key(34, s0p, VR(s0));
        f[c++] = FeatureHash.Key(35, s0w, VL(s0));
        f[c++] = FeatureHash.Key(36, s0p, VL(s0));
        f[c++] = FeatureHash.Key(37, n0w, VL(n0));
        f[c++] = FeatureHash.Key(38, n0p, VL(n0));
        f[c++] = FeatureHash.Key(39, W(s0h));
        f[c++] = FeatureHash.Key(40, P(s0h));
        f[c++] = FeatureHash.Key(41, L(s0));
        f[c++] = FeatureHash.Key(42, W(s0l));
        f[c++] = FeatureHash.Key(43, P(s0l));
        f[c++] = FeatureHash.Key(44, L(s0l));
        f[c++] = FeatureHash.Key(45, W(s0r));
        f[c++] = FeatureHash.Key(46, P(s0r));
        f[c++] = FeatureHash.Key(47, L(s0r));
        f[c++] = FeatureHash.Key(48, W(n0l));
        f[c++] = FeatureHash.Key(49, P(n0l));
        f[c++] = FeatureHash.Key(50, L(n0l));
        f[c++] = FeatureHash.Key(51, W(s0h2));
        f[c++] = FeatureHash.Key(52, P(s0h2));
        f[c++] = FeatureHash.Key(53, L(s0h));
        f[c++] = FeatureHash.Key(54, W(s0l2));
        f[c++] = FeatureHash.Key(55, P(s0l2));
        f[c++] = FeatureHash.Key(56, L(s0l2));
        f[c++] = FeatureHash.Key(57, W(s0r2));
        f[c++] = FeatureHash.Key(58, P(s0r2));
        f[c++] = FeatureHash.Key(59, L(s0r2));
        f[c++] = FeatureHash.Key(60, W(n0l2));
        f[c++] = FeatureHash.Key(61, P(n0l2));
        f[c++] = FeatureHash.Key(62, L(n0l2));
        f[c++] = FeatureHash.Key(63, s0p, P(s0l), P(s0l2));
        f[c++] = FeatureHash.Key(64, s0p, P(s0r), P(s0r2));
        f[c++] = FeatureHash.Key(65, s0p, P(s0h), P(s0h2));
        f[c++] = FeatureHash.Key(66, n0p, P(n0l), P(n0l2));
        f[c++] = FeatureHash.Key(67, s0w, SR(s0));
        f[c++] = FeatureHash.Key(68, s0p, SR(s0));
        f[c++] = FeatureHash.Key(69, s0w, SL(s0));
        f[c++] = FeatureHash.Key(70, s0p, SL(s0));
        f[c++] = FeatureHash.Key(71, n0w, SL(n0));
        f[c++] = FeatureHash.Key(72, n0p, SL(n0));
        f[c++] = FeatureHash.Key(73, P(s1));
        f[c++] = FeatureHash.Key(74, W(s1));
        f[c++] = FeatureHash.Key(75, P(s1), s0p, n0p);
        f[c++] = FeatureHash.Key(76, s0 >= 0 && s0 != n && s.Heads[s0] >= 0 ? 1UL : 0UL, s0p, n0p);
        f[c++] = FeatureHash.Key(79, s.RootTaken ? 1UL : 0UL, s0 == n ? 1UL : 0UL, n0p);
        return c;
    }
}
