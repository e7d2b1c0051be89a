using System.Text;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Reading;

namespace BorderWatch.Ingestion.Tests.Reading;

public class TextReadingTests
{
    [Fact]
    public void Plain_text_keeps_every_line_with_lf_endings_and_a_headline_title()
    {
        const string text = "\r\nTajik border closed\r\n\r\nDushanbe closed the crossing on Monday.\rSecond line.\r\n";
        var doc = DocumentReader.Default.Read("story.txt", Encoding.UTF8.GetBytes(text)).Single();
        doc.Format.ShouldBe(SourceFormat.Text);
        doc.BodyText.ShouldBe("\nTajik border closed\n\nDushanbe closed the crossing on Monday.\nSecond line.\n");
        doc.RawText.ShouldBe(text);
        doc.Metadata.Title.ShouldBe("Tajik border closed");
        doc.Metadata.Published.ShouldBe(PartialDate.Unknown);
        doc.Encoding.ShouldBe("utf-8");
    }

    [Fact]
    public void A_first_line_that_is_a_sentence_is_not_a_title()
    {
        var doc = DocumentReader.Default.Read("s.text", Encoding.UTF8.GetBytes("Guards were deployed to the border.\nMore text.")).Single();
        doc.Metadata.Title.ShouldBeNull();
    }

    [Fact]
    public void Chrome_lines_are_passed_over_when_taking_the_title()
    {
        var doc = DocumentReader.Default.Read("c.txt", Encoding.UTF8.GetBytes("Skip to content\n\nBreaking News\n\nGuards seize heroin at Khorog\n\nThe seizure took place on Friday.")).Single();
        doc.Metadata.Title.ShouldBe("Guards seize heroin at Khorog");
        doc.BodyText.ShouldStartWith("Skip to content\n");  // reading keeps every line; cleaning drops chrome
    }

    [Fact]
    public void Utf16_bom_text_is_decoded()
    {
        const string text = "Граница: Russian guards and the Panj river – “quoted”.";
        var le = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();
        var be = Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(text)).ToArray();
        var leDoc = DocumentReader.Default.Read("le.txt", le).Single();
        leDoc.BodyText.ShouldBe(text);
        leDoc.Encoding.ShouldBe("utf-16le");
        DocumentReader.Default.Read("be.txt", be).Single().BodyText.ShouldBe(text);
    }

    [Fact]
    public void Utf8_bom_is_not_part_of_the_text()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Headline\nBody text.")).ToArray();
        DocumentReader.Default.Read("b.txt", bytes).Single().BodyText.ShouldBe("Headline\nBody text.");
    }

    [Fact]
    public void English_is_detected_and_other_languages_are_not()
    {
        DocumentReader.Default.Read("en.txt", Encoding.UTF8.GetBytes("The border guards of Tajikistan said that the situation on the frontier with Afghanistan was calm.")).Single()
            .Metadata.Language.ShouldBe("en");
        DocumentReader.Default.Read("tr.txt", Encoding.UTF8.GetBytes("Tacikistan sınır muhafızları Afganistan sınırındaki durumun sakin olduğunu açıkladı ve devriyeleri artırdı.")).Single()
            .Metadata.Language.ShouldBeNull();
    }

    [Fact]
    public void Read_file_uses_the_file_name_without_directory()
    {
        var dir = Directory.CreateTempSubdirectory("bw-read-");
        try
        {
            var path = Path.Combine(dir.FullName, "note.txt");
            File.WriteAllText(path, "Border news\nGuards patrolled the river.");
            DocumentReader.Default.ReadFile(path).Single().SourceName.ShouldBe("note.txt");
        }
        finally { dir.Delete(true); }
    }

    [Theory]
    [InlineData("2021-07-09T18:30:00+05:00", "2021-07-09")]
    [InlineData("2021-07", "2021-07")]
    [InlineData("2021", "2021")]
    [InlineData("Fri, 09 Jul 2021 10:00:00 +0300", "2021-07-09")]
    [InlineData("9 July 2021", "2021-07-09")]
    [InlineData("not a date", "")]
    public void Metadata_dates_keep_their_precision(string value, string expected) =>
        MetadataDate.Parse(value).ToString().ShouldBe(expected);
}
