namespace BorderWatch.Ingestion.Dates;

public static partial class DateExpressionFinder
{
    // The pipeline asks for the expressions of the same sentence many times (the writing date, each incident's date,
    // the year and antecedent look-backs), and each scan runs every pattern over the text. Find is pure, so the
    // answer for a text is kept: per thread (no locks), keyed by the text's content, dropped wholesale when full.
    private const int MemoCapacity = 1024;
    private const int MemoCharacters = 1 << 20;

    [ThreadStatic] private static Dictionary<string, DateExpression[]>? memo;
    [ThreadStatic] private static Dictionary<string, DateExpression[]>? memoRangeStartAsYear;
    [ThreadStatic] private static int memoCharacters;

    /// <summary>Every date expression in <paramref name="text"/>, in text order.</summary>
    public static IReadOnlyList<DateExpression> Find(string text, DateFinderOptions? options = null)
    {
        var table = options is { RangeStartAsYear: true }
            ? memoRangeStartAsYear ??= new Dictionary<string, DateExpression[]>(StringComparer.Ordinal)
            : memo ??= new Dictionary<string, DateExpression[]>(StringComparer.Ordinal);
        if (table.TryGetValue(text, out var known)) return known;
        var found = Scan(text, options).ToArray();
        if (table.Count >= MemoCapacity || memoCharacters + text.Length > MemoCharacters)
        {
            memo?.Clear();
            memoRangeStartAsYear?.Clear();
            memoCharacters = 0;
        }
        table[text] = found;
        memoCharacters += text.Length;
        return found;
    }
}
