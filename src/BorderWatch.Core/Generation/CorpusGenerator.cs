using System.Globalization;
using BorderWatch.Core.Domain;

namespace BorderWatch.Core.Generation;

/// <summary>
/// Writes a deterministic corpus of synthetic news articles for whole-process ingest runs: every other article a
/// plain-text file with a dateline, the rest HTML pages in site chrome; 2–20 incident sentences each, names in the
/// gazetteer's spellings, dates in the phrasings the pipeline reads. Same seed, same files.
/// </summary>
public sealed class CorpusGenerator(ReferenceData reference, int seed)
{
    private readonly Random random = new(seed);
    private readonly SyntheticText text = new(seed);

    /// <summary>Writes <paramref name="articles"/> files into <paramref name="directory"/> (created if needed); returns their paths.</summary>
    public IReadOnlyList<string> Write(string directory, int articles)
    {
        Directory.CreateDirectory(directory);
        var paths = new List<string>(articles);
        for (var n = 1; n <= articles; n++)
        {
            var published = DateOnly.FromDayNumber(new DateOnly(2005, 1, 1).DayNumber + random.Next(7600));
            var count = 2 + (int)Math.Round(18 * Math.Pow(random.NextDouble(), 2.2));
            var sentences = new List<string>();
            for (var k = 0; k < count; k++) sentences.Add(NewSentence(published));
            var (body, _) = text.Article(sentences);
            var title = text.Title(sentences[0]);
            var outlet = SyntheticText.Outlets[random.Next(SyntheticText.Outlets.Length)].Name;
            var html = n % 2 == 0;
            var path = Path.Combine(directory, $"{n:D6}.{(html ? "html" : "txt")}");
            File.WriteAllText(path, html
                ? text.Html(outlet, title, published, body)
                : $"{title}\n\n{outlet.ToUpperInvariant()}, {published.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} — {body}\n");
            paths.Add(path);
        }
        return paths;
    }

    private string NewSentence(DateOnly published)
    {
        var type = (IncidentType)random.Next(Enum.GetValues<IncidentType>().Length);
        var border = reference.Borders[random.Next(reference.Borders.Count)];
        var place = random.NextDouble() < 0.5 ? reference.PlaceOn(border.Id, random)?.Name : null;
        var group = random.NextDouble() < 0.35 ? reference.Spelling(reference.Groups[random.Next(reference.Groups.Count)], random) : null;
        var person = random.NextDouble() < 0.2 ? reference.Spelling(reference.Persons[random.Next(reference.Persons.Count)], random) : null;
        var day = published.AddDays(-random.Next(60));
        var date = random.NextDouble() switch
        {
            < 0.6 => PartialDate.From(day),
            < 0.85 => PartialDate.OfMonth(day.Year, day.Month),
            _ => PartialDate.OfYear(day.Year),
        };
        return text.Sentence(type, reference.NameOf(border.StateA, random), reference.NameOf(border.StateB, random), group, person, place, date);
    }
}
