namespace BorderWatch.Ingestion.Language;

/// <summary>
/// Splits a sentence into tokens the way UD English EWT does: punctuation apart (a run of dots is one token),
/// clitics split off ("do|n't", "ca|n't", "Kabul|'s", "they|'re", "can|not", "gon|na"), a plural possessive's
/// apostrophe apart, abbreviations and initials keep their dots ("U.S.", "Dr.", "a.m."), numbers, times and slashed
/// dates stay whole ("1,200.5", "10:30", "9/11"), "%" and currency signs apart, words joined by a hyphen split
/// ("Al - Qaeda") unless the first part is a prefix ("e-mail", "non-state", "re-open"), URLs and e-mail addresses whole.
/// Tokens are spans of the text, so every token's form is the text between its offsets.
/// </summary>
public static class EnglishTokenizer
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "inc", "ltd", "co", "corp", "gen", "col", "lt",
        "sgt", "capt", "gov", "sen", "rep", "pres", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec", "no", "nos", "mt", "ft", "approx", "dept", "est", "fig", "vol", "maj", "adm", "brig", "cmdr", "rev",
    };

    private static readonly HashSet<string> HyphenPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "e", "non", "mid", "pre", "anti", "re", "post", "co", "over", "pro", "multi", "ex", "sub", "semi", "neo", "cross",
        "vice", "un", "micro", "intra", "inter", "socio", "psycho", "counter", "self", "trans", "ultra", "quasi", "bi", "tri",
    };

    private static readonly string[] Clitics = ["s", "m", "d", "ll", "re", "ve"];

    /// <summary>The token spans of <c>text[start..end]</c>, as (start, end) offsets into <paramref name="text"/>.</summary>
    public static List<(int Start, int End)> Tokenize(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (start < 0 || end > text.Length || start > end) throw new ArgumentOutOfRangeException(nameof(start), $"span {start}..{end} is outside the text (length {text.Length})");
        var tokens = new List<(int, int)>();
        var i = start;
        while (i < end)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            var j = i;
            while (j < end && !char.IsWhiteSpace(text[j])) j++;
            Chunk(text, i, j, tokens);
            i = j;
        }
        return tokens;
    }

    /// <summary>A whitespace-delimited chunk: dashes first, then each part.</summary>
    private static void Chunk(string t, int s, int e, List<(int, int)> tokens)
    {
        if (IsUrlOrEmail(t, s, e))
        {
            var core = e;
            while (core > s + 1 && t[core - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '"' or '\'' or '”' or '’') core--;
            tokens.Add((s, core));
            for (var k = core; k < e; k++) tokens.Add((k, k + 1));
            return;
        }
        var partStart = s;
        for (var k = s; k < e; k++)
        {
            var dash = t[k] is '—' or '–' or '…' ? 1 : t[k] == '-' && k + 1 < e && t[k + 1] == '-' ? RunLength(t, k, e, '-') : 0;
            if (dash == 0) continue;
            Word(t, partStart, k, tokens);
            tokens.Add((k, k + dash));
            k += dash - 1;
            partStart = k + 1;
        }
        Word(t, partStart, e, tokens);
    }

    private static int RunLength(string t, int k, int e, char c)
    {
        var n = 0;
        while (k + n < e && t[k + n] == c) n++;
        return n;
    }

    /// <summary>Leading and trailing punctuation off, then the core word.</summary>
    private static void Word(string t, int s, int e, List<(int, int)> tokens)
    {
        while (s < e && IsLeading(t, s, e)) { tokens.Add((s, s + 1)); s++; }
        var trailing = new Stack<(int, int)>();
        while (e > s)
        {
            var c = t[e - 1];
            int length;
            if (c == '.')
            {
                length = RunLength(Reverse(t, s, e), 0, e - s, '.');
                if (length == 1 && e - 1 > s && IsAbbreviation(t, s, e)) break;
            }
            else if (c is '!' or '?')
            {
                length = 1;
                while (e - length - 1 >= s && t[e - length - 1] is '!' or '?') length++;
            }
            else if (c is ',' or ';' or ':' or ')' or ']' or '}' or '"' or '”' or '»' or '…' or '%' or '>' or '\'' or '’' or '*') length = 1;
            else break;
            trailing.Push((e - length, e));
            e -= length;
        }
        if (e > s) Core(t, s, e, tokens);
        while (trailing.Count > 0) tokens.Add(trailing.Pop());
    }

    private static string Reverse(string t, int s, int e)
    {
        var chars = t.AsSpan(s, e - s).ToArray();
        Array.Reverse(chars);
        return new string(chars);
    }

    private static bool IsLeading(string t, int s, int e)
    {
        var c = t[s];
        if (c is '\'' or '’') return s + 1 < e && !char.IsDigit(t[s + 1]);
        return c is '"' or '`' or '(' or '[' or '{' or '<' or '“' or '‘' or '«' or '¿' or '¡' or '$' or '£' or '€' or '#' or '*' or '…' or '¥';
    }

    /// <summary>"U.S.", "e.g.", "J." (letters each followed by a dot) or a known short form before its dot.</summary>
    private static bool IsAbbreviation(string t, int s, int e)
    {
        var word = t.AsSpan(s, e - s - 1);
        var lettersAndDots = true;
        for (var k = 0; k < word.Length; k++)
            if (k % 2 == 0 ? !char.IsLetter(word[k]) : word[k] != '.') { lettersAndDots = false; break; }
        return lettersAndDots && word.Length % 2 == 1 ? word.Length > 1 || char.IsUpper(word[0]) : Abbreviations.Contains(word.ToString());
    }

    /// <summary>Hyphens and slashes between words, then clitics.</summary>
    private static void Core(string t, int s, int e, List<(int, int)> tokens)
    {
        var partStart = s;
        for (var k = s + 1; k < e - 1; k++)
        {
            var c = t[k];
            var split = c == '-' && char.IsLetterOrDigit(t[k - 1]) && char.IsLetterOrDigit(t[k + 1]) && !HyphenPrefixes.Contains(t[partStart..k])
                || c == '/' && char.IsLetter(t[k - 1]) && char.IsLetter(t[k + 1]) && (k - partStart > 1 || NextSlashPart(t, k, e) > 1);
            if (!split) continue;
            Clitic(t, partStart, k, tokens);
            tokens.Add((k, k + 1));
            partStart = k + 1;
        }
        Clitic(t, partStart, e, tokens);
    }

    private static int NextSlashPart(string t, int k, int e)
    {
        var n = 0;
        while (k + 1 + n < e && char.IsLetter(t[k + 1 + n])) n++;
        return n;
    }

    private static void Clitic(string t, int s, int e, List<(int, int)> tokens)
    {
        var word = t.AsSpan(s, e - s);
        if (word.Equals("cannot", StringComparison.OrdinalIgnoreCase)) { tokens.Add((s, s + 3)); tokens.Add((s + 3, e)); return; }
        if (word.Equals("gonna", StringComparison.OrdinalIgnoreCase) || word.Equals("wanna", StringComparison.OrdinalIgnoreCase) ||
            word.Equals("gotta", StringComparison.OrdinalIgnoreCase)) { tokens.Add((s, s + 3)); tokens.Add((s + 3, e)); return; }
        if (word.Length > 3 && (word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n’t", StringComparison.OrdinalIgnoreCase)))
        {
            tokens.Add((s, e - 3));
            tokens.Add((e - 3, e));
            return;
        }
        var apostrophe = word.LastIndexOfAny('\'', '’');
        if (apostrophe > 0 && char.IsLetterOrDigit(word[apostrophe - 1]))
        {
            var rest = word[(apostrophe + 1)..].ToString();
            if (Array.Exists(Clitics, c => c.Equals(rest, StringComparison.OrdinalIgnoreCase)))
            {
                tokens.Add((s, s + apostrophe));
                tokens.Add((s + apostrophe, e));
                return;
            }
        }
        tokens.Add((s, e));
    }

    private static bool IsUrlOrEmail(string t, int s, int e)
    {
        var chunk = t.AsSpan(s, e - s);
        if (chunk.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || chunk.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ||
            chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) return true;
        var at = chunk.IndexOf('@');
        return at > 0 && chunk[(at + 1)..].Contains('.') && char.IsLetterOrDigit(chunk[at - 1]);
    }
}
