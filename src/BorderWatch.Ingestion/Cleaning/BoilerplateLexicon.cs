using System.Text.Json;
using System.Text.RegularExpressions;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Cleaning;

/// <summary>The boilerplate patterns of the embedded <c>Lexicon/boilerplate.json</c>, loaded once.</summary>
internal sealed class BoilerplateLexicon
{
    public static BoilerplateLexicon Instance { get; } = Load();

    /// <summary>Whole lines of site chrome, compared after <see cref="Key"/>.</summary>
    public required HashSet<string> Lines { get; init; }
    public required TieredRegex LinePattern { get; init; }
    /// <summary>Headings after which the rest of the page is not the article (about-the-blog, comments).</summary>
    public required HashSet<string> SectionEnds { get; init; }
    public required TieredRegex TrailerPattern { get; init; }
    public required TieredRegex BioPattern { get; init; }
    /// <summary>id/class tokens that mark page chrome in HTML.</summary>
    public required Regex HtmlChromeMarker { get; init; }
    public required HashSet<string> HtmlChromeRoles { get; init; }
    /// <summary>id/class parts of blocks whose dates and bylines belong to other articles (related lists, comments, sidebars).</summary>
    public required Regex HtmlForeignMarker { get; init; }
    /// <summary>id/class/itemprop parts of the elements that carry the page's date outside the article body.</summary>
    public required Regex HtmlDateMarker { get; init; }
    /// <summary>id/class/itemprop parts of the elements that carry the page's byline.</summary>
    public required Regex HtmlBylineMarker { get; init; }

    /// <summary>The form a line is compared in: trimmed, lower case, without trailing arrows or colons.</summary>
    public static string Key(string line) => line.Trim().TrimEnd(':', '…', '»', '>', '|', '›', ' ', '\u00A0').ToLowerInvariant();

    private static BoilerplateLexicon Load()
    {
        using var json = JsonDocument.Parse(LexiconResource.Read("boilerplate.json"));
        var root = json.RootElement;
        string[] List(string name) => root.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToArray();
        // Line patterns run over every line of every article: interpreted for their first uses, compiled after
        // (TieredRegex), so a short run does not wait for Reflection.Emit and the JIT.
        const RegexOptions options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
        TieredRegex Any(string name, bool whole) =>
            new(whole ? $"^(?:{string.Join('|', List(name).Select(p => $"(?:{p})"))})$"
                      : string.Join('|', List(name).Select(p => $"(?:{p})")), options);

        var markers = string.Join('|', List("htmlChromeMarkers").Select(Regex.Escape));
        // Marker regexes only ever see one short class or id token: interpreted, they cost nothing to build at start-up,
        // where compiling them (Reflection.Emit, then JIT) delays the first page of every short run.
        const RegexOptions markerOptions = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
        Regex Marker(string name) => new($"(?:^|[-_])(?:{string.Join('|', List(name).Select(Regex.Escape))})(?:$|[-_])", markerOptions);
        return new BoilerplateLexicon
        {
            Lines = List("lines").Select(Key).ToHashSet(),
            LinePattern = Any("linePatterns", whole: true),
            SectionEnds = List("sectionEnds").Select(Key).ToHashSet(),
            TrailerPattern = Any("trailerPatterns", whole: false),
            BioPattern = Any("bioPatterns", whole: false),
            // A marker must be a whole dash/underscore-separated part of a token: "share-bar" but not "shareholder".
            HtmlChromeMarker = new($"(?:^|[-_])(?:{markers})(?:$|[-_])", markerOptions),
            HtmlChromeRoles = List("htmlChromeRoles").ToHashSet(StringComparer.OrdinalIgnoreCase),
            HtmlForeignMarker = Marker("htmlForeignMarkers"),
            HtmlDateMarker = Marker("htmlDateMarkers"),
            HtmlBylineMarker = Marker("htmlBylineMarkers"),
        };
    }
}
