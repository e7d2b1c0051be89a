using BorderWatch.Ingestion.Language.Perceptron;

namespace BorderWatch.Ingestion.Language.Tagging;

/// <summary>
/// Greedy left-to-right averaged-perceptron tagger. Each class is a (UPOS, XPOS) pair seen in training, so the two
/// tags always agree. Frequent words that had one tag in training take it from the tag dictionary. A word the
/// treebank gave no ambiguity class that is an irregular past form of a verb (<see cref="PastForms"/>, WordNet's
/// verb.exc) is tagged a past form (VBD or VBN) after a subject or an auxiliary: "dug", "fled", "strode" are no adjectives
/// or prepositions (see <see cref="Allowed"/>).
/// </summary>
public sealed class PosTagger
{
    private readonly string[] _upos, _xpos;
    private readonly Language.Upos[] _uposValue;
    private readonly Dictionary<string, int> _dictionary;
    private readonly Dictionary<string, string> _classes;
    private readonly Dictionary<string, ulong> _classHashes;
    private readonly LinearModel _model;

    public PosTagger(IReadOnlyList<(string Upos, string Xpos)> tags, IReadOnlyDictionary<string, int> tagDictionary,
        IReadOnlyDictionary<string, string> ambiguityClasses, LinearModel model, bool unknownWordsFromWordNet = false)
    {
        UnknownWordsFromWordNet = unknownWordsFromWordNet;
        if (model.ClassCount != tags.Count) throw new InvalidDataException($"tagger: model has {model.ClassCount} classes for {tags.Count} tags");
        _upos = tags.Select(t => t.Upos).ToArray();
        _xpos = tags.Select(t => t.Xpos).ToArray();
        _uposValue = _upos.Select(u => Enum.TryParse<Language.Upos>(u, out var v) ? v : Language.Upos.X).ToArray();
        _dictionary = new Dictionary<string, int>(tagDictionary, StringComparer.Ordinal);
        _classes = new Dictionary<string, string>(ambiguityClasses, StringComparer.Ordinal);
        _classHashes = _classes.ToDictionary(p => p.Key, p => FeatureHash.Of(p.Value), StringComparer.Ordinal);
        _model = model;
        _pastTags = Enumerable.Range(0, _upos.Length)
            .Where(t => _uposValue[t] == Language.Upos.VERB && _xpos[t] is "VBD" or "VBN").ToArray();
        _notVerbTags = Enumerable.Range(0, _upos.Length).Where(t => _uposValue[t] is not (Language.Upos.VERB or Language.Upos.AUX)).ToArray();
        _notPastTenseTags = Enumerable.Range(0, _upos.Length).Where(t => _xpos[t] != "VBD").ToArray();
    }

    private readonly int[] _pastTags, _notVerbTags, _notPastTenseTags;

    /// <summary>Irregular past and past-participle forms of verbs (lower case; <c>Lexicon/past-forms.json</c>), read for
    /// words with no ambiguity class from training; empty for a tagger scored as trained.</summary>
    public IReadOnlySet<string> PastForms { get; init; } = new HashSet<string>();

    /// <summary>WordNet's word classes, read for a word the treebank never saw (a word known only as a plural noun is no
    /// verb); null: not read. Passed in by whoever loads the tagger (no static of another layer).</summary>
    public Incidents.TypeModel.TypeWords? Words { get; init; }

    /// <summary>This tagger reading <paramref name="pastForms"/> and, for words the treebank never saw, <paramref name="words"/>.</summary>
    public PosTagger WithPastForms(IReadOnlySet<string> pastForms, Incidents.TypeModel.TypeWords? words = null) =>
        new(_upos.Zip(_xpos).ToList(), _dictionary, _classes, _model, UnknownWordsFromWordNet) { PastForms = pastForms, Words = words };

