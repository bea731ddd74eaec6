using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Recruiting.Core;
using Recruiting.Core.Storage;
using Recruiting.Legacy;
using Recruiting.Legacy.Import;

namespace Recruiting.Benchmarks;

/// <summary>
/// Generates a corpus (default 10,000 postings), imports it into a fresh SQLite file, then imports it again unchanged.
/// Rates include reading the files from disk. Goals: ≥ 2,000 files/s cold, ≥ 10,000 files/s unchanged.
/// </summary>
public static class ImportBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 10_000;
        var work = Path.Combine(Path.GetTempPath(), "recruiting-bench-import-" + Guid.NewGuid().ToString("N")[..8]);
        var corpus = Path.Combine(work, "corpus");
        try
        {
            PostingCorpus.Generate(corpus, count);
            await using var services = await ServicesAsync(Path.Combine(work, "bench.db"));

            var cold = await TimeImportAsync(services, corpus);
            var warm = await TimeImportAsync(services, corpus);
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;

            Console.WriteLine($"files: {count}");
            Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load average {LoadAverage()}");
            Console.WriteLine($"cold import:      {cold.Seconds:F2} s, {count / cold.Seconds:F0} files/s; CPU {cold.CpuSeconds:F2} s ({cold.Report.Summary()})");
            Console.WriteLine($"unchanged import: {warm.Seconds:F2} s, {count / warm.Seconds:F0} files/s; CPU {warm.CpuSeconds:F2} s ({warm.Report.Summary()})");
            Console.WriteLine($"peak working set: {peak / 1024 / 1024} MiB");
            return cold.Report.Created == count && warm.Report.Unchanged == count ? 0 : 1;
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<(double Seconds, double CpuSeconds, ImportReport Report)> TimeImportAsync(ServiceProvider services, string corpus)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        var sources = ImportSourceReader.Read([corpus], corpus);
        var report = await scope.ServiceProvider.GetRequiredService<LegacyImporter>().ImportAsync(sources, new ImportOptions(ActorName: "benchmark"));
        return (clock.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, report);
    }

    /// <summary>The figures mean little on a busy machine; print how busy it was.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static async Task<ServiceProvider> ServicesAsync(string file)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = DatabaseOptions.Sqlite,
            ["ConnectionStrings:Default"] = $"Data Source={file}",
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(config)
            .AddLogging()
            .AddRecruitingCore(config)
            .AddLegacyImport()
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync(scope.ServiceProvider.GetRequiredService<RecruitingDb>());
        return services;
    }
}
