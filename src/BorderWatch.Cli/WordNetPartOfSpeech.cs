using System.Globalization;

namespace BorderWatch.Cli;

/// <summary>
/// One part of speech of a WordNet 3.0 database in Princeton's format (Debian's <c>wordnet-base</c>), as the generating
/// commands read it (<see cref="BuildWordNetCommand"/>, <see cref="BuildTypeWordsCommand"/>): each lemma's senses in
/// order (index.POS), each synset's words, lexicographer file (supersense), hypernyms ("@" and "@i") and hyponyms ("@"),
/// and the irregular forms (POS.exc). Only these commands read WordNet; the product reads the files they generate.
/// </summary>
internal sealed class WordNetPartOfSpeech
{
    public Dictionary<string, List<string>> Senses { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, List<string>> Words { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> LexFile { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, List<string>> Hypernyms { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, List<string>> Hyponyms { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, List<string>> Exceptions { get; } = new(StringComparer.Ordinal);

    public static WordNetPartOfSpeech Load(string folder, string name)
    {
        var pos = new WordNetPartOfSpeech();
        foreach (var line in ReadLines(Path.Combine(folder, "index." + name)))
        {
            // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
            var p = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var pointers = int.Parse(p[3], CultureInfo.InvariantCulture);
            pos.Senses[p[0]] = p.Skip(4 + pointers + 2).ToList();
        }
        foreach (var line in ReadLines(Path.Combine(folder, "data." + name)))
        {
            // offset lex_filenum ss_type w_cnt(hex) word lex_id ... p_cnt [symbol offset pos source/target]... | gloss
            var p = line.Split('|')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var offset = p[0];
            pos.LexFile[offset] = int.Parse(p[1], CultureInfo.InvariantCulture);
            var count = Convert.ToInt32(p[3], 16);
            pos.Words[offset] = Enumerable.Range(0, count).Select(i => p[4 + 2 * i].ToLowerInvariant()).ToList();
            var k = 4 + 2 * count;
            var pointers = int.Parse(p[k], CultureInfo.InvariantCulture);
            var up = new List<string>();
            for (var i = 0; i < pointers; i++)
            {
                var symbol = p[k + 1 + 4 * i];
                if (symbol is not ("@" or "@i") || p[k + 3 + 4 * i] != name[..1]) continue;
                var parent = p[k + 2 + 4 * i];
                up.Add(parent);
                if (symbol != "@") continue;
                if (!pos.Hyponyms.TryGetValue(parent, out var children)) pos.Hyponyms[parent] = children = [];
                children.Add(offset);
            }
            pos.Hypernyms[offset] = up;
        }
        var exc = Path.Combine(folder, name + ".exc");
        if (File.Exists(exc))
            foreach (var line in File.ReadLines(exc))
            {
                var p = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (p.Length >= 2) pos.Exceptions[p[0]] = p.Skip(1).ToList();
            }
        return pos;
    }

    private static IEnumerable<string> ReadLines(string path) =>
        File.Exists(path) ? File.ReadLines(path).Where(l => l.Length > 0 && l[0] != ' ')
                          : throw new FileNotFoundException($"{path}: not found (is this a WordNet 3.0 database folder?)");

    /// <summary>The synset offset of "lemma.x.N" (N counted from 1).</summary>
    public string Synset(string key)
    {
        var parts = key.Split('.');
        if (parts.Length != 3 || !int.TryParse(parts[2], CultureInfo.InvariantCulture, out var n)) throw new InvalidDataException($"root '{key}' is not lemma.pos.sense");
        if (!Senses.TryGetValue(parts[0], out var senses) || n < 1 || n > senses.Count)
            throw new InvalidDataException($"root '{key}': no such sense in WordNet");
        return senses[n - 1];
    }

    /// <summary>The synset and every synset above it.</summary>
    public HashSet<string> Above(string synset)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>([synset]);
        while (stack.TryPop(out var s))
            if (seen.Add(s)) foreach (var up in Hypernyms.GetValueOrDefault(s) ?? []) stack.Push(up);
        return seen;
    }

    /// <summary>Lemmas under the root (itself included, at most <paramref name="maxDepth"/> hyponym levels down) that reach it through one of their first <paramref name="maxRank"/> senses.</summary>
    public IEnumerable<string> LemmasUnder(string root, int maxRank, int maxDepth, ISet<string> exclude)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<(string Synset, int Depth)>([(root, 0)]);
        while (stack.Count > 0)
        {
            var (synset, depth) = stack.Pop();
            if (!seen.Add(synset)) continue;
            if (depth < maxDepth)
                foreach (var child in Hyponyms.GetValueOrDefault(synset) ?? []) stack.Push((child, depth + 1));
            foreach (var word in Words[synset])
            {
                var lemma = word.Replace('_', ' ');
                if (exclude.Contains(lemma) || !Senses.TryGetValue(word, out var senses)) continue;
                var rank = senses.IndexOf(synset) + 1;
                if (synset == root || (rank >= 1 && rank <= maxRank)) yield return lemma;
            }
        }
    }
}
