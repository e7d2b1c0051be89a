using System.Diagnostics;
using System.Net;
using System.Text;
using BorderWatch.Ingestion;
using BorderWatch.Ingestion.Reading;

namespace BorderWatch.Bench;

/// <summary>
/// <c>dotnet run -c Release -- pipeline-cpu [CORPUS ...] [--rounds N] [--synthetic]</c>: the whole pipeline of one article
/// (<see cref="DocumentReader.Read"/> then <see cref="ArticleAnalysis.Analyze"/>, the tagger and the parser included) over
/// every file of the named test corpora (default: seeds, dev2, fresh1-fresh5), one thread, timed in CPU time of this
/// process. Two warm passes, then the best of N rounds for the whole set and for each file. Prints articles per
/// CPU-second for the set and for the 5 KB-ish articles, the bytes a pass allocates (fewest of the rounds), and the slowest files; <c>--synthetic</c> adds a 200 KB HTML
/// page and an RSS feed of 1,000 items built from the corpus texts.
/// </summary>
public static class PipelineCpuTime
{
    public static int Run(string[] args, TextWriter output)
    {
        var rounds = 5;
        var synthetic = false;
        var corpora = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--rounds" && i + 1 < args.Length && int.TryParse(args[i + 1], out var n) && n > 0) { rounds = n; i++; }
            else if (args[i] == "--synthetic") synthetic = true;
            else corpora.Add(args[i]);
        }
        if (corpora.Count == 0) corpora.AddRange(["seeds", "dev2", "fresh1", "fresh2", "fresh3", "fresh4", "fresh5"]);
        var data = Path.Combine(RepoPaths.Root, "tests", "BorderWatch.Ingestion.Tests", "Data");
        var files = corpora.SelectMany(c => Directory.GetFiles(Path.Combine(data, c)).Order() // a rooted CORPUS is a folder anywhere
                .Where(DocumentReader.IsSupported).Select(f => (Name: Path.GetFileName(c) + "/" + Path.GetFileName(f), Bytes: File.ReadAllBytes(f))))
            .ToList();
        if (synthetic)
        {
            var texts = files.Where(f => f.Name.EndsWith(".txt", StringComparison.Ordinal)).Select(f => Encoding.UTF8.GetString(f.Bytes)).ToList();
            files.Add(("synthetic/page-200kb.html", Encoding.UTF8.GetBytes(LargePage(texts, 200_000))));
            files.Add(("synthetic/feed-1000.xml", Encoding.UTF8.GetBytes(LargeFeed(texts, 1000))));
            if (Environment.GetEnvironmentVariable("BENCH_SAVE_SYNTHETIC") is { Length: > 0 } folder)
                foreach (var (name, bytes) in files[^2..]) File.WriteAllBytes(Path.Combine(folder, Path.GetFileName(name)), bytes);
        }

        var articles = 0;
        for (var warm = 0; warm < 2; warm++) articles = RunAll(files, null);
        var perFile = new double[files.Count];
        Array.Fill(perFile, double.MaxValue);
        var best = double.MaxValue;
        var allocated = long.MaxValue;
        for (var r = 0; r < rounds; r++)
        {
            var before = Cpu();
            var bytesBefore = GC.GetAllocatedBytesForCurrentThread();
            RunAll(files, perFile);
            best = Math.Min(best, Cpu() - before);
            allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - bytesBefore);
        }
        output.WriteLine($"{files.Count} files, {articles} articles ({string.Join(", ", corpora)}{(synthetic ? ", synthetic" : "")}): " +
            $"best of {rounds} rounds {best:F3} CPU s = {articles / best:F1} articles per CPU-second; load average {LoadAverage()}");
        // (Allocated bytes do not depend on the machine's load: a figure to compare builds by when CPU times are noisy.)
        output.WriteLine($"  allocated {allocated / 1e6:F1} MB per pass ({allocated / 1024.0 / articles:F0} KB per article)");
        var mid = Enumerable.Range(0, files.Count).Where(i => files[i].Bytes.Length is >= 4_000 and <= 6_500).ToList();
        if (mid.Count > 0)
        {
            var cpu = mid.Sum(i => perFile[i]);
            output.WriteLine($"  {mid.Count} files of 4.0-6.5 KB: {cpu / mid.Count * 1000:F1} ms CPU each = {mid.Count / cpu:F1} per CPU-second");
        }
        foreach (var i in Enumerable.Range(0, files.Count).OrderByDescending(i => perFile[i]).Take(8))
            output.WriteLine($"  {perFile[i] * 1000,8:F1} ms  {files[i].Bytes.Length / 1024.0,7:F1} KB  {files[i].Name}");
        return 0;
    }

    private static int RunAll(List<(string Name, byte[] Bytes)> files, double[]? perFile)
    {
        var articles = 0;
        for (var i = 0; i < files.Count; i++)
        {
            var before = perFile is null ? 0 : Cpu();
            try
            {
                foreach (var doc in DocumentReader.Default.Read(Path.GetFileName(files[i].Name), files[i].Bytes))
                {
                    try { ArticleAnalysis.Analyze(doc); }
                    catch (InvalidDocumentException) { }
                    articles++;
                }
            }
            catch (InvalidDocumentException) { }
            if (perFile is not null) perFile[i] = Math.Min(perFile[i], Cpu() - before);
        }
        return articles;
    }

    /// <summary>An HTML page of about <paramref name="size"/> bytes: site chrome around paragraphs of the corpus texts.</summary>
    public static string LargePage(IReadOnlyList<string> texts, int size)
    {
        var html = new StringBuilder("<!DOCTYPE html><html><head><title>Border report</title></head><body>" +
            "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>Border report</h1>");
        for (var i = 0; html.Length < size; i++)
            foreach (var para in texts[i % texts.Count].Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
                html.Append("<p>").Append(WebUtility.HtmlEncode(para.Trim())).Append("</p>\n");
        return html.Append("</article><footer>© News</footer></body></html>").ToString();
    }

    /// <summary>An RSS feed of <paramref name="items"/> items, each one corpus text.</summary>
    public static string LargeFeed(IReadOnlyList<string> texts, int items)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>News</title>");
        for (var i = 0; i < items; i++)
            xml.Append("<item><title>Report ").Append(i).Append("</title><link>https://example.org/").Append(i)
                .Append("</link><pubDate>Mon, 02 Mar 2020 10:00:00 GMT</pubDate><description>")
                .Append(WebUtility.HtmlEncode(texts[i % texts.Count])).Append("</description></item>");
        return xml.Append("</channel></rss>").ToString();
    }

    private static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";
}
