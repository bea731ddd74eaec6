using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Recruiting.Web.Hosting;

namespace Recruiting.Testing;

/// <summary>
/// The real site as a child process (`dotnet Recruiting.Web.dll`, the build beside the calling test or benchmark) on a
/// free port of 127.0.0.1, in the Production environment, configured by environment variables (`a:b` → `a__b`).
/// Its console output is kept, to be shown when a test fails.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    public Uri Address { get; }
    public string Name { get; }

    private AppProcess(Process process, Uri address, string name)
    {
        _process = process;
        Address = address;
        Name = name;
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Waits for the process to end by itself; its exit code.</summary>
    public async Task<int> ExitCodeAsync(TimeSpan within)
    {
        await _process.WaitForExitAsync().WaitAsync(within);
        return _process.ExitCode;
    }

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <summary>Starts the site without waiting for it: see <see cref="WaitUntilReadyAsync"/>.</summary>
    public static AppProcess Start(string name, IReadOnlyDictionary<string, string?> settings)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var process = Launch(settings, ["--urls", address.ToString().TrimEnd('/')], redirectInput: false);
        var app = new AppProcess(process, address, name);
        app.Capture();
        return app;
    }

    /// <summary>Runs a command of the site's command line (`import`, `create-admin`, …) to its end.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(IReadOnlyDictionary<string, string?> settings, string? input, params string[] args)
    {
        using var process = Launch(settings, args, redirectInput: true);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (input is not null) await process.StandardInput.WriteLineAsync(input);
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>Waits until the site answers `/robots.txt`; throws with its output when it stopped or took too long.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"{Name} stopped with exit code {_process.ExitCode}:\n{Output}");
            try
            {
                if ((await http.GetAsync(new Uri(Address, "/robots.txt"))).IsSuccessStatusCode) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"{Name} did not answer within {timeout.TotalSeconds} s:\n{Output}");
    }

    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static Process Launch(IReadOnlyDictionary<string, string?> settings, IEnumerable<string> args, bool redirectInput)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Recruiting.Web.dll");
        var info = new ProcessStartInfo("dotnet", [dll, .. args])
        {
            // The project folder is the content root (wwwroot); the repository's appsettings.json is found from it.
            WorkingDirectory = Path.Combine(AppRoot.Locate().Path, "src", "Recruiting.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in settings) info.Environment[key.Replace(":", "__")] = value;
        return Process.Start(info) ?? throw new InvalidOperationException("dotnet could not be started.");
    }

    private void Capture()
    {
        void Keep(object _, DataReceivedEventArgs e)
        {
            if (e.Data is not null) lock (_output) _output.AppendLine(e.Data);
        }
        _process.OutputDataReceived += Keep;
        _process.ErrorDataReceived += Keep;
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