    /// <summary>This tagger reading <paramref name="words"/> for words the treebank never saw (a tagger read from its file
    /// has none: whoever loads it passes them, <see cref="LanguageModels"/>).</summary>
    public PosTagger WithWords(Incidents.TypeModel.TypeWords words) =>
        new(_upos.Zip(_xpos).ToList(), _dictionary, _classes, _model, UnknownWordsFromWordNet) { PastForms = PastForms, Words = words };

    /// <summary>The tags word <paramref name="i"/> may take (null: any), given the tags of the words before it. For a word the
    /// treebank gave no ambiguity class: an irregular past form is a past form only where the clause needs a verb, right
    /// after a subject or an auxiliary (a noun, a personal or relative pronoun, a verb or auxiliary, or an adverb after
    /// one: "Turkmen troops dug", "had dug", "herders who fled"); after a determiner, a number or at the start it keeps
    /// the tagger's reading ("a wound to the arm", "the swollen river", "Two armoured carriers", "Allied forces") (model35).
    /// After a noun that may be the first half of a compound it is no forced verb when no object follows and the noun
    /// phrase is a preposition's object or the clause has a finite verb later ("of a gunshot wound on", "A bullet wound to
    /// the chest killed", "The border spat between ... deepened") (model36).
    /// A regular or irregular past form right after a determiner, a possessive or a number, before a word that continues
    /// the noun phrase, is no finite verb ("Two armoured personnel carriers arrived": no VBD; "This prompted the", "Both
    /// escaped." keep the tagger's reading) (model35, model36).
    /// A word WordNet knows only as a plural noun (no verb of the word or its stem) is no verb ("forty Kazakh lorries",
    /// "four Uzbek nationals": no VBZ after a nationality) (model35).</summary>
    private int[]? Allowed(IReadOnlyList<string> forms, int i, int[] tags)
    {
        if (PastForms.Count == 0) return null;
        var lower = forms[i].ToLowerInvariant();
        if (_classes.ContainsKey(lower)) return null;
        int p1 = i > 0 ? tags[i - 1] : -1, p2 = i > 1 ? tags[i - 2] : -1;
        var next = i + 1 < forms.Count ? forms[i + 1] : null;
        if (PastForms.Contains(lower))
        {
            if (NeedsVerb(p1, p2) && !CompoundHead(forms, i, tags)) return _pastTags;
            return AfterDeterminer(p1) && ContinuesNounPhrase(next) ? _notPastTenseTags : null;
        }
        if (lower.Length > 4 && lower.EndsWith("ed", StringComparison.Ordinal) && AfterDeterminer(p1) && ContinuesNounPhrase(next))
            return _notPastTenseTags;
        return Words is not null && UnknownWordClasses.OnlyPluralNoun(Words, lower) ? _notVerbTags : null;
    }

    // The word before is a determiner, a possessive or a number: a past form there modifies the noun that follows ("Two
    // armoured personnel carriers", "the swollen river"); it is no finite verb (VBD).
    private bool AfterDeterminer(int p1) => p1 >= 0 && _xpos[p1] is "DT" or "PRP$" or "CD";

    // The word before is a subject or an auxiliary (or an adverb after one).
    private bool NeedsVerb(int p1, int p2)
    {
        bool Before(int t) => t >= 0 && (_xpos[t] is "NN" or "NNS" or "NNP" or "NNPS" or "PRP" or "WP" or "WDT" ||
                                         _uposValue[t] is Language.Upos.AUX or Language.Upos.VERB);
        return Before(p1) || p1 >= 0 && _xpos[p1] == "RB" && Before(p2);
    }

