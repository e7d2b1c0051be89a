using BorderWatch.Ingestion.Language.Perceptron;

namespace BorderWatch.Ingestion.Language.Tagging;

/// <summary>Hashed views of the words of one sentence (lower case, shape, affixes), computed once and shared by the tagger and parser features.</summary>
public sealed class WordForms
{
    public static readonly ulong Start = FeatureHash.Of("\u0002START"), End = FeatureHash.Of("\u0003END");

    public int Count { get; }
    public ulong[] Exact { get; }
    public ulong[] Lower { get; }
    public ulong[] Shape { get; }
    public ulong[] Suffix1 { get; }
    public ulong[] Suffix2 { get; }
    public ulong[] Suffix3 { get; }
    public ulong[] Suffix4 { get; }
    public ulong[] Prefix1 { get; }
    public ulong[] Prefix2 { get; }
    public ulong[] Prefix3 { get; }
    public ulong[] HyphenTail { get; }

    public WordForms(IReadOnlyList<string> forms)
    {
        var n = Count = forms.Count;
        Exact = new ulong[n]; Lower = new ulong[n]; Shape = new ulong[n];
        Suffix1 = new ulong[n]; Suffix2 = new ulong[n]; Suffix3 = new ulong[n]; Suffix4 = new ulong[n];
        Prefix1 = new ulong[n]; Prefix2 = new ulong[n]; Prefix3 = new ulong[n]; HyphenTail = new ulong[n];
        Span<char> buffer = stackalloc char[64];
        for (var i = 0; i < n; i++)
        {
            var form = forms[i];
            var lower = form.Length <= buffer.Length ? buffer[..form.Length] : new char[form.Length];
            form.AsSpan().ToLowerInvariant(lower);
            Exact[i] = FeatureHash.Of(form);
            Lower[i] = FeatureHash.Of(lower);
            Shape[i] = ShapeOf(form);
            Suffix1[i] = FeatureHash.Of(lower[^Math.Min(1, lower.Length)..]);
            Suffix2[i] = FeatureHash.Of(lower[^Math.Min(2, lower.Length)..]);
            Suffix3[i] = FeatureHash.Of(lower[^Math.Min(3, lower.Length)..]);
            Suffix4[i] = FeatureHash.Of(lower[^Math.Min(4, lower.Length)..]);
            Prefix1[i] = FeatureHash.Of(lower[..Math.Min(1, lower.Length)]);
            Prefix2[i] = FeatureHash.Of(lower[..Math.Min(2, lower.Length)]);
            Prefix3[i] = FeatureHash.Of(lower[..Math.Min(3, lower.Length)]);
            var dash = lower.LastIndexOf('-');
            HyphenTail[i] = dash > 0 && dash < lower.Length - 1 ? FeatureHash.Of(lower[(dash + 1)..]) : 0;
        }
    }

    /// <summary>The word's shape: X for upper case, x for lower case, d for digits, other characters as they are; runs cut at three.</summary>
    public static ulong ShapeOf(string form)
    {
        Span<char> shape = stackalloc char[Math.Min(form.Length, 32)];
        var len = 0;
        char last = '\0';
        var run = 0;
        foreach (var c in form)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            run = s == last ? run + 1 : 1;
            last = s;
            if (run > 3 || len == shape.Length) continue;
            shape[len++] = s;
        }
        return FeatureHash.Of(shape[..len]);
    }
}
