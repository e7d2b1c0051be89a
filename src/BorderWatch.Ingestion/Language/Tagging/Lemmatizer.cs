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
public sealed class Lemmatizer(IReadOnlyDictionary<string, string> exceptions, IReadOnlyDictionary<string, LemmaRule> suffixRules, int maxSuffix)
{
    public int ExceptionCount => exceptions.Count;
    public int SuffixRuleCount => suffixRules.Count;

    public static string ExceptionKey(string form, string xpos) => form.ToLowerInvariant() + "\t" + xpos;
    public static string SuffixKey(string suffix, string xpos) => xpos + "\t" + suffix;

    public string Lemmatize(string form, string xpos)
    {
        if (exceptions.TryGetValue(ExceptionKey(form, xpos), out var known)) return known;
        var lower = form.ToLowerInvariant();
        for (var k = Math.Min(maxSuffix, lower.Length - 1); k >= 1; k--)
            if (suffixRules.TryGetValue(SuffixKey(lower[^k..], xpos), out var rule) && rule.AppliesTo(form)) return rule.Apply(form);
        return xpos is "NNP" or "NNPS" ? form : lower;
    }

    public void Write(BinaryWriter w)
    {
        w.Write(maxSuffix);
        w.Write(exceptions.Count);
        foreach (var (key, lemma) in exceptions.OrderBy(p => p.Key, StringComparer.Ordinal)) { w.Write(key); w.Write(lemma); }
        w.Write(suffixRules.Count);
        foreach (var (key, rule) in suffixRules.OrderBy(p => p.Key, StringComparer.Ordinal)) { w.Write(key); w.Write(rule.Encode()); }
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