    private static readonly HashSet<string> ClosedClass = ["DT", "PDT", "IN", "TO", "PRP", "PRP$", "CC", "RB", "RP", "MD", "WDT", "WP", "EX",
        ".", ",", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP"];
    private static readonly HashSet<string> ObjectStart = ["DT", "PDT", "PRP", "PRP$", "CD"];
    private static readonly HashSet<string> FiniteVerb = ["VBD", "VBZ", "VBP", "MD"];

    // The XPOS tags the treebank gave a word (its tag-dictionary tag or its ambiguity class); empty: unknown.
    private IEnumerable<string> KnownXpos(string form)
    {
        if (_dictionary.TryGetValue(form, out var tag)) return [_xpos[tag]];
        return _classes.TryGetValue(form.ToLowerInvariant(), out var c)
            ? c.Split(',').Select(t => int.TryParse(t, out var k) && k >= 0 && k < _xpos.Length ? _xpos[k] : "")
            : [];
    }

    // The next word continues the noun phrase a past form would modify: a content word, not a function word or punctuation.
    private bool ContinuesNounPhrase(string? next) =>
        next is { Length: > 0 } && char.IsLetter(next[0]) && !KnownXpos(next).Any(ClosedClass.Contains);

    // The past form after a noun may be the head of a noun compound ("a gunshot wound", "The border spat"): no object
    // follows it, and the noun phrase before is a preposition's object, or the noun is singular and a finite verb follows
    // later in the clause.
    private bool CompoundHead(IReadOnlyList<string> forms, int i, int[] tags)
    {
        var p1 = i > 0 ? tags[i - 1] : -1;
        if (p1 < 0 || _xpos[p1] is not ("NN" or "NNS" or "NNP" or "NNPS")) return false;
        if (i + 1 < forms.Count && KnownXpos(forms[i + 1]).Any(ObjectStart.Contains)) return false;
        var start = i - 1;
        while (start > 0 && _xpos[tags[start - 1]] is "NN" or "NNS" or "NNP" or "NNPS" or "JJ" or "DT" or "PRP$" or "CD" or "POS") start--;
        if (start > 0 && _xpos[tags[start - 1]] is "IN" or "TO") return true;
        if (_xpos[p1] != "NN") return false;
        for (var j = i + 1; j < forms.Count; j++)
        {
            var f = forms[j];
            if (f is "," or ";" or ":" or "." or "!" or "?" or "-" or "--") break;
            // "spat on the ground and walked off": a verb conjoined after "and" is a second predicate, not the clause's own
            if (KnownXpos(f).Contains("CC") && j + 1 < forms.Count && LaterVerb(forms[j + 1])) break;
            if (LaterVerb(f)) return true;
        }
        return false;
    }

    // A finite verb by the treebank's tags; for a word it never saw, a listed past form or a regular past form ("deepened").
    private bool LaterVerb(string f)
    {
        var known = KnownXpos(f).ToList();
        // (a listed past form the treebank knows, "ground", is read by its tags: "on the ground" is no verb)
        return known.Any(FiniteVerb.Contains) ||
               known.Count == 0 && (PastForms.Contains(f.ToLowerInvariant()) || f.Length > 4 && f.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(f[0]));
    }

    private static readonly ulong UnknownClass = FeatureHash.Of("\u0004UNKNOWN");

    /// <summary>Whether a word with no ambiguity class from training gets one from WordNet (<see cref="UnknownWordClasses"/>)
    /// instead of one "unknown" value; the model must be used as it was trained.</summary>
    public bool UnknownWordsFromWordNet { get; }

    // a model file that starts with this (in place of the tag count) was trained with UnknownWordsFromWordNet
    private const int WordNetFormat = -3;

    /// <summary>The hashed ambiguity class of each word (by its lower-case form), or an "unknown" value.</summary>
    public ulong[] AmbiguityClasses(IReadOnlyList<string> forms)
    {
        var classes = new ulong[forms.Count];
        var bySpan = _classHashes.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        for (var i = 0; i < classes.Length; i++)
        {
            var form = forms[i];
            var lower = form.Length <= buffer.Length ? buffer[..form.Length] : new char[form.Length];
            form.AsSpan().ToLowerInvariant(lower);
            classes[i] = bySpan.TryGetValue(lower, out var h) ? h
                : UnknownWordsFromWordNet ? UnknownWordClasses.Of(WordNetWords, lower.ToString()) : UnknownClass;
        }
        return classes;
    }

    /// <summary>The words a tagger trained with WordNet classes must be given (<see cref="Words"/>).</summary>
    private Incidents.TypeModel.TypeWords WordNetWords => Words ??
        throw new InvalidOperationException("this tagger reads WordNet classes of unknown words: pass them in (WithWords, LanguageModels.Load)");

    public int TagCount => _upos.Length;
    public LinearModel Model => _model;
    public string UposName(int tag) => _upos[tag];
    public Language.Upos Upos(int tag) => _uposValue[tag];
    public string Xpos(int tag) => _xpos[tag];

    /// <summary>The tag number of each word.</summary>
    public int[] Tag(IReadOnlyList<string> forms, WordForms words) => Tag(forms, words, AmbiguityClasses(forms));

    /// <summary>The tag number of each word, given the words' <see cref="AmbiguityClasses"/> (which the parser reads too).</summary>
    public int[] Tag(IReadOnlyList<string> forms, WordForms words, ulong[] classes)
    {
        if (classes.Length != forms.Count) throw new ArgumentException($"{classes.Length} ambiguity classes for {forms.Count} words", nameof(classes));
        var tags = new int[forms.Count];
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Max];
        Span<float> scores = stackalloc float[_upos.Length];
        int p1 = -1, p2 = -1;
        for (var i = 0; i < forms.Count; i++)
        {
            if (!_dictionary.TryGetValue(forms[i], out var tag))
            {
                var c = TaggerFeatures.Extract(words, classes, i, p1, p2, features);
                _model.Score(features[..c], scores);
                tag = Allowed(forms, i, tags) is { Length: > 0 } allowed ? ArgMax(scores, allowed) : ArgMax(scores);
            }
            tags[i] = tag;
            p2 = p1;
            p1 = tag;
        }
        return tags;
    }

