using BorderWatch.Ingestion.Dates;

namespace BorderWatch.Ingestion.Tests.Dates;

public class DateExpressionFinderTests
{
    private static DateExpression Single(string text)
    {
        var found = DateRules.Default.Finder.Find(text);
        found.Count.ShouldBe(1, string.Join(" | ", found.Select(f => f.Text)));
        text[found[0].Start..found[0].End].ShouldBe(found[0].Text);
        return found[0];
    }

    [Theory]
    [InlineData("The talks were held on July 9, 2021 in Moscow.", 2021, 7, 9)]
    [InlineData("Talks were held on 9 July 2021 in Moscow.", 2021, 7, 9)]
    [InlineData("The decree (2021-07-09) took effect.", 2021, 7, 9)]
    [InlineData("Signed in Dushanbe on 09.07.2021 by both sides.", 2021, 7, 9)]
    [InlineData("On December 26, 2018, the commander spoke.", 2018, 12, 26)]
    [InlineData("Guards opened fire on Sept. 3, 2020, officials said.", 2020, 9, 3)]
    [InlineData("It happened on the 4th of March 2017 near Termez.", 2017, 3, 4)]
    public void Absolute_dates_give_the_day(string text, int y, int m, int d)
    {
        var e = Single(text);
        e.Kind.ShouldBe(DateExpressionKind.Absolute);
        (e.Year, e.Month, e.Day).ShouldBe((y, m, d));
    }

    [Theory]
    [InlineData("In October 2015, the ministry reacted badly.", 2015, 10)]
    [InlineData("Miller visited at the end of November 2018 to discuss gas.", 2018, 11)]
    [InlineData("Troops arrived in early October 2019.", 2019, 10)]
    [InlineData("The post was built in March 2012.", 2012, 3)]
    [InlineData("By May 2020 the road was open.", 2020, 5)]
    public void Month_and_year(string text, int y, int m)
    {
        var e = Single(text);
        e.Kind.ShouldBe(DateExpressionKind.MonthYear);
        (e.Year, e.Month).ShouldBe((y, m));
    }

    [Theory]
    [InlineData("Uzbekistan has been out since 2012.", 2012, DateGovernor.Since)]
    [InlineData("Guards were stationed there until 1999.", 1999, DateGovernor.Target)]
    [InlineData("The fence should be finished by 2020.", 2020, DateGovernor.Target)]
    [InlineData("The agreement was signed in 2012 in Dushanbe.", 2012, DateGovernor.Event)]
    [InlineData("Officials raised it often since he became leader in late 2016.", 2016, DateGovernor.Since)]
    [InlineData("Clashes intensified in mid-2019.", 2019, DateGovernor.None)]
    [InlineData("Fighting resumed in the spring of 2016 along the river.", 2016, DateGovernor.None)]
    public void Years_with_their_governor(string text, int y, DateGovernor governor)
    {
        var e = Single(text);
        e.Kind.ShouldBe(DateExpressionKind.Year);
        e.Year.ShouldBe(y);
        e.Governor.ShouldBe(governor);
    }

    [Theory]
    [InlineData("Shoigu said in April that defences would be reinforced.", DateExpressionKind.Month, 4, null)]
    [InlineData("Patrushev said on December 18 that militants were massing.", DateExpressionKind.MonthDay, 12, 18)]
    [InlineData("The envoy arrived on 3 March and left.", DateExpressionKind.MonthDay, 3, 3)]
    [InlineData("She visited Tashkent in early October.", DateExpressionKind.Month, 10, null)]
    public void Months_without_a_year(string text, DateExpressionKind kind, int month, int? day)
    {
        var e = Single(text);
        e.Kind.ShouldBe(kind);
        e.Month.ShouldBe(month);
        e.Day.ShouldBe(day);
        e.Year.ShouldBeNull();
    }

