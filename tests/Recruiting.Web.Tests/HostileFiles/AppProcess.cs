using System.Diagnostics;
using Recruiting.Web.Hosting;

namespace Recruiting.Web.Tests.HostileFiles;

/// <summary>What a run of the real program left: exit code, both output streams, and its peak resident memory.</summary>
public sealed record ProcessRun(int ExitCode, string Output, string Error, long PeakRssBytes);

/// <summary>
/// The product as a real process (`dotnet Recruiting.Web.dll`, the build beside the tests) run from the repository
/// root, configured by environment variables as in production: a command that must end, or the site, which must start.
/// Its peak resident memory is read from /proc (VmHWM) while it runs.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Task<string> _output, _error;
    private readonly Task _sampler;
    private readonly CancellationTokenSource _stop = new();
    private long _peakRss;

    private AppProcess(Process process)
    {
        _process = process;
        _output = process.StandardOutput.ReadToEndAsync();
        _error = process.StandardError.ReadToEndAsync();
        _sampler = Task.Run(SampleAsync);
    }

    public static AppProcess Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Recruiting.Web.dll");
        var info = new ProcessStartInfo("dotnet", [dll, .. args])
        {
            WorkingDirectory = AppRoot.Locate().Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment) info.Environment[key] = value;
        return new AppProcess(Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start."));
    }

    /// <summary>Runs a command to its end; a run that outlives <paramref name="timeout"/> is killed and fails the test.</summary>
    public static async Task<ProcessRun> RunAsync(IReadOnlyDictionary<string, string> environment, TimeSpan timeout, params string[] args)
    {
        await using var process = Start(environment, args);
        return await process.WaitForExitAsync(timeout);
    }

    public bool HasExited => _process.HasExited;

    public async Task<ProcessRun> WaitForExitAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The program did not end within {timeout.TotalSeconds} s.");
        }
        await _stop.CancelAsync();
        await _sampler;
        return new ProcessRun(_process.ExitCode, await _output, await _error, Interlocked.Read(ref _peakRss));
    }

    /// <summary>Stops a program that is still running (the site) and returns what it wrote.</summary>
    public async Task<ProcessRun> StopAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        return await WaitForExitAsync(TimeSpan.FromSeconds(30));
    }

    private async Task SampleAsync()
    {
        var status = $"/proc/{_process.Id}/status";
        while (!_stop.IsCancellationRequested && !_process.HasExited)
        {
            try
            {
                foreach (var line in await File.ReadAllLinesAsync(status))
                    if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                        Interlocked.Exchange(ref _peakRss, long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024);
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
            try { await Task.Delay(20, _stop.Token); } catch (OperationCanceledException) { }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        await _stop.CancelAsync();
        await _sampler;
        _process.Dispose();
        _stop.Dispose();
    }
}
