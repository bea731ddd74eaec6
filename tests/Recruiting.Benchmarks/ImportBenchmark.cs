using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Recruiting.Legacy;
using Recruiting.Legacy.Import;
using Recruiting.Web.Cli;

namespace Recruiting.Benchmarks;

/// <summary>
/// Imports a corpus into a fresh SQLite file, then again unchanged, each size of each corpus in a new process (this
/// program, with <c>--child</c>), so that the peak resident memory (VmHWM) is the import's own and not what an earlier
/// size left behind. Corpora: "generated" (<see cref="PostingCorpus"/>, short bodies) and "realistic"
/// (<see cref="RealisticCorpus"/>, 7 KB with raw HTML). They are written once under $TMPDIR/recruiting-bench-import/
/// and reused. Rates include reading the files from disk (from the OS cache after the first run). Goals: ≥ 2,000
/// files/s cold, peak RSS under 300 MB whatever the number of files, ≥ 10,000 files/s unchanged.
/// </summary>
public static class ImportBenchmark
{
    private const string Usage = "import [--sizes 1000,10000,50000] [--corpus generated,realistic] [--rounds 3] [--chunk-size N]";

    private sealed record Run(string Corpus, int Files, string Kind, double Seconds, double Cpu, double AllocatedMiB, double PeakMiB,
        int FullCollections, double PauseSeconds, double RetainedMiB);

    public static async Task<int> RunAsync(string[] args)
    {
        if (args is ["--child", var corpusFolder, var chunk]) return await ChildAsync(corpusFolder, int.Parse(chunk));
        var sizes = (BenchmarkArgs.Option(args, "--sizes") ?? "1000,10000,50000").Split(',').Select(int.Parse).ToArray();
        var corpora = (BenchmarkArgs.Option(args, "--corpus") ?? "generated,realistic").Split(',');
        var rounds = int.Parse(BenchmarkArgs.Option(args, "--rounds") ?? "3");
        var chunkSize = BenchmarkArgs.Option(args, "--chunk-size") ?? $"{ImportOptions.DefaultChunkSize}";
        if (corpora.Except(["generated", "realistic"]).Any()) { Console.Error.WriteLine(Usage); return 2; }

        var runs = new List<Run>();
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load average {BenchmarkMachine.LoadAverage()}");
        for (var round = 1; round <= rounds; round++)
            foreach (var corpus in corpora)
                foreach (var size in sizes)
                {
                    var folder = Corpus(corpus, size);
                    var (ok, results) = await ChildProcessAsync(folder, chunkSize);
                    if (!ok) return 1;
                    foreach (var r in results)
                    {
                        var run = r with { Corpus = corpus };
                        runs.Add(run);
                        Console.WriteLine($"round {round} {corpus,-9} {size,6} {run.Kind,-9}: {run.Seconds,6:F2} s, {run.Files / run.Seconds,6:F0} files/s, "
                            + $"CPU {run.Cpu,6:F2} s, allocated {run.AllocatedMiB,6:F0} MiB, peak RSS {run.PeakMiB,5:F0} MiB, "
                            + $"{run.FullCollections} full GCs, GC pauses {run.PauseSeconds:F2} s, heap kept after the run {run.RetainedMiB:F0} MiB (load {BenchmarkMachine.LoadAverage()})");
                    }
                }

        Console.WriteLine();
        Console.WriteLine($"medians of {rounds} run(s), load average now {BenchmarkMachine.LoadAverage()}:");
        Console.WriteLine("| corpus | files | import | files/s (wall) | CPU s | allocated MiB | peak RSS MiB | GC pauses s | heap kept MiB |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var g in runs.GroupBy(r => (r.Corpus, r.Files, r.Kind)))
            Console.WriteLine($"| {g.Key.Corpus} | {g.Key.Files:N0} | {g.Key.Kind} | {Median(g.Select(r => r.Files / r.Seconds)):F0} | {Median(g.Select(r => r.Cpu)):F2} | "
                + $"{Median(g.Select(r => r.AllocatedMiB)):F0} | {Median(g.Select(r => r.PeakMiB)):F0} | {Median(g.Select(r => r.PauseSeconds)):F2} | "
                + $"{Median(g.Select(r => r.RetainedMiB)):F0} |");
        return 0;
    }

    /// <summary>The corpus folder, written on first use; a folder without its completion marker is written again.</summary>
    public static string Corpus(string corpus, int size)
    {
        var folder = Path.Combine(Path.GetTempPath(), "recruiting-bench-import", $"{corpus}-{size}-v1");
        var done = Path.Combine(folder, "..", $"{corpus}-{size}-v1.complete");
        if (File.Exists(done)) return folder;
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        var clock = Stopwatch.StartNew();
        if (corpus == "generated") PostingCorpus.Generate(folder, size);
        else RealisticCorpus.Generate(folder, size);
        var bytes = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        Console.WriteLine($"wrote the {corpus} corpus of {size:N0} files ({bytes / size / 1024.0:F1} KB on average) in {clock.Elapsed.TotalSeconds:F0} s: {folder}");
        File.WriteAllText(done, "");
        return folder;
    }

    private static async Task<(bool, List<Run>)> ChildProcessAsync(string folder, string chunkSize)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") start.ArgumentList.Add(typeof(ImportBenchmark).Assembly.Location);
        foreach (var a in (string[])["import", "--child", folder, chunkSize]) start.ArgumentList.Add(a);
        using var child = Process.Start(start)!;
        var output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        var runs = output.Split('\n').Where(l => l.StartsWith("RESULT ")).Select(l => l.Split(' ')).Select(p => new Run("", int.Parse(p[2]), p[1],
            Parse(p[3]), Parse(p[4]), Parse(p[5]), Parse(p[6]), int.Parse(p[7]), Parse(p[8]), Parse(p[9]))).ToList();
        if (child.ExitCode != 0 || runs.Count != 2) Console.Error.WriteLine($"The import of {folder} failed (exit code {child.ExitCode}):\n{output}");
        return (child.ExitCode == 0 && runs.Count == 2, runs);
    }

