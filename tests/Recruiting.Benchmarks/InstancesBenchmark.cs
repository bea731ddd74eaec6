using System.Diagnostics;
using System.Net;
using Recruiting.Testing;

namespace Recruiting.Benchmarks;

/// <summary>
/// How long a change made on one instance takes to be served by the others. Three Release processes of the site on a new
/// PostgreSQL database (`RECRUITING_TEST_POSTGRES`), pages cached for 600 s. CHANGES times (default 100), one instance
/// (in turn) publishes or unpublishes a posting through the management API while the other two have the careers index
/// cached in its old state; the delay runs from the API's answer (the change is committed) until both others serve the
/// new index, polled every 5 ms. Prints the median and the worst. Goal: worst &lt; 1 s.
/// </summary>
public static class InstancesBenchmark
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan GiveUp = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(string[] args)
    {
        var changes = args.Length > 1 && args[0] == "--changes" && int.TryParse(args[1], out var n) ? n : 100;
        if (!PostgresAvailability.Reachable.Value)
        {
            Console.Error.WriteLine($"No PostgreSQL at {PostgresAvailability.ConnectionString}: set RECRUITING_TEST_POSTGRES or start one (bash .ci/start-postgres).");
            return 2;
        }
        await using var cluster = await SiteCluster.StartAsync(3, new Dictionary<string, string?>
        {
            ["Import:Folder"] = "",
            ["Site:PageCacheSeconds"] = "600",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        var sites = cluster.Instances;
        var id = await cluster.CreatePostingAsync(sites[0], "propagation", "Propagation probe");
        using var http = SiteCluster.Browser();
        Console.WriteLine($"changes: {changes}; machine: {Environment.ProcessorCount} cores, load average {BenchmarkMachine.LoadAverage()}");

        var delays = new List<double>(changes);
        for (var i = 0; i < changes; i++)
        {
            var writer = sites[i % sites.Count];
            var readers = sites.Where(s => s != writer).ToList();
            var publish = i % 2 == 0;
            foreach (var reader in readers) await ServesAsync(http, reader); // cached in the old state
            await cluster.ManageAsync(writer, $"/api/v1/manage/postings/{id}/{(publish ? "publish" : "unpublish")}");
            var clock = Stopwatch.StartNew();
            var pending = readers.ToList();
            while (pending.Count > 0)
            {
                foreach (var reader in pending.ToList())
                    if (await ServesAsync(http, reader) == publish) pending.Remove(reader);
                if (pending.Count == 0) break;
                if (clock.Elapsed > GiveUp) throw new TimeoutException($"Change {i + 1} was not served by {string.Join(", ", pending.Select(p => p.Name))} within {GiveUp.TotalSeconds} s.");
                await Task.Delay(Poll);
            }
            delays.Add(clock.Elapsed.TotalMilliseconds);
        }

        delays.Sort();
        var median = delays[delays.Count / 2];
        var worst = delays[^1];
        Console.WriteLine($"propagation delay over {changes} changes: median {median:F1} ms, 90th percentile {delays[(int)(delays.Count * 0.9)]:F1} ms, worst {worst:F1} ms");
        Console.WriteLine(worst < 1000 ? "goal met: worst < 1 s" : "goal missed: worst ≥ 1 s");
        return worst < 1000 ? 0 : 1;
    }

    private static async Task<bool> ServesAsync(HttpClient http, AppProcess site)
    {
        var response = await http.GetAsync(SiteCluster.Url(site, "/en/careers"));
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{site.Name} answered {(int)response.StatusCode} for /en/careers.");
        return (await response.Content.ReadAsStringAsync()).Contains("/en/careers/propagation");
    }
}
