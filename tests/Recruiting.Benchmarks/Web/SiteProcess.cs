using System.Diagnostics;

namespace Recruiting.Benchmarks.Web;

/// <summary>The real site, built in Release, running under Kestrel on 127.0.0.1 as a child process.</summary>
internal sealed class SiteProcess : IAsyncDisposable
{
    private readonly Process _process;
    public string BaseUrl { get; }

    private SiteProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public static async Task<SiteProcess> StartAsync(string repositoryRoot, string connection, string inMemoryPageFile, int port, int pageCacheSeconds)
    {
        var dll = Path.Combine(repositoryRoot, "src/Recruiting.Web/bin/Release/net10.0/Recruiting.Web.dll");
        if (!File.Exists(dll))
            throw new InvalidOperationException($"{dll} is missing: run the benchmark with -c Release (it builds the site in Release).");
        var baseUrl = $"http://127.0.0.1:{port}";
        var info = new ProcessStartInfo("dotnet", [dll, "--urls", baseUrl])
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["ConnectionStrings__Default"] = connection;
        info.Environment["Database__Provider"] = "Sqlite";
        info.Environment["Import__Folder"] = "";
        info.Environment["Benchmark__InMemoryPageFile"] = inMemoryPageFile;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Site__PageCacheSeconds"] = pageCacheSeconds.ToString();
        var process = Process.Start(info) ?? throw new InvalidOperationException("The site could not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("site: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var site = new SiteProcess(process, baseUrl);
        await site.WaitUntilReadyAsync();
        return site;
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient();
        for (var attempt = 0; attempt < 120; attempt++)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The site stopped with exit code {_process.ExitCode}.");
            try
            {
                if ((await http.GetAsync(BaseUrl + "/robots.txt")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(500);
        }
        throw new TimeoutException("The site did not answer within 60 seconds.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
