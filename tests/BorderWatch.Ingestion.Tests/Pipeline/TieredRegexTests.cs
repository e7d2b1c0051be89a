using System.Text.RegularExpressions;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Tests.Pipeline;

/// <summary>
/// store46: regexes run interpreted for their first uses and compiled after a threshold (a short run never pays for
/// Reflection.Emit and the JIT), matching the same text either way. No timing asserted. Sentences of their own, in no corpus.
/// </summary>
public class TieredRegexTests
{
    private static readonly string[] Lines =
    [
        "Posted by the desk editor on a wet Tuesday",
        "posted BY nobody in particular",
        "The ferry left the quay at noon without its cargo.",
        "",
        "Share this: print, mail, post",
    ];

    [Fact]
    public void The_first_uses_are_interpreted_and_the_ones_after_the_threshold_compiled()
    {
        var regex = new TieredRegex(@"^posted\s+by\b", RegexOptions.IgnoreCase, compileAfter: 3);

        for (var i = 0; i < 3; i++)
        {
            var current = regex.Current;
            current.ShouldBeSameAs(regex.Interpreted);
            (current.Options & RegexOptions.Compiled).ShouldBe(RegexOptions.None);
            regex.IsCompiled.ShouldBeFalse();
        }
        var fast = regex.Current;
        fast.ShouldNotBeSameAs(regex.Interpreted);
        fast.Options.ShouldBe(RegexOptions.IgnoreCase | RegexOptions.Compiled);
        fast.ToString().ShouldBe(regex.Interpreted.ToString());
        regex.IsCompiled.ShouldBeTrue();
        regex.Current.ShouldBeSameAs(fast);
    }

    [Fact]
    public void Both_tiers_find_the_same_matches()
    {
        const string pattern = @"(?<verb>posted|share)\b[^:]*?(?<by>\bby\b)?";
        var tiered = new TieredRegex(pattern, RegexOptions.IgnoreCase, compileAfter: Lines.Length);
        var before = Lines.Select(l => Describe(tiered.Matches(l))).ToArray();
        tiered.IsCompiled.ShouldBeFalse();
        var after = Lines.Select(l => Describe(tiered.Matches(l))).ToArray();
        tiered.IsCompiled.ShouldBeTrue();
        after.ShouldBe(before);
        before.Count(d => d.Length > 0).ShouldBe(3);
        Lines.Select(l => tiered.IsMatch(l)).ShouldBe([true, true, false, false, true]);
    }

    [Fact]
    public void A_threshold_of_zero_compiles_at_the_first_use_and_the_options_given_are_kept()
    {
        var regex = new TieredRegex("quay", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, compileAfter: 0);
        regex.Interpreted.Options.ShouldBe(RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        regex.Current.Options.ShouldBe(RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
        regex.Match("The QUAY was empty.").Index.ShouldBe(4);
        Should.Throw<ArgumentOutOfRangeException>(() => new TieredRegex("quay", compileAfter: -1));
    }

    [Fact]
    public void Uses_from_many_threads_build_one_compiled_twin()
    {
        var regex = new TieredRegex(@"\bferry\b", compileAfter: 50);
        var seen = new System.Collections.Concurrent.ConcurrentBag<Regex>();
        Parallel.For(0, 400, _ =>
        {
            var current = regex.Current;
            current.IsMatch(Lines[2]).ShouldBeTrue();
            if (!ReferenceEquals(current, regex.Interpreted)) seen.Add(current);
        });
        regex.IsCompiled.ShouldBeTrue();
        seen.Distinct().Count().ShouldBe(1);
        seen.Count.ShouldBe(350);
    }

    [Fact]
    public void A_date_finder_returns_the_same_expressions_before_and_after_its_patterns_are_compiled()
    {
        string[] texts =
        [
            "The ferry sailed on 14 March 2031 and came back two days later.",
            "Since last October the quay has been closed every Tuesday and Wednesday.",
            "In mid-2029 the harbour board met on Friday, 3 August, to review the tolls.",
            "Published: 9 June 2030 | Updated on Monday",
            "Nothing in this line is a date, only 2,000 crates and a 201st voyage.",
        ];
        var words = DateRules.Default.Words;
        var interpreted = new DateExpressionFinder(words, compileAfter: int.MaxValue);
        var compiled = new DateExpressionFinder(words, compileAfter: 0);
        var tiered = new DateExpressionFinder(words, compileAfter: 2);

        var expected = texts.Select(t => interpreted.Find(t)).ToArray();
        interpreted.CompiledPatternCount.ShouldBe(0);
        expected.Count(e => e.Count > 0).ShouldBe(4);
        texts.Select(t => compiled.Find(t)).ShouldBe(expected);
        compiled.CompiledPatternCount.ShouldBeGreaterThan(0);

        tiered.Find(texts[0]).ShouldBe(expected[0]);
        tiered.CompiledPatternCount.ShouldBe(0);
        texts.Select(t => tiered.Find(t)).ShouldBe(expected);
        tiered.CompiledPatternCount.ShouldBeGreaterThan(0);
    }

    private static string Describe(MatchCollection matches) =>
        string.Join(";", matches.Select(m => $"{m.Index}:{m.Length}:{m.Groups["verb"].Value}:{m.Groups["by"].Success}"));
}
