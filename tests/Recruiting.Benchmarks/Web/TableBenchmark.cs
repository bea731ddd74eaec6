using System.Diagnostics;
using System.Globalization;
using Recruiting.Core.Workflow;
using Recruiting.Web.Hosting;

namespace Recruiting.Benchmarks.Web;

/// <summary>
/// Issue 13's table, measured the way the issue measures it: the real Release site on a SQLite database of N postings,
/// and the bare ceiling (`../shared/bench/ceiling`: Kestrel answering the same bytes from memory) as a separate process,
/// with wrk rounds alternated between them. Prints each run and the median of each row against its goal.
/// </summary>
internal static class TableBenchmark
{
    private const int CeilingPort = 5099, CachedPort = 5078, UncachedPort = 5079;

    public static async Task<int> RunAsync(string[] args)
    {
        var postings = int.Parse(BenchmarkArgs.Option(args, "--postings") ?? "10000");
        var duration = BenchmarkArgs.Option(args, "--duration") ?? "10s";
        var rounds = int.Parse(BenchmarkArgs.Option(args, "--rounds") ?? "3");
        var environment = StartupBenchmark.SiteEnvironment(args);
        var root = AppRoot.Locate().Path;
        var work = Path.Combine(Path.GetTempPath(), "recruiting-web-benchmark");
        Directory.CreateDirectory(work);
        var connection = $"Data Source={Path.Combine(work, $"postings-{postings}.db")}";
        await BenchmarkPostings.CreateAsync(connection, postings);
        Console.WriteLine($"{postings} postings; {Environment.ProcessorCount} cores, load average {BenchmarkMachine.LoadAverage()} at the start");
        if (environment.Count > 0) Console.WriteLine("site environment: " + string.Join(" ", environment.Select(e => $"{e.Key}={e.Value}")));
        var table = new List<Row>();
        var runs = new List<WrkRun>();
        async Task<WrkRun> Wrk(string url, string time)
        {
            // Slow answers are counted in the latencies rather than dropped as wrk's timeouts.
            var run = await WrkRun.RunAsync(url, time, timeout: "30s");
            runs.Add(run);
            return run;
        }

        // Start-up, on the published folder run from another one: see StartupBenchmark.
        var published = await StartupBenchmark.PublishAsync(root, Path.Combine(work, "published"));
        var (starts, cli) = await StartupBenchmark.MeasureAsync(published, connection, rounds, environment);
        table.Add(new("site start to first 200 of a posting page (published)", starts, "ms", "< 1000 ms"));
        table.Add(new("command line start, empty import (published)", cli, "ms", "< 500 ms"));

        await using (var cached = await SiteProcess.StartAsync(root, connection, CachedPort, 60, PostingUrls.Index("en"), environment))
        {
            using var http = new HttpClient { BaseAddress = new Uri(cached.BaseUrl) };
            var postingPath = WebBenchmark.FirstPostingLink(await http.GetStringAsync(PostingUrls.Index("en")));
            var slug = postingPath[(postingPath.LastIndexOf('/') + 1)..];
            var page = Path.Combine(work, "ceiling-page.html");
            await File.WriteAllBytesAsync(page, await http.GetByteArrayAsync(postingPath));
            await using var ceiling = await CeilingProcess.StartAsync(root, work, page, CeilingPort);

            var pageUrl = cached.BaseUrl + postingPath;
            var ceilingUrl = ceiling.BaseUrl + postingPath;
            var bySlugUrl = $"{cached.BaseUrl}/api/v1/postings/en/{slug}";
            var listUrl = $"{cached.BaseUrl}/api/v1/postings?pageSize=100";
            foreach (var url in new[] { pageUrl, ceilingUrl, bySlugUrl, listUrl }) await Wrk(url, "3s");

            var ratio = new List<double>();
            var pageP99 = new List<double>();
            var bySlug = new List<WrkRun>();
            var list = new List<WrkRun>();
            for (var round = 0; round < rounds; round++)
            {
                var site = await Wrk(pageUrl, duration);
                var bare = await Wrk(ceilingUrl, duration);
                Console.WriteLine($"round {round + 1}: cached page {site.RequestsPerSecond:F0} req/s p99 {site.P99Milliseconds:F2} ms, ceiling {bare.RequestsPerSecond:F0} req/s p99 {bare.P99Milliseconds:F2} ms");
                ratio.Add(site.RequestsPerSecond / bare.RequestsPerSecond);
                pageP99.Add(site.P99Milliseconds);
                bySlug.Add(await Wrk(bySlugUrl, duration));
                list.Add(await Wrk(listUrl, duration));
            }
            table.Add(new("cached posting page / ceiling (req/s ratio)", ratio, "", ">= 0.8"));
            table.Add(new("cached posting page p99", pageP99, "ms", "< 10 ms"));
            table.Add(new("content API, one posting by slug", bySlug.Select(r => r.RequestsPerSecond).ToList(), "req/s", ">= 10000"));
            table.Add(new("content API, one posting by slug, p99", bySlug.Select(r => r.P99Milliseconds).ToList(), "ms", ""));
            table.Add(new("content API list pageSize=100, p99", list.Select(r => r.P99Milliseconds).ToList(), "ms", "< 50 ms"));
            table.Add(new("content API list pageSize=100", list.Select(r => r.RequestsPerSecond).ToList(), "req/s", ""));
            table.Add(new("site peak RSS (page cache on, after the runs above)", [cached.PeakRssMegabytes()], "MB", "< 200 MB"));
        }

        await using (var uncached = await SiteProcess.StartAsync(root, connection, UncachedPort, 0, PostingUrls.Index("en"), environment))
        {
            using var http = new HttpClient { BaseAddress = new Uri(uncached.BaseUrl) };
            var postingPath = WebBenchmark.FirstPostingLink(await http.GetStringAsync(PostingUrls.Index("en")));
            var pageUrl = uncached.BaseUrl + postingPath;
            var indexUrl = uncached.BaseUrl + PostingUrls.Index("en");
            foreach (var url in new[] { pageUrl, indexUrl }) await Wrk(url, "3s");
            var page = new List<WrkRun>();
            var index = new List<WrkRun>();
            for (var round = 0; round < rounds; round++)
            {
                page.Add(await Wrk(pageUrl, duration));
                index.Add(await Wrk(indexUrl, duration));
            }
            table.Add(new("posting page, cache miss (PageCacheSeconds=0)", page.Select(r => r.RequestsPerSecond).ToList(), "req/s", ">= 10000"));
            table.Add(new("posting page, cache miss, p99", page.Select(r => r.P99Milliseconds).ToList(), "ms", ""));
            table.Add(new("careers index, cache miss", index.Select(r => r.RequestsPerSecond).ToList(), "req/s", ">= 5000"));
            table.Add(new("careers index, cache miss, p99", index.Select(r => r.P99Milliseconds).ToList(), "ms", ""));
            table.Add(new("site peak RSS (page cache off, after the runs above)", [uncached.PeakRssMegabytes()], "MB", "< 200 MB"));
        }

        foreach (var run in runs.Where(r => r.Problems.Length > 0)) Console.WriteLine($"wrk {run.Url}: {run.Problems}");
        Console.WriteLine();
        Console.WriteLine($"wrk -t2 -c32 -d{duration} --timeout 30s --latency; {rounds} rounds; load average {BenchmarkMachine.LoadAverage()} at the end");
        Console.WriteLine("The import row is measured by the `import-published` benchmark (the published program) and the `import` benchmark (in-process, with its allocations and collections).");
        foreach (var row in table) Console.WriteLine(row);
        return 0;
    }

    private sealed record Row(string What, List<double> Runs, string Unit, string Goal)
    {
        public override string ToString()
        {
            var sorted = Runs.Order().ToList();
            var median = sorted[sorted.Count / 2];
            string F(double v) => v.ToString(v < 10 ? "F2" : "F0", CultureInfo.InvariantCulture);
            return $"{What,-55} median {F(median),8} {Unit,-5} runs [{string.Join(", ", Runs.Select(F))}]" + (Goal.Length > 0 ? $"  goal {Goal}" : "");
        }
    }
}
