using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Recruiting.Core.Workflow;
using Recruiting.Web.Hosting;

namespace Recruiting.Benchmarks.Web;

/// <summary>
/// What each middleware costs a public request: the Release site on the `web` benchmark's database is loaded with wrk
/// while `dotnet-trace` (the repository's tool manifest) samples every thread's stack (~100 Hz), then its report of the
/// methods longest on the stack is filtered to the request pipeline's frames. Three requests: a posting page answered
/// from memory, the same answered from `rendered_pages` (`Site:PageCacheSeconds=0`), and a careers search, which no
/// stored page answers and so runs the whole pipeline (localization, routing, Razor Pages).
/// </summary>
internal static partial class PipelineBenchmark
{
    private const int Port = 5081;

    public static async Task<int> RunAsync(string[] args)
    {
        var postings = int.Parse(BenchmarkArgs.Option(args, "--postings") ?? "10000");
        var seconds = int.Parse(BenchmarkArgs.Option(args, "--seconds") ?? "8");
        var root = AppRoot.Locate().Path;
        var work = Path.Combine(Path.GetTempPath(), "recruiting-web-benchmark");
        Directory.CreateDirectory(work);
        var connection = $"Data Source={Path.Combine(work, $"postings-{postings}.db")}";
        await BenchmarkPostings.CreateAsync(connection, postings);
        await RunDotnetAsync(root, "tool", "restore");
        Console.WriteLine($"{postings} postings; {Environment.ProcessorCount} cores, load average {BenchmarkMachine.LoadAverage()} at the start");

        foreach (var (name, cacheSeconds, path) in new (string, int, string?)[]
                 {
                     ("posting page from memory", 60, null),
                     ("posting page from rendered_pages (PageCacheSeconds=0)", 0, null),
                     ("careers search, the whole pipeline (PageCacheSeconds=0)", 0, PostingUrls.Index("en") + "?q=engineer"),
                 })
        {
            await using var site = await SiteProcess.StartAsync(root, connection, Port, cacheSeconds, PostingUrls.Index("en"));
            using var http = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };
            var url = site.BaseUrl + (path ?? WebBenchmark.FirstPostingLink(await http.GetStringAsync(PostingUrls.Index("en"))));
            await WrkRun.RunAsync(url, "3s");
            var trace = Path.Combine(work, "pipeline.nettrace");
            var load = WrkRun.RunAsync(url, $"{seconds + 2}s");
            await Task.Delay(TimeSpan.FromSeconds(1));
            await RunDotnetAsync(root, "tool", "run", "dotnet-trace", "collect", "-p", $"{site.ProcessId}", "--profile", "dotnet-sampled-thread-time",
                "--duration", $"00:00:00:{seconds:D2}", "-o", trace);
            var run = await load;
            var report = await RunDotnetAsync(root, "tool", "run", "dotnet-trace", "report", trace, "topN", "-n", "2000", "--inclusive");
            Console.WriteLine();
            Console.WriteLine($"{name}: {url}");
            Console.WriteLine($"  wrk -t2 -c32 -d{seconds + 2}s: {run.RequestsPerSecond:F0} req/s, p99 {run.P99Milliseconds:F2} ms");
            Console.WriteLine("  share of all sampled thread time (inclusive / exclusive); frames of the request pipeline:");
            foreach (var frame in Frames(report)) Console.WriteLine($"  {frame.Inclusive,7:F2}% {frame.Exclusive,7:F2}%  {frame.Name}");
        }
        Console.WriteLine();
        Console.WriteLine($"load average {BenchmarkMachine.LoadAverage()} at the end");
        return 0;
    }

    private sealed record Frame(string Name, double Inclusive, double Exclusive);

    /// <summary>The report's lines for the server's request path: Kestrel's hosting, each middleware, routing, Razor Pages, our own code.</summary>
    private static IEnumerable<Frame> Frames(string report)
    {
        foreach (var line in report.Split('\n'))
        {
            var match = ReportLine().Match(line);
            if (!match.Success || !PipelineFrame().IsMatch(match.Groups["name"].Value)) continue;
            var (inclusive, exclusive) = (Percent(match.Groups["inclusive"].Value), Percent(match.Groups["exclusive"].Value));
            if (inclusive >= 0.05) yield return new Frame(match.Groups["name"].Value.Trim(), inclusive, exclusive);
        }
    }

    private static double Percent(string value) => double.Parse(value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\s*\d+\.\s+(?<name>.+?)\s+(?<inclusive>[0-9.]+)%\s+(?<exclusive>[0-9.]+)%")]
    private static partial Regex ReportLine();

    [GeneratedRegex(@"Middleware|HostingApplication|Recruiting|ErrorPages|SecurityHeaders|LegacyRedirects|Rendered|EndpointMiddleware|Routing|PageActionInvoker|ResourceInvoker|Localization|Authentication|Authorization|Antiforgery|Cors|OutputCache|StaticFile|Razor|PageMethods|FormLimits|SignIn")]
    private static partial Regex PipelineFrame();

    private static async Task<string> RunDotnetAsync(string root, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet", args) { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet could not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"dotnet {string.Join(' ', args)} exited with {process.ExitCode}:\n{await output}\n{await errors}");
        return await output;
    }
}