    /// <summary>In the child: a cold import into a new database, then the same files again (all unchanged).</summary>
    private static async Task<int> ChildAsync(string corpus, int chunkSize)
    {
        var work = Path.Combine(Path.GetTempPath(), "recruiting-bench-import-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(work);
        try
        {
            await using var services = await BenchmarkMachine.SqliteServicesAsync(Path.Combine(work, "bench.db"), s => s.AddLegacyImportAndExport());
            var cold = await TimeImportAsync(services, corpus, chunkSize);
            ResetPeak();
            var warm = await TimeImportAsync(services, corpus, chunkSize);
            Print("cold", cold);
            Print("unchanged", warm);
            var files = cold.Report.Total;
            return cold.Report.Created == files && warm.Report.Unchanged == files ? 0 : await FailAsync(cold, warm);
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<int> FailAsync(Measured cold, Measured warm)
    {
        Console.WriteLine("cold:");
        await cold.Text.WriteAsync(cold.Report, Console.Out);
        Console.WriteLine("unchanged:");
        await warm.Text.WriteAsync(warm.Report, Console.Out);
        return 1;
    }

    private static void Print(string kind, Measured r) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT {kind} {r.Report.Total} {r.Seconds:F3} {r.Cpu:F3} {r.Allocated / 1048576:F1} {r.Peak / 1048576:F1} {r.FullCollections} {r.Pause:F3} {r.Retained / 1048576:F1}"));

    /// <summary>
    /// One import, reported as the command line reports it by default (<see cref="ImportReportText"/>); <see cref="Retained"/> is
    /// the heap after a full collection with that report still held, so what a run keeps per file shows.
    /// </summary>
    private sealed record Measured(double Seconds, double Cpu, double Allocated, double Peak, int FullCollections, double Pause, double Retained, ImportReport Report, ImportReportText Text);

    private static async Task<Measured> TimeImportAsync(ServiceProvider services, string corpus, int chunkSize)
    {
        var allocated = GC.GetTotalAllocatedBytes();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var (fullCollections, pause) = (GC.CollectionCount(2), GC.GetTotalPauseDuration());
        var clock = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        var sources = ImportSourceReader.List([corpus], corpus);
        var text = new ImportReportText();
        var report = await scope.ServiceProvider.GetRequiredService<LegacyImporter>().ImportAsync(sources, new ImportOptions(ActorName: "benchmark", ChunkSize: chunkSize), sink: text);
        var measured = new Measured(clock.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds,
            GC.GetTotalAllocatedBytes() - allocated, PeakResident(), GC.CollectionCount(2) - fullCollections, (GC.GetTotalPauseDuration() - pause).TotalSeconds, 0, report, text);
        return measured with { Retained = GC.GetTotalMemory(forceFullCollection: true) };
    }

    /// <summary>The process's peak resident memory (VmHWM), in bytes.</summary>
    private static double PeakResident() =>
        File.ReadLines("/proc/self/status").Where(l => l.StartsWith("VmHWM:")).Select(l => double.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024).Single();

    /// <summary>Linux resets VmHWM to the current resident size when 5 is written to clear_refs.</summary>
    private static void ResetPeak() => File.WriteAllText("/proc/self/clear_refs", "5");

    private static double Parse(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
