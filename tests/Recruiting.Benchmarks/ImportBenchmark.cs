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
            await using var services = await BenchmarkMachine.SqliteServicesAsync(Path.Combine(work, "bench.db"), s => s.AddLegacyImportAndExport());

            var cold = await TimeImportAsync(services, corpus);
            var warm = await TimeImportAsync(services, corpus);
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;

            Console.WriteLine($"files: {count}");
            Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load average {BenchmarkMachine.LoadAverage()}");
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
        var (allocated, paused) = (GC.GetTotalAllocatedBytes(), GC.GetTotalPauseDuration());
        var collections = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
        var (jitted, jitTime) = (System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime());
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        var sources = ImportSourceReader.Read([corpus], corpus);
        var report = await scope.ServiceProvider.GetRequiredService<LegacyImporter>().ImportAsync(sources, new ImportOptions(ActorName: "benchmark"));
        Console.WriteLine($"  allocated {(GC.GetTotalAllocatedBytes() - allocated) / 1048576} MiB, GC pauses {(GC.GetTotalPauseDuration() - paused).TotalSeconds:F2} s, "
            + $"collections {string.Join("/", Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - collections[g]))} (gen 0/1/2), "
            + $"JIT {System.Runtime.JitInfo.GetCompiledMethodCount() - jitted} methods in {(System.Runtime.JitInfo.GetCompilationTime() - jitTime).TotalSeconds:F2} s");
        return (clock.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, report);
    }
}
