using System.Text.RegularExpressions;
using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// Reads casualty figures (killed, wounded, detained or captured) in a text: a count and a casualty predicate in the
/// same clause (no comma, semicolon or colon between). Two shapes:
/// <list type="bullet">
/// <item>the count before the predicate, with who they were ("two soldiers were killed", "one of the guards died",
/// "two soldiers and a civilian were wounded": one figure per side), at most four words between. A transitive verb with
/// no auxiliary takes a count before it only when nothing follows it as an object ("left five wounded", "three killed
/// in the raid"), so "two gunmen killed the guard" counts no gunmen;</item>
/// <item>an active verb and the count after it ("killing three", "detained at least four smugglers").</item>
/// </list>
/// A count is digits or number words ("twenty-one"), "a"/"an" before a noun (1), "at least N", "more than N",
/// "up to N", "N to M", "N-M", "between N and M", or a vague word ("several", "dozens of", "a few"), kept as that
/// word: never turned into a number. A count followed by a unit ("3 km", "two days") is none; "no one", "nobody",
/// "none" is zero. Within one text each (kind, side) keeps its largest mention, so a figure repeated in a later
/// sentence (or excerpt) is never added twice; a total without a side ("five people") replaces sided parts that add up
/// to less, and is dropped where the parts add up to as much. General rules; the words are the lists of <c>Lexicon/casualties.json</c> (<see cref="CasualtyLexicon"/>).
/// </summary>
public sealed partial class CasualtyFigures(CasualtyLexicon words)
{
    [GeneratedRegex(@"[;:,()]|(?<=\w)\.(?=\s|$)|—|–")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"(\d)\s*[-–]\s*(\d)")]
    private static partial Regex DigitRange();

    [GeneratedRegex(@"[A-Za-z]+(?:['’][a-z]+)?(?:-[A-Za-z]+)*|\d+|%")]
    private static partial Regex Word();

    private sealed record Mention(int Start, int End, CasualtyCount Value, string? Side, int SideEnd);

    public CasualtyReport Read(string text)
    {
        var found = new List<CasualtyFigure>();
        foreach (var clause in ClauseBreak().Split(DigitRange().Replace(text, "$1 to $2")))
        {
            var tokens = Word().Matches(clause).Select(m => m.Value).SelectMany(SplitHyphen).ToList();
            found.AddRange(Clause(tokens));
        }
        return Combine(found);
    }

    /// <summary>Each (kind, side) once with its largest mention; a side-less total against the sided parts.</summary>
    private CasualtyReport Combine(List<CasualtyFigure> found)
    {
        var figures = new List<CasualtyFigure>();
        foreach (var kind in found.GroupBy(f => f.Kind).OrderBy(g => g.Key))
        {
            var largest = kind.GroupBy(f => SideKey(f.Side)).Select(g => g.MaxBy(f => f.Count.Rank)!).ToList();
            var total = largest.FirstOrDefault(f => SideKey(f.Side) == "");
            var parts = largest.Where(f => SideKey(f.Side) != "").ToList();
            if (total is null || parts.Count == 0) figures.AddRange(largest);
            else if (parts.Sum(p => Math.Max(0, p.Count.Rank)) >= total.Count.Rank) figures.AddRange(parts);
            else figures.Add(total);
        }
        return new CasualtyReport(figures);
    }

    /// <summary>"Guards" and "guard" are one side; generic words are no side.</summary>
    private string SideKey(string? side)
    {
        if (side is null || words.GenericSides.Contains(side)) return "";
        var s = side.ToLowerInvariant();
        return s.EndsWith('s') ? s[..^1] : s;
    }

    /// <summary>"twenty-one" → "twenty", "one" (number words only; "cross-border" stays one word).</summary>
    private IEnumerable<string> SplitHyphen(string w) =>
        w.Contains('-') && w.Split('-').All(words.NumberWords.ContainsKey) ? w.Split('-') : [w];

    private IEnumerable<CasualtyFigure> Clause(List<string> t)
    {
        for (var j = 0; j < t.Count; j++)
        {
            if (!words.Predicates.TryGetValue(t[j], out var kind)) continue;
            var passive = j > 0 && words.PassiveAuxiliaries.Contains(t[j - 1]);
            if (!passive && words.CountAfterVerbs.Contains(t[j]))
            {
                // Active verb and its count after it, and counts joined to it by "and" ("killing two soldiers and a civilian").
                var after = CountAt(t, j + 1);
                if (after is not null)
                {
                    foreach (var c in Coordinated(t, after)) yield return new CasualtyFigure(kind, c.Value, c.Side);
                    continue;
                }
                // A bare transitive verb with an object after it: the words before it are the doers, not the victims.
                if (j + 1 < t.Count && !words.NoObjectWords.Contains(t[j + 1])) continue;
            }
            foreach (var c in Before(t, j)) yield return new CasualtyFigure(kind, c.Value, c.Side);
        }
    }

    /// <summary>The count (with its side) ending at most four words before the predicate at j, and those joined to it by "and".</summary>
    private IEnumerable<Mention> Before(List<string> t, int j)
    {
        for (var i = j - 1; i >= 0 && i >= j - 7; i--)
        {
            if (words.Predicates.ContainsKey(t[i])) yield break;
            // "nobody was hurt", "no one has been killed": close to the predicate ("none of the speakers mentioned the wounded" is no figure).
            if (j - i - 1 <= 3 && (words.NobodyWords.Contains(t[i]) || (t[i].Equals("one", StringComparison.OrdinalIgnoreCase) && i > 0 && t[i - 1].Equals("no", StringComparison.OrdinalIgnoreCase))))
            {
                yield return new Mention(i, i, CasualtyCount.Exactly(0), null, i);
                yield break;
            }
            if (CountAt(t, i) is not { } count) continue;
            // The longest count ending there: "at least four", "three to five", "twenty one".
            for (var p = i - 1; p >= 0 && p >= i - 3; p--)
                if (CountAt(t, p) is { } longer && longer.SideEnd == count.SideEnd) count = longer;
            if (j - count.SideEnd - 1 > 4) yield break;
            // Walk back through "X and Y" to the first count of the group, then read the group forward; a singular
            // verb ("a soldier was killed") has one subject, so "attacked two posts and a soldier was killed" is one figure.
            var first = count;
            var singular = Enumerable.Range(count.SideEnd + 1, j - count.SideEnd - 1).Any(g => t[g] is "was" or "is" or "has");
            while (!singular && first.Start >= 2 && t[first.Start - 1].Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                var earlier = Enumerable.Range(Math.Max(0, first.Start - 6), first.Start - 1 - Math.Max(0, first.Start - 6))
                    .Select(s => CountAt(t, s)).FirstOrDefault(c => c is not null && c.SideEnd == first.Start - 2);
                if (earlier is null) break;
                first = earlier;
            }
            foreach (var c in Coordinated(t, first)) yield return c;
            yield break;
        }
    }

    /// <summary>A count and the counts joined after it by "and" ("two soldiers and a civilian").</summary>
    private IEnumerable<Mention> Coordinated(List<string> t, Mention first)
    {
        for (var c = first; c is not null; c = c.SideEnd + 2 < t.Count && t[c.SideEnd + 1].Equals("and", StringComparison.OrdinalIgnoreCase) ? CountAt(t, c.SideEnd + 2) : null)
            yield return c;
    }

    /// <summary>The count starting at token k with the side after it, or null.</summary>
    private Mention? CountAt(List<string> t, int k)
    {
        if (k >= t.Count) return null;
        var w = t[k].ToLowerInvariant();
        var next = k + 1 < t.Count ? t[k + 1].ToLowerInvariant() : "";
        CasualtyCount value;
        int end;
        if (w == "at" && next == "least" && NumberAt(t, k + 2) is { } least) (value, end) = (CasualtyCount.AtLeast(least.Value), least.End);
        else if ((w == "more" || w == "over") && (w == "over" ? NumberAt(t, k + 1) : next == "than" ? NumberAt(t, k + 2) : null) is { } more)
            (value, end) = (CasualtyCount.AtLeast(more.Value + 1), more.End);
        else if (w == "up" && next == "to" && NumberAt(t, k + 2) is { } upTo) (value, end) = (CasualtyCount.UpTo(upTo.Value), upTo.End);
        else if (w == "as" && next == "many" && k + 2 < t.Count && t[k + 2].Equals("as", StringComparison.OrdinalIgnoreCase) && NumberAt(t, k + 3) is { } asMany)
            (value, end) = (CasualtyCount.UpTo(asMany.Value), asMany.End);
        else if (w == "between" && NumberAt(t, k + 1) is { } low && low.End + 2 < t.Count && t[low.End + 1].Equals("and", StringComparison.OrdinalIgnoreCase)
                 && NumberAt(t, low.End + 2) is { } high)
            (value, end) = (CasualtyCount.Between(low.Value, high.Value), high.End);
        else if (words.ApproximateWords.Contains(w) && NumberAt(t, k + 1) is { } about) (value, end) = (CasualtyCount.Exactly(about.Value), about.End);
        else if (NumberAt(t, k) is { } n)
        {
            (value, end) = (CasualtyCount.Exactly(n.Value), n.End);
            if (end + 2 < t.Count && t[end + 1] is "to" or "or" && NumberAt(t, end + 2) is { } upper && upper.Value > n.Value)
                (value, end) = (CasualtyCount.Between(n.Value, upper.Value), upper.End);
        }
        else if (Vague(t, k) is { } vague) (value, end) = vague;
        else if ((w is "a" or "an") && k + 1 < t.Count && !IsNumberWord(t[k + 1]) && !words.SideStops.Contains(t[k + 1])) (value, end) = (CasualtyCount.Exactly(1), k);
        else return null;

        // "one of the guards": the side after "of the".
        var s = end + 1;
        if (s + 1 < t.Count && t[s].Equals("of", StringComparison.OrdinalIgnoreCase) && t[s + 1].Equals("the", StringComparison.OrdinalIgnoreCase)) s += 2;
        var sideEnd = s - 1;
        while (sideEnd + 1 < t.Count && sideEnd + 1 < s + 3 && IsSideWord(t[sideEnd + 1])) sideEnd++;
        if (sideEnd < s) return (w is "a" or "an") ? null : new Mention(k, end, value, null, end);
        return new Mention(k, end, value, string.Join(' ', t.Skip(s).Take(sideEnd - s + 1)), sideEnd);
    }

    private bool IsSideWord(string w) =>
        !words.SideStops.Contains(w) && !words.Predicates.ContainsKey(w) && !IsNumberWord(w) && !w.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !words.Units.Contains(w);

    /// <summary>"several", "dozens of", "a few", "a number of", "an unknown number of": the word, never a number.</summary>
    private (CasualtyCount, int)? Vague(List<string> t, int k)
    {
        var w = t[k].ToLowerInvariant();
        int Of(int at) => at < t.Count && t[at].Equals("of", StringComparison.OrdinalIgnoreCase) ? at : at - 1;
        if (w is "a" && k + 1 < t.Count && t[k + 1].Equals("few", StringComparison.OrdinalIgnoreCase)) return (CasualtyCount.Vaguely("few"), k + 1);
        if (w is "a" or "an" && k + 2 < t.Count && t[k + 1].Equals("number", StringComparison.OrdinalIgnoreCase)) return (CasualtyCount.Vaguely("unknown"), Of(k + 2));
        if (w is "an" && k + 3 < t.Count && t[k + 1].Equals("unknown", StringComparison.OrdinalIgnoreCase) && t[k + 2].Equals("number", StringComparison.OrdinalIgnoreCase))
            return (CasualtyCount.Vaguely("unknown"), Of(k + 3));
        if (w != "unknown" && w != "few" && CasualtyReport.VagueWords.Contains(w)) return (CasualtyCount.Vaguely(w), Of(k + 1));
        return null;
    }

    private bool IsNumberWord(string w) => words.NumberWords.ContainsKey(w) || w.All(char.IsDigit);

    /// <summary>The number starting at token k ("three", "21", "twenty one", "a dozen" read from "dozen"), unless a unit follows.</summary>
    private (int Value, int End)? NumberAt(List<string> t, int k)
    {
        if (k >= t.Count) return null;
        int value, end = k;
        if (t[k].All(char.IsDigit)) { if (!int.TryParse(t[k], out value) || value is < 0 or >= 10000) return null; }
        else if (words.NumberWords.TryGetValue(t[k], out value))
        {
            if (value is >= 20 and < 100 && k + 1 < t.Count && words.NumberWords.TryGetValue(t[k + 1], out var unit) && unit < 10) { value += unit; end = k + 1; }
        }
        else return null;
        if (end + 1 < t.Count && words.Units.Contains(t[end + 1])) return null;
        // A year ("in 2019") is not a count.
        if (value >= 1900 && k > 0 && t[k - 1] is "in" or "since" or "of") return null;
        return (value, end);
    }
}
