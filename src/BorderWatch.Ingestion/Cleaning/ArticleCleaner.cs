using System.Text.RegularExpressions;
using BorderWatch.Ingestion.Reading;

namespace BorderWatch.Ingestion.Cleaning;

/// <summary>
/// Stage 2: drops boilerplate lines (site chrome, player controls, photo credits, cookie notices, a trailing
/// author biography, duplicated lines, repeated headlines) from an article body. Kept lines are returned
/// unchanged, character for character, one paragraph per line, separated by blank lines, so excerpt
/// offsets into the result quote the article exactly.
/// </summary>
public static partial class ArticleCleaner
{
    // A headline or label: short, and not ending like a sentence.
    private const int HeadlineMaxLength = 200;
    // How many paragraphs at the very end may be taken for an author blurb.
    private const int MaxTrailingBioParagraphs = 3;

    public static string Clean(string bodyText)
    {
        var lexicon = BoilerplateLexicon.Instance;
        var lines = bodyText.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')
            .Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

        lines = CutAtSectionEnd(lines, lexicon);

        var kept = new List<string>();
        var seenHeadlines = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (IsChrome(line, lexicon)) continue;
            if (kept.Count > 0 && kept[^1] == line) continue;  // exact duplicate of the line before
            if (IsHeadlineLike(line) && !seenHeadlines.Add(line)) continue;  // a headline repeated by the page layout
            kept.Add(line);
        }

        OtherLanguageParagraphs.Drop(kept);
        NoteLists.Drop(kept);
        DropTrailingBio(kept, lexicon);
        return string.Join("\n\n", kept);
    }

    /// <summary>True when <paramref name="line"/> is site chrome by the lexicon's lines or patterns.</summary>
    public static bool IsChrome(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length > 0 && IsChrome(trimmed, BoilerplateLexicon.Instance);
    }

    private static bool IsChrome(string line, BoilerplateLexicon lexicon) =>
        lexicon.Lines.Contains(BoilerplateLexicon.Key(line)) || lexicon.LinePattern.IsMatch(line);

    private static bool IsHeadlineLike(string line) =>
        line.Length <= HeadlineMaxLength && !EndsLikeSentence(line);

    private static bool EndsLikeSentence(string line) => SentenceEnd().IsMatch(line);

    // An "About this blog" or comments heading in the second half of the page ends the article; earlier it is
    // more likely a teaser box at the top, so it is left to the line rules.
    private static List<string> CutAtSectionEnd(List<string> lines, BoilerplateLexicon lexicon)
    {
        var total = lines.Sum(l => l.Length);
        var seen = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (seen * 2 >= total && lexicon.SectionEnds.Contains(BoilerplateLexicon.Key(lines[i])))
                return lines.Take(i).ToList();
            seen += lines[i].Length;
        }
        return lines;
    }

    // Closing credits ("... contributed to this report") and an author biography after the last article
    // paragraph. Only the last few paragraphs are looked at, and a biography must read like one: it starts
    // with a name and reports no speech, or is in another language than an English article.
    private static void DropTrailingBio(List<string> kept, BoilerplateLexicon lexicon)
    {
        var documentIsEnglish = kept.Count > 2 && LanguageGuess.Detect(string.Join("\n", kept)) == "en";
        var dropped = 0;
        while (kept.Count > 1 && dropped < MaxTrailingBioParagraphs)
        {
            var last = kept[^1];
            bool IsBlurb(string p) => IsCredit(p, lexicon) || IsBiography(p, lexicon, documentIsEnglish);
            // A bare name ("Jane Doe") goes with a blurb next to it, above or below.
            var isName = IsNameLine(last) && (dropped > 0 || (kept.Count > 2 && IsBlurb(kept[^2])));
            if (!isName && !IsBlurb(last)) break;
            kept.RemoveAt(kept.Count - 1);
            dropped++;
        }
    }

    private static bool IsCredit(string line, BoilerplateLexicon lexicon) =>
        line.Length <= 200 && lexicon.TrailerPattern.IsMatch(line);

    private static bool IsBiography(string paragraph, BoilerplateLexicon lexicon, bool documentIsEnglish)
    {
        if (paragraph.Length > 1200 || ReportsSpeech().IsMatch(paragraph)) return false;
        if (documentIsEnglish)
        {
            var share = LanguageGuess.EnglishShare(paragraph, out var words);
            if (words >= 8 && share < 0.03) return true;  // a foreign-language blurb under an English article
        }
        return StartsWithName().IsMatch(paragraph) && lexicon.BioPattern.IsMatch(paragraph);
    }

    private static bool IsNameLine(string line) => line.Length <= 60 && NameOnly().IsMatch(line);

    [GeneratedRegex(@"[.!?…][""'”’»)\]]*$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b(said|says|told|stated|according to)\b|[“”""]", RegexOptions.IgnoreCase)]
    private static partial Regex ReportsSpeech();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’.\-/]*\s+\p{Lu}")]
    private static partial Regex StartsWithName();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’.\-]*(\s+\p{Lu}[\p{L}'’.\-]*){1,3}$")]
    private static partial Regex NameOnly();
}
