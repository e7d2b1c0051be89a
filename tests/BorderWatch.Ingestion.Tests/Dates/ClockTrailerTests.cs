using BorderWatch.Ingestion.Dates;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>
/// date29: one pattern says what may follow a header's date (the newsletter row, the weekday line, a blog's numeric
/// heading): a clock with its zone, separators, nothing else. Trailers of their own.
/// </summary>
public class ClockTrailerTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(" 09:12")]
    [InlineData(", at 9.15am")]
    [InlineData(" 07:05 GMT")]
    [InlineData(" 16:20 (UTC+6)")]
    [InlineData(" 11:48 +06:00")]
    [InlineData(" – 22:30 ALMT")]
    [InlineData("] 18:03")]
    [InlineData(".")]
    public void A_clock_and_its_zone_leave_the_date_a_header(string trailer) => ClockTrailer.IsOnlyClock(trailer).ShouldBeTrue();

    [Theory]
    [InlineData(" in Khorog")]
    [InlineData(" 09:12 guards closed the gate")]
    [InlineData(", the ministry said")]
    [InlineData(" 2031")]
    [InlineData(" 25:70")]
    public void Words_after_the_date_make_it_no_header(string trailer) => ClockTrailer.IsOnlyClock(trailer).ShouldBeFalse();
}
