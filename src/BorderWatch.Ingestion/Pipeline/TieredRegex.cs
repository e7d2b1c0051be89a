using System.Text.RegularExpressions;

namespace BorderWatch.Ingestion.Pipeline;

/// <summary>
/// A regex that is interpreted for its first uses and compiled (<see cref="RegexOptions.Compiled"/>) once it has been used
/// <see cref="CompileAfter"/> times: the same expression and options either way, so it matches exactly the same text.
/// Compiling costs Reflection.Emit and then the JIT at full optimisation (tens of milliseconds for a large alternation),
/// which a short run (a CLI call on ten pages) never earns back; a long ingest reaches the threshold within its first
/// articles and runs compiled from then on. Thread-safe: the count is atomic and the compiled twin is built once.
/// </summary>
public sealed class TieredRegex
{
    /// <summary>Uses before a pattern is compiled when nothing else is said: a few dozen articles' worth of sentences.</summary>
    public const int DefaultCompileAfter = 2000;

    private readonly Lazy<Regex> compiled;
    private Regex? fast;
    private int uses;

    /// <summary>Tiers <paramref name="interpreted"/> (built without <see cref="RegexOptions.Compiled"/>).</summary>
    public TieredRegex(Regex interpreted, int compileAfter = DefaultCompileAfter)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(compileAfter);
        Interpreted = interpreted;
        CompileAfter = compileAfter;
        compiled = new(() => new Regex(interpreted.ToString(), interpreted.Options | RegexOptions.Compiled, interpreted.MatchTimeout));
    }

    /// <summary>A tiered regex of <paramref name="pattern"/> and <paramref name="options"/> (without <see cref="RegexOptions.Compiled"/>: it is added at the threshold).</summary>
    public TieredRegex(string pattern, RegexOptions options = RegexOptions.None, int compileAfter = DefaultCompileAfter)
        : this(new Regex(pattern, options & ~RegexOptions.Compiled), compileAfter) { }

    /// <summary>The interpreted regex, as built.</summary>
    public Regex Interpreted { get; }

    /// <summary>How many uses run interpreted before the compiled twin is built (0: compiled from the first use).</summary>
    public int CompileAfter { get; }

    /// <summary>Whether the compiled twin has been built.</summary>
    public bool IsCompiled => fast is not null;

    /// <summary>The regex for one use: the interpreted one until the threshold, the compiled one after.</summary>
    public Regex Current
    {
        get
        {
            if (fast is { } f) return f;
            if (Interlocked.Increment(ref uses) <= CompileAfter) return Interpreted;
            return fast = compiled.Value;
        }
    }

    public bool IsMatch(string input) => Current.IsMatch(input);

    public bool IsMatch(ReadOnlySpan<char> input) => Current.IsMatch(input);

    public Match Match(string input) => Current.Match(input);

    public MatchCollection Matches(string input) => Current.Matches(input);

    public override string ToString() => Interpreted.ToString();
}
