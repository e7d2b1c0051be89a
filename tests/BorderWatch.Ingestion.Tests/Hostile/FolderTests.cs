using System.Diagnostics;
using BorderWatch.Ingestion.Reading;
using BorderWatch.Ingestion.Tests.Storing;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Ingestion.Tests.Hostile;

/// <summary>Only regular files are read; links inside a folder are not followed; nothing outside the input is stored.</summary>
public class FolderTests
{
    private static void MakeFifo(string path)
    {
        using var p = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        p.WaitForExit();
        p.ExitCode.ShouldBe(0);
    }

    [Fact]
    public async Task Fifos_devices_and_links_are_never_read_and_a_link_loop_reads_each_file_once()
    {
        await using var store = await TempStore.CreateAsync();
        var input = Path.Combine(store.Folder, "input");
        var sub = Directory.CreateDirectory(Path.Combine(input, "sub")).FullName;
        File.WriteAllText(Path.Combine(input, "a.txt"), "Border guards detain two\n\n" + HostileCorpus.Article);
        File.WriteAllText(Path.Combine(sub, "b.txt"), "Second story\n\nTajik and Kyrgyz officials met in Batken on Tuesday to discuss water.");
        MakeFifo(Path.Combine(input, "pipe.txt"));
        File.CreateSymbolicLink(Path.Combine(input, "zero.txt"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(input, "passwd.txt"), "/etc/passwd");
        Directory.CreateSymbolicLink(Path.Combine(sub, "loop"), input);
        Directory.CreateSymbolicLink(Path.Combine(input, "etc"), "/etc");

        await using var db = store.Open();
        var report = await store.Service(db).IngestPathsAsync([input]);

        report.Results.Where(r => r.Outcome == IngestOutcome.Stored).Select(r => Path.GetFileName(r.Source)).Order()
            .ShouldBe(["a.txt", "b.txt"]);
        report.Results.Single(r => r.Source.EndsWith("pipe.txt")).Error.ShouldBe("pipe.txt: not a regular file (a FIFO); only regular files are read");
        foreach (var link in new[] { "zero.txt", "passwd.txt", "loop", "etc" })
            report.Results.Single(r => Path.GetFileName(r.Source) == link).Error.ShouldBe($"{link}: symbolic link, not followed");
        (await db.Articles.CountAsync()).ShouldBe(2);
        (await db.Articles.Select(a => a.RawContent).ToListAsync()).ShouldAllBe(t => !t.Contains("root:"));
    }

    [Fact]
    public async Task A_device_named_on_its_own_is_refused_before_reading()
    {
        await using var store = await TempStore.CreateAsync();
        var link = Path.Combine(store.Folder, "zero.txt");
        File.CreateSymbolicLink(link, "/dev/zero");
        await using var db = store.Open();
        var result = (await store.Service(db).IngestPathsAsync([link])).Results.ShouldHaveSingleItem();
        result.Error.ShouldBe("zero.txt: not a regular file (a character device); only regular files are read");
    }

    [Fact]
    public void A_file_that_grows_past_the_limit_is_cut_off_while_reading()
    {
        // /proc files claim size 0 and are regular: the limit is enforced on the bytes read, not on the claim.
        var ex = Should.Throw<InvalidDocumentException>(() => InputFile.ReadBytes("/proc/self/maps", "maps.txt", 16));
        ex.Reason.ShouldContain("larger than the");
    }

    [Fact]
    public void A_missing_path_is_one_failed_entry()
    {
        var entry = FolderWalk.Entries("/nonexistent/borderwatch").ShouldHaveSingleItem();
        entry.Kind.ShouldBe(FolderEntryKind.Failed);
        entry.Reason.ShouldBe("no such file or folder");
    }
}
