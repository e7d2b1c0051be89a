using System.Text;

namespace BorderWatch.Cli.Tests.Hardening;

/// <summary>
/// A batch of distinct generated news articles (text files), written at test time. Each mixes incident sentences
/// with a paragraph of pseudo-random words, so no two are near-copies of each other.
/// </summary>
public static class GeneratedBatch
{
    private static readonly string[] Sides = ["Kyrgyz", "Tajik", "Uzbek", "Kazakh", "Turkmen"];
    private static readonly string[] Places = ["Batken", "Isfara", "Vorukh", "Osh", "Khujand", "Sokh", "Jalal-Abad", "Sughd"];
    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

    public static string Write(string folder, int count, int seed = 300)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
            File.WriteAllText(Path.Combine(folder, $"article-{i:D4}.txt"), Article(random, i), new UTF8Encoding(false));
        return folder;
    }

    private static string Article(Random r, int i)
    {
        string Pick(string[] a) => a[r.Next(a.Length)];
        var side = Pick(Sides);
        var place = Pick(Places);
        var sb = new StringBuilder();
        sb.Append($"Report {i}: {side} guards detain men near {place}\n\n");
        sb.Append($"{side} border guards detained {r.Next(2, 9)} men near {place} on {Pick(Days)}, officials said. ");
        sb.Append($"The men were crossing the border at night, according to the border service of {Pick(Places)}.\n\n");
        for (var w = 0; w < 60; w++)
        {
            var len = r.Next(3, 9);
            for (var c = 0; c < len; c++) sb.Append((char)('a' + r.Next(26)));
            sb.Append(w % 12 == 11 ? ". " : " ");
        }
        sb.Append($"\n\nA shooting on the {side}-{Pick(Sides)} border near {Pick(Places)} left {r.Next(1, 5)} people wounded, the ministry said.\n");
        return sb.ToString();
    }
}
