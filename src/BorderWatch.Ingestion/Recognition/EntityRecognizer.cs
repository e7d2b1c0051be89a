using BorderWatch.Ingestion.Gazetteer;
using GazetteerIndex = BorderWatch.Ingestion.Gazetteer.Gazetteer;

namespace BorderWatch.Ingestion.Recognition;

/// <summary>How a mention was matched to its entry.</summary>
public enum MatchKind { Name, Alias, Demonym, CapitalMetonym, Surname, Fuzzy }

/// <summary>A span of text that names a gazetteer entry: <c>Text == text[Start..End]</c>.</summary>
/// <param name="Alternatives">Other entries with the same name (a capital is both its state and a place).</param>
public sealed record EntityMention(int Start, int End, string Text, GazetteerEntry Entry, MatchKind Match, IReadOnlyList<GazetteerEntry> Alternatives)
{
    /// <summary>The place this mention names, if any (the entry itself or an alternative).</summary>
    public GazetteerEntry? Place => Entry.Kind == EntryKind.Place ? Entry : Alternatives.FirstOrDefault(a => a.Kind == EntryKind.Place);
}

/// <summary>What the recognizer has seen earlier in a document: persons named in full, for later surname mentions.</summary>
public sealed class DocumentContext
{
    private readonly HashSet<string> persons = new(StringComparer.Ordinal);
    public IReadOnlyCollection<string> PersonsSeen => persons;
    public void SawPerson(string key) => persons.Add(key);
    public bool HasSeen(string key) => persons.Contains(key);
}

/// <summary>
/// Stage 4: finds gazetteer entities in text. Longest match wins, mentions never overlap. Acronyms match
/// case-sensitively, everything else case- and diacritic-insensitively; capitalised names need a capital in the
/// text; long names also match through a transliteration skeleton.
/// </summary>
public sealed class EntityRecognizer
{
    private sealed class Node
    {
        public readonly Dictionary<string, Node> Children = new(StringComparer.Ordinal);
        public readonly List<(Surface Surface, string[] Words)> Terminals = [];
    }

    private readonly Node exact = new();
    private readonly Node fuzzy = new();
    private const int FuzzyMinLength = 6;

    // One-typo matching: surfaces by the first letter of their first word.
    // Each surface's folded words with their skeletons (null for a word too short to compare by skeleton), computed once.
    private readonly Dictionary<char, List<(Surface Surface, string[] Folded, string[] Words, string?[] Skeletons)>> typo = [];
    /// <summary>A one-letter typo is tolerated only in a word at least this long...</summary>
    private const int TypoMinWordLength = 5;
    /// <summary>...and, in a one-word name, only when the name is at least this long (short names stay exact).</summary>
    private const int TypoMinSingleWordLength = 8;

    public GazetteerIndex Gazetteer { get; }

    public EntityRecognizer(GazetteerIndex gazetteer)
    {
        Gazetteer = gazetteer;
        foreach (var s in gazetteer.Surfaces)
        {
            var tokens = NameNormalizer.Tokenize(s.Text);
            if (tokens.Count == 0) continue;
            var words = tokens.Select(t => t.Original).ToArray();
            Insert(exact, tokens.Select(t => t.Folded), (s, words));
            // Fuzzy forms only for proper names whose every long word gives a distinctive skeleton.
            if (s.Entry.Kind is EntryKind.Person or EntryKind.Place or EntryKind.State && !s.CaseSensitive &&
                tokens.Any(t => t.Folded.Length >= FuzzyMinLength))
                Insert(fuzzy, tokens.Select(t => t.Folded.Length >= FuzzyMinLength ? "~" + NameNormalizer.Skeleton(t.Folded) : t.Folded), (s, words));
            // Typo forms for every name that is not an acronym and is long enough to stay unambiguous with one letter off.
            if (!s.CaseSensitive && (tokens.Count > 1 ? tokens.Any(t => t.Folded.Length >= TypoMinWordLength) : tokens[0].Folded.Length >= TypoMinSingleWordLength))
            {
                var first = tokens[0].Folded[0];
                if (!typo.TryGetValue(first, out var list)) typo[first] = list = [];
                list.Add((s, tokens.Select(t => t.Folded).ToArray(), words,
                    tokens.Select(t => t.Folded.Length >= FuzzyMinLength ? NameNormalizer.Skeleton(t.Folded) : null).ToArray()));
            }
        }
    }

