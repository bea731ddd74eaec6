using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Recruiting.Core.Content;
using Recruiting.Core.Rendering;
using Recruiting.Testing;

namespace Recruiting.Benchmarks;

/// <summary>
/// Fills a fresh SQLite database with COUNT published postings (default 10,000; every tenth archived, half French),
/// starts the real site in-process, and times content API list requests end to end inside the server
/// (no network), and the process CPU time per request, which means more than wall time on a busy machine.
/// Goal: a list answers in under 100 ms.
/// </summary>
public static class ApiBenchmark
{
    private const int Runs = 40;

    private static readonly string[] Queries =
    [
        "/api/v1/postings",
        "/api/v1/postings?status=all&pageSize=100",
        "/api/v1/postings?lang=fr&status=all&pageSize=100&page=40",
        "/api/v1/postings?q=engineer&pageSize=100",
        "/api/v1/postings?updatedSince=2020-01-01T00:00:00Z&pageSize=100",
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 10_000;
        await using var database = await TestDatabase.CreateAsync();
        await using var app = await TestApp.StartAsync(settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = database.ConnectionString,
            // A console program has no test-assembly metadata for WebApplicationFactory to find the site's folder with.
            ["contentRoot"] = Path.Combine(Recruiting.Web.Hosting.AppRoot.Locate().Path, "src", "Recruiting.Web"),
            ["Logging:LogLevel:Default"] = "Warning",
        });
        await SeedAsync(database, app.Services.GetRequiredService<BodyRenderer>(), count);
        var client = app.CreateClient();

        Console.WriteLine($"postings: {count}; machine: {Environment.ProcessorCount} cores, load average {BenchmarkMachine.LoadAverage()}");
        var worst = 0.0;
        foreach (var query in Queries)
        {
            for (var i = 0; i < 5; i++) (await client.GetAsync(query)).EnsureSuccessStatusCode();
            var times = new List<double>();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i < Runs; i++)
            {
                var clock = Stopwatch.StartNew();
                var response = await client.GetAsync(query);
                await response.Content.ReadAsByteArrayAsync();
                times.Add(clock.Elapsed.TotalMilliseconds);
                response.EnsureSuccessStatusCode();
            }
            var cpuPerRequest = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / Runs;
            times.Sort();
            var median = times[times.Count / 2];
            worst = Math.Max(worst, median);
            Console.WriteLine($"{query,-70} median {median,6:F1} ms  p90 {times[(int)(times.Count * 0.9)],6:F1} ms  CPU {cpuPerRequest,5:F1} ms/request");
        }
        return worst < 100 ? 0 : 1;
    }

    private static async Task SeedAsync(TestDatabase database, BodyRenderer renderer, int count)
    {
        var start = DateTimeOffset.UtcNow.AddDays(-count / 10.0);
        const int batch = 1000;
        for (var from = 0; from < count; from += batch)
        {
            await using var db = database.NewContext();
            for (var i = from; i < Math.Min(count, from + batch); i++)
            {
                var lang = i % 2 == 0 ? "en" : "fr";
                var content = new PostingContent
                {
                    Title = $"{(i % 3 == 0 ? "Software engineer" : "Product designer")} {i}",
                    Description = $"Join team {i % 37} to build public services.",
                    BodyMarkdown = $"## The role\n\nWork in the open with team {i % 37}.\n\n- Ship small changes\n- Learn from users\n",
                };
                var at = start.AddMinutes(i * 14.4);
                db.Postings.Add(new Posting
                {
                    Language = lang, Slug = $"job-{i / 2}", TranslationKey = $"job-{i / 2}", Draft = content, Published = content,
                    PublishedHtml = renderer.Render(content.BodyMarkdown),
                    PublishedLanguage = lang, PublishedSlug = $"job-{i / 2}", PublishedTranslationKey = $"job-{i / 2}",
                    Status = i % 10 == 9 ? PostingStatus.Archived : PostingStatus.Published,
                    CreatedAt = at, LastModifiedAt = at, ContentChangedAt = at, FirstPublishedAt = at, PublishedAt = at,
                    ArchivedAt = i % 10 == 9 ? at.AddHours(1) : null,
                });
            }
            await db.SaveChangesAsync();
        }
    }
}
