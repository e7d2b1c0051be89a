using BorderWatch.Ingestion.Language.Tagging;
using BorderWatch.Ingestion.Language.Treebank;

namespace BorderWatch.Ingestion.Language.Training;

/// <summary>Learns the lemmatiser's tables: the most frequent lemma per (form, XPOS) and rule per (XPOS, suffix).</summary>
public static class LemmatizerTrainer
{
    public const int MaxSuffix = 5;

    public static Lemmatizer Train(IReadOnlyList<TreebankSentence> train, Action<string> log)
    {
        var exact = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var suffix = new Dictionary<string, Dictionary<LemmaRule, int>>(StringComparer.Ordinal);
        foreach (var w in train.SelectMany(s => s.Words))
        {
            if (w.Lemma == "_" || w.Form.Length == 0) continue;
            var rule = LemmaRule.Learn(w.Form, w.Lemma);
            var key = Lemmatizer.ExceptionKey(w.Form, w.Xpos);
            if (!exact.TryGetValue(key, out var lemmas)) exact[key] = lemmas = new Dictionary<string, int>(StringComparer.Ordinal);
            lemmas[w.Lemma] = lemmas.GetValueOrDefault(w.Lemma) + 1;
            var lower = w.Form.ToLowerInvariant();
            for (var k = 1; k <= Math.Min(MaxSuffix, lower.Length - 1); k++)
                if (rule.Cut <= lower.Length) Count(suffix, Lemmatizer.SuffixKey(lower[^k..], w.Xpos), rule);
        }
        var suffixRules = Best(suffix, minCount: 3);
        var known = exact.ToDictionary(p => p.Key,
            p => p.Value.OrderByDescending(l => l.Value).ThenBy(l => l.Key, StringComparer.Ordinal).First().Key, StringComparer.Ordinal);
        var lemmatizer = new Lemmatizer(known, suffixRules, MaxSuffix);
        log($"lemmatiser: {lemmatizer.ExceptionCount} known (form, XPOS) pairs, {lemmatizer.SuffixRuleCount} suffix rules");
        return lemmatizer;
    }

    private static void Count(Dictionary<string, Dictionary<LemmaRule, int>> table, string key, LemmaRule rule)
    {
        if (!table.TryGetValue(key, out var rules)) table[key] = rules = [];
        rules[rule] = rules.GetValueOrDefault(rule) + 1;
    }

    private static Dictionary<string, LemmaRule> Best(Dictionary<string, Dictionary<LemmaRule, int>> table, int minCount)
    {
        var best = new Dictionary<string, LemmaRule>(StringComparer.Ordinal);
        foreach (var (key, rules) in table)
        {
            var top = rules.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Encode(), StringComparer.Ordinal).First();
            if (top.Value >= minCount) best[key] = top.Key;
        }
        return best;
    }
}