    private static readonly Lazy<EntityRecognizer> DefaultInstance = new(() => new EntityRecognizer(GazetteerIndex.Default));
    public static EntityRecognizer Default => DefaultInstance.Value;

    private static void Insert(Node root, IEnumerable<string> keys, (Surface, string[]) terminal)
    {
        var node = root;
        foreach (var k in keys)
        {
            if (!node.Children.TryGetValue(k, out var next)) node.Children[k] = next = new Node();
            node = next;
        }
        node.Terminals.Add(terminal);
    }

    // When several entries share a name, the one most useful as an actor comes first.
    private static int Rank(Surface s) => s.Entry.Kind switch
    {
        EntryKind.Person => 0,
        EntryKind.Organization or EntryKind.ArmedGroup or EntryKind.Media => 1,
        EntryKind.State => s.Kind == SurfaceKind.CapitalMetonym ? 3 : 2,
        _ => 4,
    };

    public IReadOnlyList<EntityMention> Recognize(string text, DocumentContext? context = null)
    {
        context ??= new DocumentContext();
        var tokens = NameNormalizer.Tokenize(text);
        var result = new List<EntityMention>();
        var i = 0;
        while (i < tokens.Count)
        {
            var best = LongestMatch(text, tokens, i, exact, fuzzyKeys: false, context);
            var bestFuzzy = LongestMatch(text, tokens, i, fuzzy, fuzzyKeys: true, context);
            var bestTypo = TypoMatch(text, tokens, i, context);
            if (bestTypo is not null && (bestFuzzy is null || bestTypo.Value.Length > bestFuzzy.Value.Length)) bestFuzzy = bestTypo;
            var useFuzzy = bestFuzzy is not null && (best is null || bestFuzzy.Value.Length > best.Value.Length);
            var chosen = useFuzzy ? bestFuzzy : best;
            if (chosen is null) { i++; continue; }
            var (length, candidates) = chosen.Value;
            var primary = candidates[0];
            // "officials in Bala Murghab said": the place's name is the tail of a longer name the gazetteer does not
            // know (another place of the same name), so it is not that place.
            if (primary.Entry.Kind == EntryKind.Place && TailOfLongerName(text, tokens, i, result)) { i += length; continue; }
            var start = tokens[i].Start;
            var end = tokens[i + length - 1].End;
            var match = useFuzzy ? MatchKind.Fuzzy : primary.Kind switch
            {
                SurfaceKind.Name => MatchKind.Name,
                SurfaceKind.Demonym => MatchKind.Demonym,
                SurfaceKind.CapitalMetonym => MatchKind.CapitalMetonym,
                SurfaceKind.Surname => MatchKind.Surname,
                _ => MatchKind.Alias,
            };
            if (primary.Entry.Kind == EntryKind.Person && primary.Kind != SurfaceKind.Surname) context.SawPerson(primary.Entry.Key);
            var alternatives = candidates.Skip(1).Select(c => c.Entry).Where(e => e != primary.Entry).Distinct().ToList();
            result.Add(new EntityMention(start, end, text[start..end], primary.Entry, match, alternatives));
            i += length;
        }
        return result;
    }

    private static (int Length, List<Surface> Candidates)? LongestMatch(string text, List<Token> tokens, int from, Node root, bool fuzzyKeys, DocumentContext context)
    {
        (int, List<Surface>)? best = null;
        var node = root;
        for (var j = from; j < tokens.Count; j++)
        {
            var t = tokens[j];
            // Names never run across a sentence break or a comma.
            if (j > from && HasBreak(text, tokens[j - 1], t)) break;
            var key = fuzzyKeys && t.Folded.Length >= FuzzyMinLength ? "~" + NameNormalizer.Skeleton(t.Folded) : t.Folded;
            if (!node.Children.TryGetValue(key, out var next)) break;
            node = next;
            var ok = node.Terminals
                .Where(term => Fits(tokens, from, term.Words, term.Surface, fuzzyKeys))
                .Where(term => term.Surface.Kind != SurfaceKind.Surname || context.HasSeen(term.Surface.Entry.Key))
                .Select(term => term.Surface)
                .OrderBy(Rank)
                .ToList();
            if (ok.Count > 0) best = (j - from + 1, ok);
        }
        return best;
    }

