using System.Diagnostics;

namespace Recruiting.Benchmarks.Web;

/// <summary>The real site, built in Release, running under Kestrel on 127.0.0.1 as a child process.</summary>
internal sealed class SiteProcess : IAsyncDisposable
{
    private readonly Process _process;
    public string BaseUrl { get; }
    public int ProcessId => _process.Id;
    /// <summary>From starting the process to the first 200 of the page it was started with.</summary>
    public TimeSpan StartedIn { get; private set; }

    private SiteProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    /// <param name="readyPath">The page whose first 200 means the site has started.</param>
    /// <param name="environment">More environment variables for the process (e.g. runtime switches to compare).</param>
    public static Task<SiteProcess> StartAsync(string repositoryRoot, string connection, int port, int pageCacheSeconds,
        string readyPath = "/robots.txt", IReadOnlyDictionary<string, string>? environment = null) =>
        StartAsync(SiteProgram.Build(repositoryRoot), connection, port, pageCacheSeconds, readyPath, environment);

    public static async Task<SiteProcess> StartAsync(SiteProgram program, string connection, int port, int pageCacheSeconds,
        string readyPath = "/robots.txt", IReadOnlyDictionary<string, string>? environment = null)
    {
        var baseUrl = $"http://127.0.0.1:{port}";
        var info = StartInfo(program, connection, environment, ["--urls", baseUrl]);
        info.Environment["Site__PageCacheSeconds"] = pageCacheSeconds.ToString();
        var clock = Stopwatch.StartNew();
        var process = Process.Start(info) ?? throw new InvalidOperationException("The site could not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("site: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var site = new SiteProcess(process, baseUrl);
        await WaitForAsync(process, baseUrl + readyPath, TimeSpan.FromSeconds(60));
        site.StartedIn = clock.Elapsed;
        return site;
    }

    /// <summary>Runs a command of the site's command line (e.g. `import DIR`) to its end; returns how long it took.</summary>
    public static async Task<TimeSpan> RunCommandAsync(SiteProgram program, string connection, IReadOnlyDictionary<string, string>? environment,
        params string[] command)
    {
        var info = StartInfo(program, connection, environment, command);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("The command could not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var took = clock.Elapsed;
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"`{string.Join(' ', command)}` exited with {process.ExitCode}:\n{await output}\n{await errors}");
        return took;
    }

    /// <summary>How the benchmarks start the program: production settings, the given SQLite database, no import folder, warnings only in the log.</summary>
    public static ProcessStartInfo StartInfo(SiteProgram program, string connection, IReadOnlyDictionary<string, string>? environment, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo(program.FileName, [.. program.Arguments, .. args])
        {
            WorkingDirectory = program.WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["ConnectionStrings__Default"] = connection;
        info.Environment["Database__Provider"] = "Sqlite";
        info.Environment["Import__Folder"] = "";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) info.Environment[name] = value;
        return info;
    }

    /// <summary>Polls <paramref name="url"/> every 10 ms until it answers 200.</summary>
    public static async Task WaitForAsync(Process process, string url, TimeSpan limit)
    {
        using var http = new HttpClient();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            if (process.HasExited) throw new InvalidOperationException($"{url}: the process stopped with exit code {process.ExitCode}.");
            try
            {
                if ((await http.GetAsync(url)).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(10);
        }
        throw new TimeoutException($"{url} did not answer within {limit.TotalSeconds} seconds.");
    }

    /// <summary>The process's peak resident memory so far (VmHWM), in MB.</summary>
    public double PeakRssMegabytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
