namespace BorderWatch.Ingestion.Language.Treebank;

/// <summary>One syntactic word of a treebank sentence. <see cref="Head"/> is 0-based, -1 for the root.</summary>
public sealed record TreebankWord(string Form, string Lemma, string Upos, string Xpos, int Head, string Relation, bool SpaceAfter);

/// <summary>One sentence of a CoNLL-U file: its id, its text and its syntactic words (multiword ranges and empty nodes left out).</summary>
public sealed record TreebankSentence(string Id, string Text, IReadOnlyList<TreebankWord> Words);

/// <summary>Reads Universal Dependencies CoNLL-U files (https://universaldependencies.org/format.html).</summary>
public static class ConlluReader
{
    public static List<TreebankSentence> ReadFile(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"treebank file not found: {path}", path);
        return Read(File.ReadLines(path), path);
    }

    /// <summary>Reads sentences from lines; a malformed line raises a <see cref="FormatException"/> naming the source and line.</summary>
    public static List<TreebankSentence> Read(IEnumerable<string> lines, string source)
    {
        var sentences = new List<TreebankSentence>();
        var words = new List<TreebankWord>();
        string id = "", text = "";
        var lineNo = 0;
        foreach (var raw in lines)
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                if (words.Count > 0) sentences.Add(new TreebankSentence(id, text, words.ToArray()));
                words.Clear(); id = ""; text = "";
                continue;
            }
            if (line[0] == '#')
            {
                if (line.StartsWith("# sent_id = ", StringComparison.Ordinal)) id = line[12..];
                else if (line.StartsWith("# text = ", StringComparison.Ordinal)) text = line[9..];
                continue;
            }
            var cols = line.Split('\t');
            if (cols.Length != 10) throw new FormatException($"{source}:{lineNo}: expected 10 tab-separated columns, found {cols.Length}");
            if (cols[0].Contains('-') || cols[0].Contains('.')) continue; // multiword token range or empty node
            if (!int.TryParse(cols[0], out var index) || index != words.Count + 1)
                throw new FormatException($"{source}:{lineNo}: word id '{cols[0]}' out of sequence");
            if (!int.TryParse(cols[6], out var head) || head < 0)
                throw new FormatException($"{source}:{lineNo}: head '{cols[6]}' is not a word index");
            var spaceAfter = !cols[9].Split('|').Contains("SpaceAfter=No");
            words.Add(new TreebankWord(cols[1], cols[2], cols[3], cols[4], head - 1, cols[7], spaceAfter));
        }
        if (words.Count > 0) sentences.Add(new TreebankSentence(id, text, words.ToArray()));
        foreach (var s in sentences)
            foreach (var w in s.Words)
                if (w.Head >= s.Words.Count) throw new FormatException($"{source}: sentence {s.Id}: head {w.Head + 1} beyond the sentence");
        return sentences;
    }
}
