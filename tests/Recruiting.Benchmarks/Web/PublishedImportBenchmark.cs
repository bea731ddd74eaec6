using System.Diagnostics;
using System.Globalization;
using Recruiting.Web.Hosting;

namespace Recruiting.Benchmarks.Web;

/// <summary>
/// Issue 13's import row on the program an operator runs: the published folder (ReadyToRun, as the README's Deploy
/// section makes it), `Recruiting.Web import CORPUS` into a new SQLite file, started from another folder. Reads the child's
/// CPU time (user + system, all threads) and peak resident memory (VmHWM) from /proc every 20 ms until it exits, so the
/// last 20 ms of CPU may be missed. Variants (`--variant LABEL:NAME=VALUE;NAME=VALUE`, repeated) run alternated in each
/// round, to compare runtime settings on the same machine at the same time. The corpora are the `import` benchmark's.
/// </summary>
internal static class PublishedImportBenchmark
{
    public const string Usage = "import-published [--sizes 10000] [--corpus realistic] [--rounds 3] [--published DIR] [--variant LABEL:NAME=VALUE;NAME=VALUE]...";

    private sealed record Variant(string Label, Dictionary<string, string> Environment);

    private sealed record Run(string Variant, int Files, double Seconds, double Cpu, double PeakMiB);

    public static async Task<int> RunAsync(string[] args)
    {
        var sizes = (BenchmarkArgs.Option(args, "--sizes") ?? "10000").Split(',').Select(int.Parse).ToArray();
        var corpus = BenchmarkArgs.Option(args, "--corpus") ?? "realistic";
        var rounds = int.Parse(BenchmarkArgs.Option(args, "--rounds") ?? "3");
        var variants = BenchmarkArgs.Repeated(args, "--variant").Select(ParseVariant).DefaultIfEmpty(new Variant("as published", [])).ToList();
        var work = Path.Combine(Path.GetTempPath(), "recruiting-web-benchmark");
        Directory.CreateDirectory(work);
        var published = BenchmarkArgs.Option(args, "--published") ?? await StartupBenchmark.PublishAsync(AppRoot.Locate().Path, Path.Combine(work, "published"));
        Console.WriteLine($"{published}; {Environment.ProcessorCount} cores, load average {BenchmarkMachine.LoadAverage()} at the start");

        var runs = new List<Run>();
        for (var round = 1; round <= rounds; round++)
            foreach (var size in sizes)
                foreach (var variant in variants)
                {
                    var run = await ImportAsync(published, ImportBenchmark.Corpus(corpus, size), size, variant);
                    runs.Add(run);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"round {round} {corpus} {size,6} {variant.Label,-20}: {run.Seconds,6:F2} s, {run.Files / run.Seconds,6:F0} files/s, CPU {run.Cpu,6:F2} s, peak RSS {run.PeakMiB,5:F0} MiB (load {BenchmarkMachine.LoadAverage()})"));
                }

        Console.WriteLine();
        Console.WriteLine($"medians of {rounds} run(s), load average now {BenchmarkMachine.LoadAverage()}:");
        Console.WriteLine("| corpus | files | variant | files/s (wall) | CPU s | peak RSS MiB |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var g in runs.GroupBy(r => (r.Files, r.Variant)))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {corpus} | {g.Key.Files:N0} | {g.Key.Variant} | {Median(g.Select(r => r.Files / r.Seconds)):F0} | {Median(g.Select(r => r.Cpu)):F2} | {Median(g.Select(r => r.PeakMiB)):F0} |"));
        return 0;
    }

    /// <summary>One cold import into a new database in a folder of its own, deleted afterwards.</summary>
    private static async Task<Run> ImportAsync(string published, string corpus, int files, Variant variant)
    {
        var folder = Directory.CreateTempSubdirectory("recruiting-import-published-").FullName;
        try
        {
            var info = SiteProcess.StartInfo(SiteProgram.Published(published, folder), $"Data Source={Path.Combine(folder, "import.db")}",
                variant.Environment, ["import", corpus]);
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(info) ?? throw new InvalidOperationException("The import could not start.");
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            var (cpu, peak) = (0.0, 0.0);
            while (!process.HasExited)
            {
                if (Read(process.Id) is { } now) (cpu, peak) = now;
                await Task.Delay(20);
            }
            await process.WaitForExitAsync();
            var seconds = clock.Elapsed.TotalSeconds;
            var summary = (await output).Split('\n').FirstOrDefault(l => l.Contains(" files read: ")) ?? "";
            if (process.ExitCode != 0 || !summary.StartsWith($"{files} files read: {files} created"))
                throw new InvalidOperationException($"The import of {corpus} did not create every posting (exit code {process.ExitCode}):\n{summary}\n{await errors}");
            return new Run(variant.Label, files, seconds, cpu, peak / 1024);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>CPU seconds so far (utime + stime, in clock ticks of 1/100 s) and VmHWM in KiB; null once the process is gone.</summary>
    private static (double Cpu, double PeakKiB)? Read(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture);
            var peak = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmHWM:")).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
            return (ticks / 100, double.Parse(peak, CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return null;
        }
    }

    private static Variant ParseVariant(string text)
    {
        var (label, settings) = text.IndexOf(':') is var colon and > 0 ? (text[..colon], text[(colon + 1)..]) : (text, text);
        return new Variant(label, settings.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(s => s.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair.Length > 1 ? pair[1] : ""));
    }

    private static double Median(IEnumerable<double> values) => values.Order().ElementAt(values.Count() / 2);
}