    /// <summary>
    /// The longest name that the words from <paramref name="from"/> spell with at most one small slip: one word one
    /// edit (a letter added, dropped, changed or two letters swapped) away, its first letter right, the other words
    /// exact or transliteration variants (this also covers organizations, which have no skeleton trie). Only
    /// capitalised text, never an acronym, never a short one-word name.
    /// </summary>
    private (int Length, List<Surface> Candidates)? TypoMatch(string text, List<Token> tokens, int from, DocumentContext context)
    {
        var head = tokens[from];
        if (!char.IsUpper(head.Original[0]) || !typo.TryGetValue(head.Folded[0], out var list)) return null;
        (int Length, List<Surface> Candidates)? best = null;
        // (the first word's skeleton, asked of every name in the list, is read once)
        var headSkeleton = head.Folded.Length >= FuzzyMinLength ? NameNormalizer.Skeleton(head.Folded) : null;
        foreach (var (surface, folded, words, skeletons) in list)
        {
            var n = folded.Length;
            if (from + n > tokens.Count || (best is { } b && b.Length > n)) continue;
            if (surface.Kind == SurfaceKind.Surname && !context.HasSeen(surface.Entry.Key)) continue;
            var slips = 0;
            var variants = 0;
            for (var k = 0; k < n && slips <= 1; k++)
            {
                var t = tokens[from + k];
                if (k > 0 && HasBreak(text, tokens[from + k - 1], t)) { slips = 2; break; }
                if (t.Folded == folded[k]) continue;
                if (t.Folded.Length >= FuzzyMinLength && skeletons[k] is { } skeleton &&
                    (k == 0 ? headSkeleton : NameNormalizer.Skeleton(t.Folded)) == skeleton) { variants++; continue; }
                if (folded[k].Length >= TypoMinWordLength && t.Folded[0] == folded[k][0] && NameNormalizer.OneEditApart(t.Folded, folded[k])) slips++;
                else slips = 2;
            }
            if (slips > 1 || slips + variants == 0 || !Fits(tokens, from, words, surface, fuzzyMatch: true)) continue;
            if (best is { } cur && cur.Length == n) cur.Candidates.Add(surface);
            else best = (n, [surface]);
        }
        if (best is { } found) found.Candidates.Sort((x, y) => Rank(x).CompareTo(Rank(y)));
        return best;
    }

    /// <summary>
    /// The name at token <paramref name="at"/> follows a capitalised word that no entity took, in running text (the
    /// word before that is in lower case): "residents of Upper Harbour said", not a headline's "Clashes Near Batken".
    /// </summary>
    private static bool TailOfLongerName(string text, List<Token> tokens, int at, List<EntityMention> found)
    {
        if (at < 2) return false;
        Token before = tokens[at - 2], previous = tokens[at - 1], head = tokens[at];
        if (!char.IsUpper(previous.Original[0]) || !char.IsLower(before.Original[0])) return false;
        if (HasBreak(text, previous, head) || HasBreak(text, before, previous) || head.Start - previous.End > 1) return false;
        return found.Count == 0 || found[^1].End <= previous.Start;
    }

    private static bool HasBreak(string text, Token a, Token b) =>
        b.Start - a.End > 3 || text.AsSpan(a.End, b.Start - a.End).IndexOfAny(",;:()\n") >= 0;

    private static bool Fits(List<Token> tokens, int from, string[] words, Surface surface, bool fuzzyMatch)
    {
        for (var k = 0; k < words.Length; k++)
        {
            var original = tokens[from + k].Original;
            var word = words[k];
            if (surface.CaseSensitive && !string.Equals(original, word, StringComparison.Ordinal)) return false;
            if (char.IsUpper(word[0]) && !char.IsUpper(original[0])) return false;
            // A fuzzy match must still agree on the first letter.
            if (fuzzyMatch && char.ToLowerInvariant(word[0]) != char.ToLowerInvariant(original[0])) return false;
            // ...and be a spelling of the same name, not another word with the same consonants.
            if (fuzzyMatch && !NameNormalizer.SameName(tokens[from + k].Folded, NameNormalizer.Fold(word))) return false;
        }
        return true;
    }
}
