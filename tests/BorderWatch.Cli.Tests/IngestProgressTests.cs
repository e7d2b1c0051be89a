namespace BorderWatch.Cli.Tests;

/// <summary>The ingest command's progress: count, rate over the last half minute and time left; a plain line every 15 s off a terminal.</summary>
public sealed class IngestProgressTests
{
    private TimeSpan now;

    private IngestProgress Progress(StringWriter err, int total, bool terminal) => new(err, total, terminal, () => now);

    [Fact]
    public void Off_a_terminal_a_plain_line_comes_every_interval_with_count_rate_and_time_left()
    {
        var err = new StringWriter();
        var progress = Progress(err, 1000, terminal: false);
        for (var n = 0; n < 100; n++)
        {
            now += TimeSpan.FromMilliseconds(100);   // 10 files a second
            progress.Advance();
        }
        err.ToString().ShouldBeEmpty("nothing before the first interval: short batches print no progress");
        for (var n = 0; n < 60; n++)
        {
            now += TimeSpan.FromMilliseconds(100);
            progress.Advance();
        }
        var line = err.ToString().Trim().Split(Environment.NewLine).ShouldHaveSingleItem();
        line.ShouldBe("ingest: 150 of 1,000 files (15.0%), 10.0 files/s, about 1 min 25 s left, 15 s so far");
        progress.Finish();
        err.ToString().Trim().Split('\n').Length.ShouldBe(1, "Finish adds nothing off a terminal");
    }

    [Fact]
    public void Off_a_terminal_a_short_batch_prints_no_progress_however_slow()
    {
        var err = new StringWriter();
        var progress = Progress(err, IngestProgress.PlainMinimum - 1, terminal: false);
        for (var n = 0; n < 10; n++)
        {
            now += TimeSpan.FromMinutes(1);
            progress.Advance();
        }
        err.ToString().ShouldBeEmpty();
    }

    [Fact]
    public void The_rate_follows_the_last_half_minute_not_the_whole_batch()
    {
        var err = new StringWriter();
        var progress = Progress(err, 0, terminal: false);
        for (var n = 0; n < 60; n++) { now += TimeSpan.FromSeconds(1); progress.Advance(); }    // 1 a second
        for (var n = 0; n < 300; n++) { now += TimeSpan.FromMilliseconds(100); progress.Advance(); }   // then 10 a second
        progress.Text(now).ShouldStartWith("ingest: 360 files, 10.0 files/s");
    }

    [Fact]
    public void On_a_terminal_one_line_is_rewritten_and_cleared_before_a_result_line()
    {
        var err = new StringWriter();
        var progress = Progress(err, 4, terminal: true);
        now = TimeSpan.FromSeconds(1);
        progress.Advance();
        err.ToString().ShouldStartWith("\ringest: 1 of 4 files (25.0%)");
        err.ToString().ShouldNotContain("\n");
        progress.Clear();
        err.ToString().ShouldEndWith("\r");
        now = TimeSpan.FromSeconds(2);
        progress.Advance();
        progress.Finish();
        err.ToString().ShouldEndWith(Environment.NewLine);
        err.ToString().ShouldContain("ingest: 2 of 4 files (50.0%)");
    }
}
