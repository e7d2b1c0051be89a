using BorderWatch.Ingestion.Language.Perceptron;

namespace BorderWatch.Ingestion.Language.Tagging;

/// <summary>
/// The features of the part-of-speech tagger at one word, given the two tags before it (-1 before the sentence) and
/// the ambiguity classes (the tags each word had in training) of the words around it.
/// </summary>
public static class TaggerFeatures
{
    public const int Max = 40;

    public static int Extract(WordForms w, ulong[] classes, int i, int previous, int beforePrevious, Span<ulong> f)
    {
        var n = w.Count;
        ulong Word(int k) => k < 0 ? WordForms.Start : k >= n ? WordForms.End : w.Lower[k];
        ulong ShapeAt(int k) => k < 0 ? WordForms.Start : k >= n ? WordForms.End : w.Shape[k];
        ulong Suf3(int k) => k < 0 ? WordForms.Start : k >= n ? WordForms.End : w.Suffix3[k];
        ulong Amb(int k) => k < 0 ? WordForms.Start : k >= n ? WordForms.End : classes[k];
        var t1 = (ulong)(previous + 2);
        var t2 = (ulong)(beforePrevious + 2);
        var c = 0;
        f[c++] = FeatureHash.Key(0, 0);
        f[c++] = FeatureHash.Key(1, w.Lower[i]);
        f[c++] = FeatureHash.Key(2, w.Suffix1[i]);
        f[c++] = FeatureHash.Key(3, w.Suffix2[i]);
        f[c++] = FeatureHash.Key(4, w.Suffix3[i]);
        f[c++] = FeatureHash.Key(5, w.Suffix4[i]);
        f[c++] = FeatureHash.Key(6, w.Prefix1[i]);
        f[c++] = FeatureHash.Key(7, w.Prefix2[i]);
        f[c++] = FeatureHash.Key(8, w.Prefix3[i]);
        f[c++] = FeatureHash.Key(9, w.Shape[i]);
        f[c++] = FeatureHash.Key(10, t1);
        f[c++] = FeatureHash.Key(11, t2);
        f[c++] = FeatureHash.Key(12, t1, t2);
        f[c++] = FeatureHash.Key(13, t1, w.Lower[i]);
        f[c++] = FeatureHash.Key(14, Word(i - 1));
        f[c++] = FeatureHash.Key(15, Suf3(i - 1));
        f[c++] = FeatureHash.Key(16, Word(i - 2));
        f[c++] = FeatureHash.Key(17, Word(i + 1));
        f[c++] = FeatureHash.Key(18, Suf3(i + 1));
        f[c++] = FeatureHash.Key(19, Word(i + 2));
        f[c++] = FeatureHash.Key(20, Word(i - 1), w.Lower[i]);
        f[c++] = FeatureHash.Key(21, w.Lower[i], Word(i + 1));
        f[c++] = FeatureHash.Key(22, ShapeAt(i + 1));
        f[c++] = FeatureHash.Key(23, ShapeAt(i - 1));
        f[c++] = FeatureHash.Key(24, w.Exact[i]);
        f[c++] = FeatureHash.Key(25, i == 0 ? 1UL : 0UL, w.Shape[i]);
        f[c++] = FeatureHash.Key(26, t1, w.Suffix3[i]);
        f[c++] = FeatureHash.Key(27, ShapeAt(i - 1), w.Shape[i], ShapeAt(i + 1));
        f[c++] = FeatureHash.Key(28, w.HyphenTail[i]);
        f[c++] = FeatureHash.Key(29, t1, Word(i + 1));
        f[c++] = FeatureHash.Key(30, w.Suffix3[i], Suf3(i + 1));
        f[c++] = FeatureHash.Key(31, Amb(i));
        f[c++] = FeatureHash.Key(32, Amb(i + 1));
        f[c++] = FeatureHash.Key(33, Amb(i + 2));
        f[c++] = FeatureHash.Key(34, Amb(i - 1));
        f[c++] = FeatureHash.Key(35, t1, Amb(i));
        f[c++] = FeatureHash.Key(36, Amb(i), Amb(i + 1));
        f[c++] = FeatureHash.Key(37, t1, Amb(i), Amb(i + 1));
        return c;
    }
}