    internal static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var i = 1; i < scores.Length; i++) if (scores[i] > scores[best]) best = i;
        return best;
    }

    private static int ArgMax(ReadOnlySpan<float> scores, int[] among)
    {
        var best = among[0];
        foreach (var t in among) if (scores[t] > scores[best]) best = t;
        return best;
    }

    public void Write(BinaryWriter w)
    {
        if (UnknownWordsFromWordNet) w.Write(WordNetFormat);
        w.Write(_upos.Length);
        for (var i = 0; i < _upos.Length; i++) { w.Write(_upos[i]); w.Write(_xpos[i]); }
        w.Write(_dictionary.Count);
        foreach (var (word, tag) in _dictionary.OrderBy(p => p.Key, StringComparer.Ordinal)) { w.Write(word); w.Write(tag); }
        w.Write(_classes.Count);
        foreach (var (word, tagSet) in _classes.OrderBy(p => p.Key, StringComparer.Ordinal)) { w.Write(word); w.Write(tagSet); }
        _model.Write(w);
    }

    public static PosTagger Read(BinaryReader r)
    {
        var count = r.ReadInt32();
        var fromWordNet = count == WordNetFormat;
        if (fromWordNet) count = r.ReadInt32();
        if (count is < 1 or > 10000) throw new InvalidDataException($"tagger: bad tag count {count}");
        var tags = new (string, string)[count];
        for (var i = 0; i < tags.Length; i++) tags[i] = (r.ReadString(), r.ReadString());
        count = r.ReadInt32();
        var dictionary = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var word = r.ReadString();
            var tag = r.ReadInt32();
            if (tag < 0 || tag >= tags.Length) throw new InvalidDataException($"tagger: tag dictionary entry '{word}' has no tag {tag}");
            dictionary[word] = tag;
        }
        var classCount = r.ReadInt32();
        var classes = new Dictionary<string, string>(classCount, StringComparer.Ordinal);
        for (var i = 0; i < classCount; i++) classes[r.ReadString()] = r.ReadString();
        return new PosTagger(tags, dictionary, classes, LinearModel.Read(r), fromWordNet);
    }
}
