using System.Diagnostics;
using Recruiting.Web.Hosting;

namespace Recruiting.Benchmarks.Web;

/// <summary>
/// Server time of the careers index and its searches on a SQLite database of N postings (en/fr pairs with job facts), the
/// page cache off so every answer is computed: requests one at a time over loopback from this process (so the time is
/// the site's plus well under a millisecond of loopback), several rounds, median and p95 per address (goal: under 50 ms).
/// The machine's load average is printed before and after, since a shared machine's load moves every figure.
/// </summary>
internal static class SearchBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var postings = int.Parse(BenchmarkArgs.Option(args, "--postings") ?? "10000");
        var requests = int.Parse(BenchmarkArgs.Option(args, "--requests") ?? "100");
        var rounds = int.Parse(BenchmarkArgs.Option(args, "--rounds") ?? "3");
        var root = AppRoot.Locate().Path;
        var work = Path.Combine(Path.GetTempPath(), "recruiting-web-benchmark");
        Directory.CreateDirectory(work);
        var connection = $"Data Source={Path.Combine(work, $"search-postings-{postings}.db")}";

        var seeding = Stopwatch.StartNew();
        await BenchmarkPostings.CreateAsync(connection, postings);
        Console.WriteLine($"Database with {postings} postings ready in {seeding.Elapsed.TotalSeconds:F1} s");

        await using var site = await SiteProcess.StartAsync(root, connection, 5078, pageCacheSeconds: 0);
        Console.WriteLine($"load average before: {LoadAverage()}");
        using var http = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };
        string[] paths =
        [
            "/en/careers",
            $"/en/careers?page={Math.Max(1, postings / 2 / 50 / 2)}",
            "/en/careers?q=developer",
            "/fr/carrieres?q=developpeur+montreal",
            "/en/careers?q=no-such-word",
            "/en/careers?location=" + Uri.EscapeDataString("Montréal, QC, Canada") + "&type=FULL_TIME",
            "/en/careers?q=senior&department=Payments&remote=true",
        ];
        foreach (var path in paths)
        {
            var warm = await http.GetAsync(path);
            if (!warm.IsSuccessStatusCode) throw new InvalidOperationException($"{path} answered {(int)warm.StatusCode}.");
            for (var i = 0; i < 20; i++) await (await http.GetAsync(path)).Content.ReadAsByteArrayAsync();
        }

        var times = paths.ToDictionary(p => p, _ => new List<double>());
        for (var round = 0; round < rounds; round++)
            foreach (var path in paths) // rounds alternate the addresses, so a busy moment of a shared machine hits them all
                for (var i = 0; i < requests; i++)
                {
                    var clock = Stopwatch.StartNew();
                    using var response = await http.GetAsync(path);
                    await response.Content.ReadAsByteArrayAsync();
                    times[path].Add(clock.Elapsed.TotalMilliseconds);
                }

        Console.WriteLine($"load average after: {LoadAverage()}");
        Console.WriteLine($"page cache off (Site:PageCacheSeconds=0); {rounds} rounds x {requests} sequential requests per address; server time + loopback");
        Console.WriteLine($"{"address",-70} {"median",9} {"p95",9} {"max",9}");
        foreach (var path in paths)
        {
            var sorted = times[path].Order().ToList();
            Console.WriteLine($"{path,-70} {Percentile(sorted, 0.5),6:F2} ms {Percentile(sorted, 0.95),6:F2} ms {sorted[^1],6:F2} ms");
        }
        return 0;
    }

    /// <summary>The 1, 5 and 15-minute load averages (Linux), or a dash elsewhere.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "-";

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
