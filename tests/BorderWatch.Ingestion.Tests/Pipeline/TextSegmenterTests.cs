using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Tests.Pipeline;

/// <summary>Stage 3 on its own: paragraphs and sentences with exact character offsets.</summary>
public class TextSegmenterTests
{
    /// <summary>Segments and checks the offset invariants every caller relies on; returns the sentence texts.</summary>
    private static List<string> Sentences(string text)
    {
        var paragraphs = TextSegmenter.Segment(text);
        var expectedIndex = 0;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            paragraph.Index.ShouldBe(p);
            paragraph.End.ShouldBeGreaterThan(paragraph.Start);
            var paragraphText = text[paragraph.Start..paragraph.End];
            paragraphText.ShouldBe(paragraphText.Trim(), "a paragraph has no surrounding whitespace");
            paragraphText.ShouldNotContain('\n');
            if (p > 0) paragraph.Start.ShouldBeGreaterThan(paragraphs[p - 1].End);
            foreach (var s in paragraph.Sentences)
            {
                s.Index.ShouldBe(expectedIndex++);
                s.Paragraph.ShouldBe(p);
                s.Start.ShouldBeGreaterThanOrEqualTo(paragraph.Start);
                s.End.ShouldBeLessThanOrEqualTo(paragraph.End);
                text[s.Start..s.End].ShouldBe(s.Text);
                s.Text.ShouldBe(s.Text.Trim(), "a sentence has no surrounding whitespace");
            }
        }
        var all = TextSegmenter.Sentences(text);
        all.ShouldBe(paragraphs.SelectMany(p => p.Sentences).ToList());
        return all.Select(s => s.Text).ToList();
    }

    [Fact]
    public void Paragraphs_and_sentences_carry_exact_offsets()
    {
        const string text = "Tajik guards closed the Panj crossing. Traffic stopped for a day.\n\nThe Uzbek side stayed open!\n";
        var paragraphs = TextSegmenter.Segment(text);

        paragraphs.Count.ShouldBe(2);
        paragraphs[0].Start.ShouldBe(0);
        text[paragraphs[0].Start..paragraphs[0].End].ShouldBe("Tajik guards closed the Panj crossing. Traffic stopped for a day.");
        text[paragraphs[1].Start..paragraphs[1].End].ShouldBe("The Uzbek side stayed open!");
        paragraphs[1].Start.ShouldBe(text.IndexOf("The Uzbek", StringComparison.Ordinal));

        Sentences(text).ShouldBe(["Tajik guards closed the Panj crossing.", "Traffic stopped for a day.", "The Uzbek side stayed open!"]);
        var second = paragraphs[0].Sentences[1];
        second.Start.ShouldBe(text.IndexOf("Traffic", StringComparison.Ordinal));
        second.End.ShouldBe(text.IndexOf("\n\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_non_blank_line_is_a_paragraph_and_indentation_is_trimmed()
    {
        const string text = "   Headline without a full stop   \n \t \n\tBody line one.\nBody line two.";
        var paragraphs = TextSegmenter.Segment(text);
        paragraphs.Select(p => text[p.Start..p.End]).ShouldBe(["Headline without a full stop", "Body line one.", "Body line two."]);
        Sentences(text).ShouldBe(["Headline without a full stop", "Body line one.", "Body line two."]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\n\r\n\t\n")]
    public void Blank_text_has_no_paragraphs(string text) => TextSegmenter.Segment(text).ShouldBeEmpty();

    [Fact]
    public void Question_and_exclamation_marks_end_sentences()
    {
        Sentences("Is the border safe? Officials say it is! Residents disagree.")
            .ShouldBe(["Is the border safe?", "Officials say it is!", "Residents disagree."]);
    }

    [Theory]
    [InlineData("Gen. Abdul Rashid Dostum visited Sheberghan. He met local elders.",
        "Gen. Abdul Rashid Dostum visited Sheberghan.", "He met local elders.")]
    [InlineData("The U.S. State Department declined to comment. Washington has said little.",
        "The U.S. State Department declined to comment.", "Washington has said little.")]
    [InlineData("The drills began on Dec. 5 near Termez. They lasted a week.",
        "The drills began on Dec. 5 near Termez.", "They lasted a week.")]
    [InlineData("Lt. Col. Rustam Nazarov led the patrol. Nobody was hurt.",
        "Lt. Col. Rustam Nazarov led the patrol.", "Nobody was hurt.")]
    [InlineData("The report by S. Delawar appeared in Kabul. It was widely read.",
        "The report by S. Delawar appeared in Kabul.", "It was widely read.")]
    [InlineData("Talks began at 10 a.m. and ended at noon. No statement followed.",
        "Talks began at 10 a.m. and ended at noon.", "No statement followed.")]
    public void Abbreviations_and_initials_do_not_end_sentences(string text, string first, string second) =>
        Sentences(text).ShouldBe([first, second]);

    [Theory]
    [InlineData("Satellite images showed new trenches near the ford.3 In May, the guards added a second fence.",
        "Satellite images showed new trenches near the ford.3", "In May, the guards added a second fence.")]
    [InlineData("The battalion moved to the river in June, local radio said.12 Nobody confirmed it.",
        "The battalion moved to the river in June, local radio said.12", "Nobody confirmed it.")]
    public void A_footnote_number_after_a_full_stop_ends_the_sentence_it_annotates(string text, string first, string second) =>
        Sentences(text).ShouldBe([first, second]);

    [Theory]
    [InlineData("Engineers finished the new watchtower above the ford in March.[4] A week later the first crew moved in.",
        "Engineers finished the new watchtower above the ford in March.[4]", "A week later the first crew moved in.")]
    [InlineData("The envoy called the talks \"useful\".[12] Both delegations left the same evening.",
        "The envoy called the talks \"useful\".[12]", "Both delegations left the same evening.")]
    [InlineData("Was the pass closed?[3] Herders said it was open.",
        "Was the pass closed?[3]", "Herders said it was open.")]
    public void A_bracketed_footnote_mark_after_a_stop_ends_the_sentence_it_annotates(string text, string first, string second) =>
        Sentences(text).ShouldBe([first, second]);

    [Fact]
    public void A_bracketed_mark_inside_a_sentence_or_a_bracketed_word_after_a_stop_does_not_split() =>
        Sentences("The post[2] reopened on Friday.[sic] guards said so. It rained.")
            .ShouldBe(["The post[2] reopened on Friday.[sic] guards said so.", "It rained."]);

    [Fact]
    public void A_decimal_number_is_no_footnote() =>
        Sentences("The fence is 2.5 km long. It was built in May.").ShouldBe(["The fence is 2.5 km long.", "It was built in May."]);

    [Theory]
    [InlineData("\"We will not allow it,\" he said. \"The border is closed.\" Officials declined to comment.",
        "\"We will not allow it,\" he said.", "\"The border is closed.\"", "Officials declined to comment.")]
    [InlineData("He added: “The posts are manned.” Other sources disagreed. Nobody knows.",
        "He added: “The posts are manned.”", "Other sources disagreed.", "Nobody knows.")]
    [InlineData("A guard asked, 'Where are they?' Nobody answered. The post fell silent.",
        "A guard asked, 'Where are they?'", "Nobody answered.", "The post fell silent.")]
    [InlineData("The ministry called the claim «a provocation.» Kabul did not reply (as usual.) Talks went on.",
        "The ministry called the claim «a provocation.»", "Kabul did not reply (as usual.)", "Talks went on.")]
    public void A_quote_or_bracket_after_the_full_stop_belongs_to_the_sentence(string text, string a, string b, string c) =>
        Sentences(text).ShouldBe([a, b, c]);

    [Fact]
    public void A_quoted_exclamation_followed_by_lower_case_does_not_end_the_sentence() =>
        Sentences("\"Stop!\" the guard shouted at the smugglers. They ran.")
            .ShouldBe(["\"Stop!\" the guard shouted at the smugglers.", "They ran."]);

    [Fact]
    public void A_sentence_may_open_with_a_quote_or_a_digit() =>
        Sentences("Two guards were killed. 12 more were wounded. \"It was an ambush,\" a source said.")
            .ShouldBe(["Two guards were killed.", "12 more were wounded.", "\"It was an ambush,\" a source said."]);

    [Fact]
    public void Decimal_numbers_and_dotted_dates_stay_inside_the_sentence() =>
        Sentences("The fence runs 3.5 km along the Amu Darya. It cost $1.2 million on 05.03.2021 alone. Work continues.")
            .ShouldBe(["The fence runs 3.5 km along the Amu Darya.", "It cost $1.2 million on 05.03.2021 alone.", "Work continues."]);

    [Fact]
    public void An_ellipsis_ends_a_sentence_once() =>
        Sentences("The convoy waited... Then it turned back.").ShouldBe(["The convoy waited...", "Then it turned back."]);

    [Fact]
    public void Windows_line_ends_and_blank_lines_leave_no_carriage_returns()
    {
        const string text = "First paragraph. It has two sentences.\r\n\r\n  \r\nSecond paragraph.\r\nThird one?\r\n";
        var paragraphs = TextSegmenter.Segment(text);
        paragraphs.Count.ShouldBe(3);
        Sentences(text).ShouldBe(["First paragraph.", "It has two sentences.", "Second paragraph.", "Third one?"]);
        paragraphs.Select(p => text[p.Start..p.End]).ShouldAllBe(p => !p.Contains('\r'));
        paragraphs[1].Start.ShouldBe(text.IndexOf("Second", StringComparison.Ordinal));
    }

    [Fact]
    public void Cyrillic_sentences_and_initials()
    {
        const string text = "Пограничники задержали нарушителя у реки Пяндж. Об этом сообщила ФСБ России!\n" +
                            "Президент Г. Бердымухамедов прибыл в Ашхабад. «Граница закрыта», — сказал он.";
        Sentences(text).ShouldBe([
            "Пограничники задержали нарушителя у реки Пяндж.",
            "Об этом сообщила ФСБ России!",
            "Президент Г. Бердымухамедов прибыл в Ашхабад.",
            "«Граница закрыта», — сказал он.",
        ]);
        TextSegmenter.Segment(text).Select(p => p.Sentences.Count).ShouldBe([2, 2]);
    }

    [Fact]
    public void Offsets_hold_on_a_longer_mixed_text()
    {
        var text = string.Join("\r\n\r\n",
            "ASHGABAT, Turkmenistan -- Turkmen troops were sent to the Afghan border on Oct. 3, officials said. The move followed clashes.",
            "\"We are ready,\" Defence Minister Col. B. Gundogdyev told state TV. U.S. and Russian diplomats watched closely.",
            "Afghan officials in Herat (a province of 1.9 million) said 40 fighters crossed. Others denied it...",
            "Туркмения усилила охрану границы. Об этом сообщает ТАСС.");
        var sentences = Sentences(text);
        sentences.Count.ShouldBe(8);
        sentences[2].ShouldBe("\"We are ready,\" Defence Minister Col. B. Gundogdyev told state TV.");
        sentences[3].ShouldBe("U.S. and Russian diplomats watched closely.");
    }
}
