using System.Text;

namespace BorderWatch.Ingestion.Tests.Storing;

/// <summary>Deterministic stories of plain sentences for the near-copy tests (written here, in no corpus) and their edited copies.</summary>
internal static class NearCopyTexts
{
    private static readonly string[] Vocabulary =
        ("border guards river crossing patrol smugglers detained village checkpoint officials said ministry statement troops " +
         "district province convoy road bridge night morning fire shots wounded killed arrested seized weapons drugs tons " +
         "heroin vehicles trucks trade market customs post mountain pass valley dispute talks delegation commission map " +
         "water canal pasture herders residents clash stones injured hospital investigation security committee service")
        .Split(' ');

    /// <summary>A deterministic story of plain sentences, unlike every other one of the same seed.</summary>
    public static string Story(int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        for (var sentence = 0; sentence < 40; sentence++)
        {
            var words = Enumerable.Range(0, 10).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]).ToList();
            text.Append(char.ToUpperInvariant(words[0][0])).Append(words[0][1..]).Append(' ').Append(string.Join(' ', words.Skip(1))).Append(". ");
            if (sentence % 8 == 7) text.Append("\n\n");
        }
        return text.ToString().Trim();
    }

    /// <summary>The text with every <paramref name="every"/>-th word replaced and a line of chrome before it.</summary>
    public static string Edited(string text, int every)
    {
        var words = text.Split(' ');
        for (var i = 3; i < words.Length; i += every) words[i] = "reportedly";
        return "Republished from a partner agency.\n\n" + string.Join(' ', words);
    }
}
