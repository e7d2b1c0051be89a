using System.Diagnostics;

namespace BorderWatch.Cli.Tests.Hardening;

/// <summary>The real CLI as a child process (the borderwatch.dll built beside the tests), its output collected line by line.</summary>
public sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _out = [];
    private readonly List<string> _err = [];

    /// <param name="args">The CLI's arguments.</param>
    /// <param name="runAs">A user to run the CLI as (through <c>runuser</c>, when the tests run as root), so that file
    /// permissions apply to it.</param>
    public CliProcess(IEnumerable<string> args, string? runAs = null)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var psi = new ProcessStartInfo(runAs is null ? dotnet : "runuser")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        if (runAs is not null) foreach (var a in new[] { "-u", runAs, "--", dotnet }) psi.ArgumentList.Add(a);
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "borderwatch.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        _process = new Process { StartInfo = psi };
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_out) _out.Add(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_err) _err.Add(e.Data); };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public IReadOnlyList<string> Out { get { lock (_out) return [.. _out]; } }
    public IReadOnlyList<string> Err { get { lock (_err) return [.. _err]; } }

    /// <summary>Waits until <paramref name="lines"/> lines of stdout start with <paramref name="prefix"/> (or the process ends).</summary>
    public async Task WaitForLinesAsync(string prefix, int lines, TimeSpan within)
    {
        using var cts = new CancellationTokenSource(within);
        while (!_process.HasExited && Out.Count(l => l.StartsWith(prefix, StringComparison.Ordinal)) < lines)
            await Task.Delay(20, cts.Token);
    }

    /// <summary>SIGKILL: no clean-up code of the CLI runs.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public async Task<int> ExitCodeAsync(TimeSpan within)
    {
        using var cts = new CancellationTokenSource(within);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    public bool HasExited => _process.HasExited;

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
