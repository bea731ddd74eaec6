using System.Diagnostics;
using Recruiting.Core.Workflow;
using Recruiting.Web.Hosting;

namespace Recruiting.Benchmarks.Web;

/// <summary>
/// wrk against the real site on a SQLite database of N postings: a posting page and, alternated with it, the bare
/// ceiling (<see cref="CeilingProcess"/>) answering the same HTML bytes from memory (goal: ≥ 0.8 of its requests/s,
/// p99 &lt; 10 ms at 32 connections), then the careers index.
/// </summary>
internal static class WebBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var postings = int.Parse(BenchmarkArgs.Option(args, "--postings") ?? "10000");
        var duration = BenchmarkArgs.Option(args, "--duration") ?? "10s";
        var cacheSeconds = args.Contains("--no-cache") ? 0 : 60;
        var root = AppRoot.Locate().Path;
        var work = Path.Combine(Path.GetTempPath(), "recruiting-web-benchmark");
        Directory.CreateDirectory(work);
        var database = Path.Combine(work, $"postings-{postings}.db");
        var connection = $"Data Source={database}";

        var seeding = Stopwatch.StartNew();
        await BenchmarkPostings.CreateAsync(connection, postings);
        Console.WriteLine($"Database {database} with {postings} postings ready in {seeding.Elapsed.TotalSeconds:F1} s");

        await using var site = await SiteProcess.StartAsync(root, connection, 5077, cacheSeconds);
        using var http = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };
        var index = await http.GetStringAsync(PostingUrls.Index("en"));
        var postingPath = FirstPostingLink(index);
        var html = await http.GetByteArrayAsync(postingPath);
        var pageFile = Path.Combine(work, "ceiling-page.html");
        await File.WriteAllBytesAsync(pageFile, html);
        Console.WriteLine($"Posting page {postingPath}: {html.Length} bytes");
        await using var ceiling = await CeilingProcess.StartAsync(root, work, pageFile, 5099);

        var pageUrl = site.BaseUrl + postingPath;
        var memoryUrl = ceiling.BaseUrl + postingPath;
        var indexUrl = site.BaseUrl + PostingUrls.Index("en");
        foreach (var url in new[] { pageUrl, memoryUrl, indexUrl }) await WrkRun.RunAsync(url, "3s"); // warm-up

        // The machine is shared: alternate the two runs so both see the same load, and report every round.
        var rounds = new List<(WrkRun Page, WrkRun Memory)>();
        for (var round = 0; round < 3; round++)
            rounds.Add((await WrkRun.RunAsync(pageUrl, duration), await WrkRun.RunAsync(memoryUrl, duration)));
        var list = await WrkRun.RunAsync(indexUrl, duration);
        foreach (var run in rounds.SelectMany(r => new[] { r.Page, r.Memory }).Append(list)) Console.WriteLine($"--- wrk {run.Url}\n{run.Output}");

        Console.WriteLine($"page cache: {(cacheSeconds > 0 ? "on" : "off (--no-cache)")}");
        Console.WriteLine($"command: wrk -t2 -c32 -d{duration} --latency URL");
        foreach (var (page, memory) in rounds)
            Console.WriteLine($"posting page {page.RequestsPerSecond,8:F0} req/s p99 {page.P99Milliseconds,7:F2} ms | ceiling {memory.RequestsPerSecond,8:F0} req/s p99 {memory.P99Milliseconds,7:F2} ms | ratio {page.RequestsPerSecond / memory.RequestsPerSecond:F2}");
        var ratios = rounds.Select(r => r.Page.RequestsPerSecond / r.Memory.RequestsPerSecond).Order().ToList();
        Console.WriteLine($"median ratio: {ratios[ratios.Count / 2]:F2} (goal >= 0.8)");
        Console.WriteLine($"careers index {list.RequestsPerSecond,8:F0} req/s p99 {list.P99Milliseconds:F2} ms");
        return 0;
    }

    public static string FirstPostingLink(string indexHtml)
    {
        const string marker = "href=\"/en/careers/";
        var list = indexHtml.IndexOf("class=\"postings\"", StringComparison.Ordinal);
        var start = list < 0 ? -1 : indexHtml.IndexOf(marker, list, StringComparison.Ordinal);
        if (start < 0) throw new InvalidOperationException("The careers index lists no posting.");
        start += "href=\"".Length;
        return indexHtml[start..indexHtml.IndexOf('"', start)];
    }
}
