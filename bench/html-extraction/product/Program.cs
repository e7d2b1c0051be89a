using System.Diagnostics;
using BorderWatch.Ingestion.Cleaning;
using BorderWatch.Ingestion.Reading;

// The product's main text of each page: DocumentReader (the HTML reader the ingest uses) then ArticleCleaner, i.e.
// exactly the text the pipeline analyses. Usage: HtmlExtractionRun PAGES_DIR OUT_DIR [WARM_SECONDS]
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: HtmlExtractionRun PAGES_DIR OUT_DIR [WARM_SECONDS]");
    return 2;
}
var pages = Directory.GetFiles(args[0], "*.html").Order(StringComparer.Ordinal)
    .Select(p => (Name: Path.GetFileName(p), Bytes: File.ReadAllBytes(p))).ToArray();
var warmSeconds = args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 0;

// A page the reader refuses ("no article text found") scores as empty main text; the reason goes to stderr.
static string MainText(string name, byte[] bytes)
{
    try { return ArticleCleaner.Clean(DocumentReader.Default.Read(name, bytes)[0].BodyText); }
    catch (InvalidDocumentException e)
    {
        Console.Error.WriteLine(e.Message);
        return "";
    }
}

var clock = Stopwatch.StartNew();
Directory.CreateDirectory(args[1]);
foreach (var (name, bytes) in pages)
    File.WriteAllText(Path.Combine(args[1], Path.ChangeExtension(name, ".txt")), MainText(name, bytes));
var firstPassMs = clock.Elapsed.TotalMilliseconds;

double? warm = null;
if (warmSeconds > 0)
{
    var end = Stopwatch.StartNew();   // warm-up as long as the measurement, as for the peers
    while (end.Elapsed.TotalSeconds < warmSeconds) foreach (var (name, bytes) in pages) MainText(name, bytes);
    var n = 0;
    var measured = Stopwatch.StartNew();
    while (measured.Elapsed.TotalSeconds < warmSeconds)
    {
        foreach (var (name, bytes) in pages) MainText(name, bytes);
        n += pages.Length;
    }
    warm = n / measured.Elapsed.TotalSeconds;
}
// Written by hand (no reflection-based serializer) so the same source also publishes with NativeAOT.
var inv = System.Globalization.CultureInfo.InvariantCulture;
Console.WriteLine(string.Create(inv,
    $"{{\"tool\":\"borderwatch\",\"pages\":{pages.Length},\"firstPassMs\":{firstPassMs},\"warmPagesPerSecond\":{(warm is { } w ? w.ToString(inv) : "null")}}}"));
return 0;
