namespace BorderWatch.Ingestion.Dates;

public sealed partial class DateExpressionFinder
{
    // The pipeline asks for the expressions of the same sentence many times (the writing date, each incident's date,
    // the year and antecedent look-backs), and each scan runs every pattern over the text. Find is pure, so the
    // answer for a text is kept: per finder and per thread (no locks), keyed by the text's content, dropped wholesale when full.
    private const int MemoCapacity = 1024;
    private const int MemoCharacters = 1 << 20;

    private sealed class Memo
    {
        public Dictionary<string, DateExpression[]>? Plain;
        public Dictionary<string, DateExpression[]>? RangeStartAsYear;
        public int Characters;
    }

    private readonly ThreadLocal<Memo> memo = new(() => new Memo());

    /// <summary>Every date expression in <paramref name="text"/>, in text order.</summary>
    public IReadOnlyList<DateExpression> Find(string text, DateFinderOptions? options = null)
    {
        var own = memo.Value!;
        var table = options is { RangeStartAsYear: true }
            ? own.RangeStartAsYear ??= new Dictionary<string, DateExpression[]>(StringComparer.Ordinal)
            : own.Plain ??= new Dictionary<string, DateExpression[]>(StringComparer.Ordinal);
        if (table.TryGetValue(text, out var known)) return known;
        var found = Scan(text, options).ToArray();
        if (table.Count >= MemoCapacity || own.Characters + text.Length > MemoCharacters)
        {
            own.Plain?.Clear();
            own.RangeStartAsYear?.Clear();
            own.Characters = 0;
        }
        table[text] = found;
        own.Characters += text.Length;
        return found;
    }
}
