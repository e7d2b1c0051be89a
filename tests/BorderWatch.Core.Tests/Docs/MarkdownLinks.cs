using System.Text;
using System.Text.RegularExpressions;

namespace BorderWatch.Core.Tests.Docs;

/// <summary>A relative link found in a Markdown file: the file, its line (1-based), the target as written.</summary>
public sealed record MarkdownLink(string File, int Line, string Target);

/// <summary>
/// Reads Markdown as GitHub renders it, for the docs link check: the headings' anchors (GitHub's rule: lower-case, each
/// space a hyphen, every character that is not a letter, digit, hyphen or underscore dropped; a repeated anchor takes
/// -1, -2, ... in order) and the relative links (inline links, images and reference definitions), both outside fenced
/// code blocks and inline code spans.
/// </summary>
public static partial class MarkdownLinks
{
    [GeneratedRegex(@"^\s{0,3}(`{3,}|~{3,})")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"`+[^`]*`+")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"!?\[(?:[^\[\]]|\[[^\[\]]*\])*\]\(\s*(<[^>]*>|[^)\s]+)(?:\s+(?:""[^""]*""|'[^']*'))?\s*\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"^\s{0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)")]
    private static partial Regex Definition();

    [GeneratedRegex(@"<a\s+(?:name|id)=""([^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlAnchor();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex Scheme();

    /// <summary>GitHub's anchor for a heading's text (before any -N suffix for repeats).</summary>
    public static string Slug(string heading)
    {
        var sb = new StringBuilder(heading.Length);
        foreach (var c in heading.Trim().ToLowerInvariant())
        {
            if (c == ' ') sb.Append('-');
            else if (char.IsLetterOrDigit(c) || c == '-' || c == '_') sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Every anchor a link may name in this Markdown text: the headings' (repeats numbered) and HTML anchors.</summary>
    public static IReadOnlySet<string> Anchors(string markdown)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, line) in OutsideFences(markdown))
        {
            foreach (Match a in HtmlAnchor().Matches(line)) anchors.Add(a.Groups[1].Value);
            var h = Heading().Match(line);
            if (!h.Success) continue;
            var slug = Slug(h.Groups[2].Value);
            var n = seen.GetValueOrDefault(slug);
            seen[slug] = n + 1;
            anchors.Add(n == 0 ? slug : $"{slug}-{n}");
        }
        return anchors;
    }

    /// <summary>The links of a Markdown text that point inside the repository (no scheme such as https: or mailto:).</summary>
    public static IEnumerable<MarkdownLink> RelativeLinks(string file, string markdown)
    {
        foreach (var (number, line) in OutsideFences(markdown))
        {
            var text = CodeSpan().Replace(line, "");
            var targets = InlineLink().Matches(text).Select(m => m.Groups[1].Value).ToList();
            var def = Definition().Match(text);
            if (def.Success) targets.Add(def.Groups[1].Value);
            foreach (var raw in targets)
            {
                var target = raw.Trim('<', '>');
                if (target.Length == 0 || Scheme().IsMatch(target) || target.StartsWith("//", StringComparison.Ordinal)) continue;
                yield return new MarkdownLink(file, number, target);
            }
        }
    }

    /// <summary>
    /// Why a link does not resolve (null when it does): the file or folder it names, relative to the linking file, must
    /// exist, and an anchor must be one of the target Markdown file's anchors.
    /// </summary>
    public static string? Problem(MarkdownLink link, Func<string, string> readFile)
    {
        var hash = link.Target.IndexOf('#');
        var path = Uri.UnescapeDataString(hash < 0 ? link.Target : link.Target[..hash]);
        var anchor = hash < 0 ? null : Uri.UnescapeDataString(link.Target[(hash + 1)..]);
        var dir = Path.GetDirectoryName(link.File) ?? ".";
        var target = path.Length == 0 ? link.File : Path.GetFullPath(Path.Combine(dir, path));
        if (!File.Exists(target) && !Directory.Exists(target)) return $"no file or folder {path}";
        if (string.IsNullOrEmpty(anchor) || !target.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || Directory.Exists(target))
            return null;
        return Anchors(readFile(target)).Contains(anchor) ? null : $"no heading with the anchor #{anchor} in {Path.GetFileName(target)}";
    }

    private static IEnumerable<(int Number, string Line)> OutsideFences(string markdown)
    {
        string? fence = null;
        var lines = markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var f = Fence().Match(line);
            if (f.Success)
            {
                var mark = f.Groups[1].Value;
                if (fence is null) fence = mark[..3];
                else if (mark.StartsWith(fence, StringComparison.Ordinal)) fence = null;
                continue;
            }
            if (fence is null) yield return (i + 1, line);
        }
    }
}
