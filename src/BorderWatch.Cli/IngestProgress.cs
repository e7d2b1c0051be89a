using System.Diagnostics;
using System.Globalization;

namespace BorderWatch.Cli;

/// <summary>
/// The ingest command's progress on stderr: files done of the total, the rate over the last half minute and the time
/// left at that rate. On a terminal one line is rewritten in place (at most four times a second); otherwise (a log, a
/// pipe) a plain line is written every <see cref="PlainInterval"/> for a batch of <see cref="PlainMinimum"/> files or
/// more (a short batch's result lines are its progress, and its stderr stays the failures alone).
/// </summary>
public sealed class IngestProgress(TextWriter stderr, int total, bool terminal, Func<TimeSpan>? clock = null)
{
    public static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(15);
    public const int PlainMinimum = 50;
    private static readonly TimeSpan TerminalInterval = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan RateWindow = TimeSpan.FromSeconds(30);

    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private Func<TimeSpan> Clock => clock ?? (() => _watch.Elapsed);
    private readonly Queue<(TimeSpan At, int Done)> _recent = new();
    private TimeSpan _shown;
    private int _done;
    private int _width;

    /// <summary>Is stderr the console's, and a terminal?</summary>
    public static bool IsTerminal(TextWriter stderr) => ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;

    /// <summary>One more file (or feed item) finished.</summary>
    public void Advance()
    {
        _done++;
        var now = Clock();
        _recent.Enqueue((now, _done));
        while (_recent.Count > 2 && now - _recent.Peek().At > RateWindow) _recent.Dequeue();
        if (!terminal && total < PlainMinimum) return;
        if (now - _shown < (terminal ? TerminalInterval : PlainInterval)) return;
        _shown = now;
        Show(Text(now));
    }

    /// <summary>Before a result line goes to stderr: clears the line being rewritten.</summary>
    public void Clear()
    {
        if (!terminal || _width == 0) return;
        stderr.Write('\r' + new string(' ', _width) + '\r');
        _width = 0;
    }

    /// <summary>The batch ended: the rewritten line is replaced by the final figures (a terminal only).</summary>
    public void Finish()
    {
        if (!terminal) return;
        Show(Text(Clock()));
        stderr.WriteLine();
        _width = 0;
    }

    /// <summary>"1,234 of 10,000 files (12.3%), 45.6 files/s, about 3 min 12 s left".</summary>
    public string Text(TimeSpan now)
    {
        var c = CultureInfo.InvariantCulture;
        var rate = Rate(now);
        var parts = new List<string>
        {
            total > 0
                ? string.Create(c, $"ingest: {_done:N0} of {total:N0} files ({100.0 * Math.Min(_done, total) / total:0.0}%)")
                : string.Create(c, $"ingest: {_done:N0} files"),
            string.Create(c, $"{rate:0.0} files/s"),
        };
        if (rate > 0 && total > _done) parts.Add($"about {Duration(TimeSpan.FromSeconds((total - _done) / rate))} left");
        parts.Add($"{Duration(now)} so far");
        return string.Join(", ", parts);
    }

    private double Rate(TimeSpan now)
    {
        if (_recent.Count == 0) return 0;
        var (from, doneThen) = _recent.Count > 1 ? _recent.Peek() : (TimeSpan.Zero, 0);
        var seconds = (now - from).TotalSeconds;
        return seconds <= 0 ? 0 : (_done - doneThen) / seconds;
    }

    public static string Duration(TimeSpan t)
    {
        var seconds = (long)Math.Round(t.TotalSeconds);
        return seconds < 60 ? $"{seconds} s" : seconds < 3600 ? $"{seconds / 60} min {seconds % 60} s" : $"{seconds / 3600} h {seconds % 3600 / 60} min";
    }

    private void Show(string text)
    {
        if (terminal)
        {
            stderr.Write('\r' + text.PadRight(_width));
            _width = text.Length;
        }
        else stderr.WriteLine(text);
        stderr.Flush();
    }
}