    [Theory]
    [InlineData("The CSTO held several exercises last year.", RelativeUnit.Year, -1)]
    [InlineData("Output rose this year.", RelativeUnit.Year, 0)]
    [InlineData("Elections are due next year.", RelativeUnit.Year, 1)]
    [InlineData("The new fence should be finished before the end of the year.", RelativeUnit.Year, 0)]
    [InlineData("Both posts are to reopen by the end of this month.", RelativeUnit.Month, 0)]
    [InlineData("Late last month, the administration announced a framework.", RelativeUnit.Month, -1)]
    [InlineData("Earlier this month the post was attacked.", RelativeUnit.Month, 0)]
    [InlineData("The minister spent two days in Ashgabat this week.", RelativeUnit.Week, 0)]
    [InlineData("The ambassador told Tass in an interview last week.", RelativeUnit.Week, -1)]
    [InlineData("A patrol was ambushed yesterday.", RelativeUnit.Day, -1)]
    [InlineData("Guards are on alert today.", RelativeUnit.Day, 0)]
    [InlineData("The bridge was closed two days ago.", RelativeUnit.Day, -2)]
    [InlineData("Officials met three weeks ago in Kabul.", RelativeUnit.Day, -21)]
    [InlineData("The incident last October ended quietly.", RelativeUnit.NamedMonth, -1)]
    [InlineData("Dozens of fighters crossed in the past month.", RelativeUnit.RecentPeriod, 0)]
    [InlineData("Districts fell in the last few weeks.", RelativeUnit.RecentPeriod, 0)]
    public void Relative_expressions(string text, RelativeUnit unit, int offset)
    {
        var e = Single(text);
        e.Kind.ShouldBe(DateExpressionKind.Relative);
        e.Unit.ShouldBe(unit);
        e.Offset.ShouldBe(offset);
    }

    [Fact]
    public void A_weekday_is_relative()
    {
        var e = Single("The minister embarked on a tour on Sunday, meeting three leaders.");
        e.Unit.ShouldBe(RelativeUnit.Weekday);
        e.Weekday.ShouldBe(DayOfWeek.Sunday);
    }

    [Theory]
    [InlineData("Later that month, fighting reached the border.", AnaphoraScope.Month)]
    [InlineData("The correspondent met the same day with a border guard.", AnaphoraScope.Day)]
    [InlineData("Putin, in his statement at that time, stressed the base.", AnaphoraScope.Same)]
    [InlineData("That year the garrison was doubled.", AnaphoraScope.Year)]
    [InlineData("They were released the following day.", AnaphoraScope.Day)]
    public void Anaphoric_expressions(string text, AnaphoraScope scope)
    {
        var e = Single(text);
        e.Kind.ShouldBe(DateExpressionKind.Anaphoric);
        e.Scope.ShouldBe(scope);
    }

    [Theory]
    [InlineData("For more than five years they have been fighting in Jowzjan.")]
    [InlineData("The draft pact would give foreign forces 18 months to leave.")]
    [InlineData("A deal to end the 17-year war is near.")]
    [InlineData("More than 2,000 militants were massing.")]
    [InlineData("The 201st Motorized Division is based there.")]
    [InlineData("They have been wrestling with that question for over 20 years.")]
    [InlineData("A border of about 1,300 kilometres runs along the river.")]
    [InlineData("0:00 0:41:11 0:00")]
    [InlineData("Some 2000 troops were moved, the ministry may add.")]
    [InlineData("Uzbekistan may agree to march with the rest.")]
    [InlineData("The army will march in formation.")]
    public void Things_that_are_not_dates(string text) =>
        DateRules.Default.Finder.Find(text).ShouldBeEmpty();

    [Fact]
    public void A_span_of_years_is_a_range_unless_its_start_is_asked_for()
    {
        const string text = "The Taliban ruled the country from 1996 to 2001.";
        var range = Single(text);
        range.Kind.ShouldBe(DateExpressionKind.Range);
        (range.Year, range.EndYear).ShouldBe((1996, 2001));

        var start = DateRules.Default.Finder.Find(text, new DateFinderOptions(RangeStartAsYear: true)).Single();
        start.Kind.ShouldBe(DateExpressionKind.Year);
        start.Year.ShouldBe(1996);
    }

    [Fact]
    public void A_dash_span_is_a_range()
    {
        Single("During the 1992–97 civil war refugees fled south.").EndYear.ShouldBe(1997);
    }

    [Fact]
    public void Two_listed_years_are_two_expressions()
    {
        var found = DateRules.Default.Finder.Find("The Taliban captured Kunduz in 2015 and 2016.");
        found.Select(f => f.Year).ShouldBe([2015, 2016]);
    }

    [Fact]
    public void Years_outside_the_sane_range_are_ignored()
    {
        DateRules.Default.Finder.Find("The lease runs to 2150 and began in 1850.").ShouldBeEmpty();
    }

    [Fact]
    public void A_report_date_is_marked_as_such()
    {
        var e = Single("The pact gives forces time to leave, Reuters reported on January 27, citing officials.");
        e.Governor.ShouldBe(DateGovernor.Report);
        (e.Month, e.Day).ShouldBe((1, 27));
    }

    [Fact]
    public void Target_and_event_years_in_one_sentence()
    {
        var found = DateRules.Default.Finder.Find("The lease was extended until 2042 with the agreement signed in 2012.");
        found.Select(f => (f.Year, f.Governor)).ShouldBe([(2042, DateGovernor.Target), (2012, DateGovernor.Event)]);
    }
}
