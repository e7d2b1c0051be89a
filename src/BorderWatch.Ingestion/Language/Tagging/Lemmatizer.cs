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
/// Lemmatiser learnt from a treebank: the most frequent rule for each (lower-cased form, XPOS) seen in training, and
/// for unseen forms the most frequent rule for the longest known (XPOS, suffix) pair.
/// </summary>
public sealed class Lemmatizer(IReadOnlyDictionary<string, LemmaRule> exceptions, IReadOnlyDictionary<string, LemmaRule> suffixRules, int maxSuffix)
{
    public int ExceptionCount => exceptions.Count;
    public int SuffixRuleCount => suffixRules.Count;

    public static string ExceptionKey(string form, string xpos) => form.ToLowerInvariant() + "\t" + xpos;
    public static string SuffixKey(string suffix, string xpos) => xpos + "\t" + suffix;

    public string Lemmatize(string form, string xpos)
    {
        if (exceptions.TryGetValue(ExceptionKey(form, xpos), out var rule) && rule.AppliesTo(form)) return rule.Apply(form);
        var lower = form.ToLowerInvariant();
        for (var k = Math.Min(maxSuffix, lower.Length - 1); k >= 1; k--)
            if (suffixRules.TryGetValue(SuffixKey(lower[^k..], xpos), out rule) && rule.AppliesTo(form)) return rule.Apply(form);
        return xpos is "NNP" or "NNPS" ? form : lower;
    }

    public void Write(BinaryWriter w)
    {
        w.Write(maxSuffix);
        foreach (var table in new[] { exceptions, suffixRules })
        {
            w.Write(table.Count);
            foreach (var (key, rule) in table.OrderBy(p => p.Key, StringComparer.Ordinal)) { w.Write(key); w.Write(rule.Encode()); }
        }
    }

    public static Lemmatizer Read(BinaryReader r)
    {
        var maxSuffix = r.ReadInt32();
        var tables = new Dictionary<string, LemmaRule>[2];
        for (var t = 0; t < 2; t++)
        {
            var count = r.ReadInt32();
            tables[t] = new Dictionary<string, LemmaRule>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++) tables[t][r.ReadString()] = LemmaRule.Decode(r.ReadString());
        }
        return new Lemmatizer(tables[0], tables[1], maxSuffix);
    }
}
