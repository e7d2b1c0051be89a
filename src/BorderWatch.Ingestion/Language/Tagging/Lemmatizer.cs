namespace BorderWatch.Ingestion.Language.Tagging;

/// <summary>
/// How a lemma is made from a word form: optionally lower-case the form, cut <see cref="Cut"/> characters from its
/// end and append <see cref="Append"/> ("studies" -> cut 3, append "y").
/// </summary>
public readonly record struct LemmaRule(bool Lower, int Cut, string Append)
{
    public static LemmaRule Learn(string form, string lemma)
    {
        var lower = CommonPrefix(form.ToLowerInvariant(), lemma) >= CommonPrefix(form, lemma);
        var basis = lower ? form.ToLowerInvariant() : form;
        var p = CommonPrefix(basis, lemma);
        return new LemmaRule(lower, basis.Length - p, lemma[p..]);
    }

    public bool AppliesTo(string form) => Cut <= form.Length;

    public string Apply(string form)
    {
        var basis = Lower ? form.ToLowerInvariant() : form;
        return Cut > basis.Length ? basis : basis[..^Cut] + Append;
    }

    public string Encode() => $"{(Lower ? 'L' : 'K')}{Cut}:{Append}";

    public static LemmaRule Decode(string s)
    {
        var colon = s.IndexOf(':');
        if (s.Length < 3 || colon < 2 || s[0] is not ('L' or 'K') || !int.TryParse(s.AsSpan(1, colon - 1), out var cut))
            throw new InvalidDataException($"lemmatiser: bad rule '{s}'");
        return new LemmaRule(s[0] == 'L', cut, s[(colon + 1)..]);
    }

    private static int CommonPrefix(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        return i;
    }
}

/// <summary>
/// Lemmatiser learnt from a treebank: the most frequent lemma of each (lower-cased form, XPOS) seen in training, and
/// for unseen forms the most frequent rule for the longest known (XPOS, suffix) pair.
/// </summary>
public sealed class Lemmatizer
{
    private readonly Dictionary<string, string> _exceptions;
    private readonly Dictionary<string, LemmaRule> _suffixRules;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _exceptionsBySpan;
    private readonly Dictionary<string, LemmaRule>.AlternateLookup<ReadOnlySpan<char>> _suffixRulesBySpan;
    private readonly int _maxSuffix;

    public Lemmatizer(IReadOnlyDictionary<string, string> exceptions, IReadOnlyDictionary<string, LemmaRule> suffixRules, int maxSuffix)
    {
        _exceptions = new Dictionary<string, string>(exceptions, StringComparer.Ordinal);
        _suffixRules = new Dictionary<string, LemmaRule>(suffixRules, StringComparer.Ordinal);
        _exceptionsBySpan = _exceptions.GetAlternateLookup<ReadOnlySpan<char>>();
        _suffixRulesBySpan = _suffixRules.GetAlternateLookup<ReadOnlySpan<char>>();
        _maxSuffix = maxSuffix;
    }

    public int ExceptionCount => _exceptions.Count;
    public int SuffixRuleCount => _suffixRules.Count;

    public static string ExceptionKey(string form, string xpos) => form.ToLowerInvariant() + "\t" + xpos;
    public static string SuffixKey(string suffix, string xpos) => xpos + "\t" + suffix;

    /// <summary>The lemma of a word; the keys are built on the stack, so a known word allocates nothing.</summary>
    public string Lemmatize(string form, string xpos)
    {
        var length = form.Length + 1 + xpos.Length;
        Span<char> key = length <= 128 ? stackalloc char[128] : new char[length];
        key = key[..length];
        var lower = key[..form.Length];
        form.AsSpan().ToLowerInvariant(lower);
        key[form.Length] = '\t';
        xpos.AsSpan().CopyTo(key[(form.Length + 1)..]);
        if (_exceptionsBySpan.TryGetValue(key, out var known)) return known;

        Span<char> suffixKey = xpos.Length + 1 + _maxSuffix <= 64 ? stackalloc char[64] : new char[xpos.Length + 1 + _maxSuffix];
        xpos.AsSpan().CopyTo(suffixKey);
        suffixKey[xpos.Length] = '\t';
        for (var k = Math.Min(_maxSuffix, lower.Length - 1); k >= 1; k--)
        {
            lower[^k..].CopyTo(suffixKey[(xpos.Length + 1)..]);
            if (_suffixRulesBySpan.TryGetValue(suffixKey[..(xpos.Length + 1 + k)], out var rule) && rule.AppliesTo(form)) return rule.Apply(form);
        }
        return xpos is "NNP" or "NNPS" || lower.SequenceEqual(form) ? form : lower.ToString();
    }

    public void Write(BinaryWriter w)
    {
        w.Write(_maxSuffix);
        w.Write(_exceptions.Count);
        foreach (var (key, lemma) in _exceptions.OrderBy(p => p.Key, StringComparer.Ordinal)) { w.Write(key); w.Write(lemma); }
        w.Write(_suffixRules.Count);
        foreach (var (key, rule) in _suffixRules.OrderBy(p => p.Key, StringComparer.Ordinal)) { w.Write(key); w.Write(rule.Encode()); }
    }

    public static Lemmatizer Read(BinaryReader r)
    {
        var maxSuffix = r.ReadInt32();
        var count = r.ReadInt32();
        var known = new Dictionary<string, string>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++) known[r.ReadString()] = r.ReadString();
        count = r.ReadInt32();
        var rules = new Dictionary<string, LemmaRule>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++) rules[r.ReadString()] = LemmaRule.Decode(r.ReadString());
        return new Lemmatizer(known, rules, maxSuffix);
    }
}
