using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Recruiting.Deploy.Tests;

/// <summary>
/// The published program as a real process: `dotnet Recruiting.Web.dll [args]` in a working directory of the test's
/// choosing, with the test runner's environment minus every setting (ASPNETCORE_*, DOTNET_ENVIRONMENT, anything with
/// `__`), plus the variables given. Its output is kept line by line.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly ConcurrentQueue<string> _error = new();

    private AppProcess(Process process) => _process = process;

    public IReadOnlyList<string> Output => _output.ToArray();
    public IReadOnlyList<string> Error => _error.ToArray();
    public string AllOutput => string.Join('\n', Output.Concat(Error));

    /// <summary>Starts the program. <paramref name="asUnprivilegedUser"/>: as `nobody` when the tests run as root (root may write anywhere).</summary>
    public static AppProcess Start(PublishedApp app, string workingDirectory, IReadOnlyDictionary<string, string> environment,
        string[]? args = null, bool asUnprivilegedUser = false, string? standardInput = null)
    {
        string[] command = ["dotnet", app.Program, .. args ?? []];
        if (asUnprivilegedUser && Environment.IsPrivilegedProcess)
            command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", .. command];
        var info = new ProcessStartInfo(command[0], command[1..])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = standardInput is not null,
        };
        foreach (var key in info.Environment.Keys.ToList())
            if (key.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase) || key.Contains("__") || key is "DOTNET_ENVIRONMENT")
                info.Environment.Remove(key);
        foreach (var (key, value) in environment) info.Environment[key] = value;
        var process = new AppProcess(Process.Start(info)!);
        process._process.OutputDataReceived += (_, e) => { if (e.Data is not null) process._output.Enqueue(e.Data); };
        process._process.ErrorDataReceived += (_, e) => { if (e.Data is not null) process._error.Enqueue(e.Data); };
        process._process.BeginOutputReadLine();
        process._process.BeginErrorReadLine();
        if (standardInput is not null)
        {
            process._process.StandardInput.Write(standardInput);
            process._process.StandardInput.Close();
        }
        return process;
    }

    /// <summary>The names of the process's threads, as Linux keeps them (15 characters at most).</summary>
    public IReadOnlyList<string> ThreadNames() =>
        Directory.GetDirectories($"/proc/{_process.Id}/task").Select(task => File.ReadAllText(Path.Combine(task, "comm")).Trim()).ToList();

    /// <summary>The exit code, once the process has ended and its output has been read.</summary>
    public async Task<int> ExitCodeAsync(TimeSpan within)
    {
        try
        {
            await _process.WaitForExitAsync().WaitAsync(within);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The program still ran after {within.TotalSeconds} s. Its output:\n{AllOutput}");
        }
        return _process.ExitCode;
    }

    /// <summary>Waits until GET <paramref name="url"/> answers 200; fails at once when the process ends first.</summary>
    public async Task WaitUntilOkAsync(HttpClient http, string url, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The program stopped with exit code {_process.ExitCode}. Its output:\n{AllOutput}");
            try
            {
                using var response = await http.GetAsync(url);
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"{url} did not answer 200 within {within.TotalSeconds} s. The program's output:\n{AllOutput}");
    }

    /// <summary>A TCP port nothing listens on at the moment.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
