using System.Text;
using BorderWatch.Ingestion.Cleaning;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Reading;
using Shouldly;
using Xunit;

namespace BorderWatch.Ingestion.Tests.Reading;

/// <summary>
/// Plain-text copy broken at a fixed width (wire copy, e-mail digests) is read as paragraphs again. Texts written
/// for these tests; no corpus sentence.
/// </summary>
public class HardWrapTests
{
    private static string Body(string text) =>
        ArticleCleaner.Clean(DocumentReader.Default.Read("wrapped.txt", Encoding.UTF8.GetBytes(text)).Single().BodyText);

    private const string WrappedAt72 = """
        HIGHLAND WIRE - MORNING BRIEF
        Tuesday, 9 March 2027

        KHOROG - Tajik border guards said on Monday that they had stopped two
        boats carrying eleven men across the Panj near the village of Porshinev
        before dawn, and that the men were handed back to the Afghan side in the
        afternoon after questioning.

        The regional governor visited the post later in the day and promised
        the guards new night-vision sets before the spring thaw raises the
        river again, his office said.

        BRIEFLY
        """;

    [Fact]
    public void A_paragraph_broken_at_a_fixed_width_is_one_line_again()
    {
        var body = Body(WrappedAt72);
        body.ShouldContain("Tajik border guards said on Monday that they had stopped two boats carrying eleven men across the Panj near the village of Porshinev before dawn, and that the men were handed back to the Afghan side in the afternoon after questioning.");
        body.ShouldContain("The regional governor visited the post later in the day and promised the guards new night-vision sets before the spring thaw raises the river again, his office said.");
    }

    [Fact]
    public void Headings_and_date_lines_stay_lines_of_their_own()
    {
        var paragraphs = Body(WrappedAt72).Split("\n\n");
        paragraphs.ShouldContain("HIGHLAND WIRE - MORNING BRIEF");
        paragraphs.ShouldContain("Tuesday, 9 March 2027");
    }

    [Fact]
    public void Text_with_one_paragraph_a_line_is_left_as_it_is()
    {
        const string text = """
            Uzbek and Kyrgyz delegations met in Andijan on Friday to talk about the water of the Kempir-Abad reservoir.
            The talks ended without a statement.
            Both sides said the next round would be held in Osh.
            Farmers on both banks have complained about the late opening of the sluices, which delays the sowing.
            """;
        HardWrap.Unwrap(text, DateRules.Default.Finder).ShouldBe(text);
    }

    [Fact]
    public void Lines_that_each_end_a_sentence_are_not_joined()
    {
        var lines = Enumerable.Range(1, 6)
            .Select(i => $"Item {i}: a note about the crossing at the southern checkpoint, which was closed for {i} hours today.")
            .ToArray();
        var text = string.Join("\n", lines);
        HardWrap.Unwrap(text, DateRules.Default.Finder).ShouldBe(text);
    }

    [Fact]
    public void A_new_speaker_and_a_list_item_start_their_own_line()
    {
        const string text = """
            PRESENTER: Good evening. Our guest tonight has just come back from the frontier
            villages of the Isfara valley, where the road to the border post was shut.
            GUEST: Thank you. People there told me the shutdown lasted two full days and
            that nobody from the district came to explain it to them, which is typical.
            - the road reopened on Thursday morning, according to the district office,
            - the market on the Kyrgyz side stayed closed for the whole of that week.
            """;
        var result = HardWrap.Unwrap(text, DateRules.Default.Finder);
        result.ShouldContain("frontier villages of the Isfara valley");
        result.ShouldContain("\nGUEST: Thank you.");
        result.ShouldContain("\n- the market on the Kyrgyz side");
    }

    [Fact]
    public void Table_rows_are_never_joined()
    {
        const string text = """
            Waiting times at the crossings reported by the drivers' association this week, in hours, were long
            everywhere on the southern stretch and got worse towards the end of the week, the association said in
            its weekly note to members, which also lists the posts where lorries were turned back for paperwork.
            Dostyk        lorries    14    cars     2
            Kordai        lorries    11    cars     3
            Ak-Zhol       lorries     9    cars     1
            """;
        var result = HardWrap.Unwrap(text, DateRules.Default.Finder);
        result.ShouldContain("\nDostyk        lorries    14    cars     2\nKordai");
    }

    [Fact]
    public void A_long_headline_and_the_date_line_under_it_are_not_joined()
    {
        const string text = """
            HIGHLAND WIRE
            Kyrgyz and Tajik border chiefs agree on joint patrols
            Tuesday, 9 March 2027
            Border chiefs of Kyrgyzstan and Tajikistan agreed in Batken on Monday to
            send joint patrols along the disputed stretch of the Isfara road from
            April, their services said in a joint statement after the meeting ended.

            Dushanbe and Bishkek last held such talks in the autumn, when the road
            was closed for three weeks after an exchange of fire near a water intake.
            """;
        var result = HardWrap.Unwrap(text, DateRules.Default.Finder);
        result.ShouldStartWith("HIGHLAND WIRE\nKyrgyz and Tajik border chiefs agree on joint patrols\nTuesday, 9 March 2027\nBorder chiefs");
        result.ShouldContain("agreed in Batken on Monday to send joint patrols along the disputed stretch");
    }

    // A mail client wraps the body only: the header's long Subject and the signature's long lines stay as they are.
    private const string MailedDigest = """
        From: Alai Frontier Notes <notes@alai-notes.example>
        Date: Wed, 10 Mar 2027 06:40:00 +0600
        Subject: Alai Frontier Notes no. 4: a new post at Karamyk, patrol talks in Osh, and the lambing season on the Kyzyl-Suu
        Content-Type: text/plain; charset=utf-8

        Hello from Osh. These notes follow what happens on the Kyrgyz borders
        with Tajikistan and China, once a week.

        == 1. KARAMYK ==

        Kyrgyz border guards opened a new post on the road above Karamyk last
        week, the border service said, and moved a second armoured car to the
        valley before the passes open in the spring.

        Tajik officials in Jirgatol said they had not been told of the post in
        advance and asked for talks.

        == LETTERS ==

        > Is the road through Karamyk still shut to lorries? A friend was sent
        > back at the post in February.

        --
        Alai Frontier Notes is written in Osh by a small team of volunteers. Archive: https://alai-notes.example/archive
        Leave the list at any time by writing to leave@alai-notes.example with the single word LEAVE in the subject line.
        """;

    [Fact]
    public void A_mailed_digest_is_unwrapped_between_its_header_and_its_signature()
    {
        var result = HardWrap.Unwrap(MailedDigest, DateRules.Default.Finder);
        result.ShouldContain("Hello from Osh. These notes follow what happens on the Kyrgyz borders with Tajikistan and China, once a week.");
        result.ShouldContain("\nKyrgyz border guards opened a new post on the road above Karamyk last week, the border service said, and moved a second armoured car to the valley before the passes open in the spring.\n");
        result.ShouldContain("\nTajik officials in Jirgatol said they had not been told of the post in advance and asked for talks.\n");
        result.ShouldContain("\n== 1. KARAMYK ==\n");
        result.ShouldContain("\nContent-Type: text/plain; charset=utf-8\n");
        result.ShouldContain("volunteers. Archive: https://alai-notes.example/archive\nLeave the list");
    }

    [Fact]
    public void Quoted_lines_run_on_into_quoted_lines_only_and_lose_the_marker()
    {
        var result = HardWrap.Unwrap(MailedDigest, DateRules.Default.Finder);
        result.ShouldContain("\n> Is the road through Karamyk still shut to lorries? A friend was sent back at the post in February.\n");
    }
}
