using System.Diagnostics;
using Markdig;
using Recruiting.Core.Rendering;
using Recruiting.Legacy.Hugo;
using Recruiting.Web.Hosting;

namespace Recruiting.Benchmarks;

/// <summary>
/// The render step alone, on one thread: the bodies of import/ plus a body full of markup the sanitizer must remove,
/// rendered (Markdown, then sanitizer) and sanitized alone, in rounds after a warm-up. Prints the best round, in
/// elapsed time and in the process's CPU time (steadier on a shared machine, and it counts the garbage collector's work).
/// </summary>
public static class RenderBenchmark
{
    private const string Hostile = """
        ## Role <script>alert(1)</script>

        <p onclick="x()" style="color:red" class="c">Click <a href="javascript:go()">here</a> or <a href="https://x.example/" target="_blank">there</a>.</p>
        <iframe src="https://x.example">fallback</iframe><img src="x" onerror="alert(1)"><svg><a href="javascript:1">s</a></svg>

        | Level | Pay |
        |:--|--:|
        | 1 | <font color="red">10</font> |
        """;

    public static Task<int> RunAsync(string[] args)
    {
        var rounds = args.Length > 0 && int.TryParse(args[0], out var r) ? r : 5;
        var bodies = Directory.GetFiles(AppRoot.Locate().Resolve("import")).Order(StringComparer.Ordinal)
            .Select(f => HugoParser.Parse(File.ReadAllText(f)).Document).Where(d => d is not null).Select(d => d!.Body)
            .Append(Hostile).ToArray();
        var html = bodies.Select(b => Markdown.ToHtml(LegacyText.Normalize(b), MarkdownPipelines.Body)).ToArray();
        var renderer = new BodyRenderer();
        var sanitizer = new SafeHtmlSanitizer();
        const int PerRound = 2_000;

        var render = Best(rounds, PerRound, i => renderer.Render(bodies[i % bodies.Length]));
        var sanitize = Best(rounds, PerRound, i => sanitizer.Sanitize(html[i % html.Length]));

        Console.WriteLine($"bodies: {bodies.Length} ({bodies.Sum(b => b.Length) / bodies.Length} characters on average), {PerRound} per round, best of {rounds} rounds");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load average {BenchmarkMachine.LoadAverage()}");
        Console.WriteLine($"render (Markdown + sanitizer): {render.Elapsed:F1} µs per body elapsed ({1e6 / render.Elapsed:F0} bodies/s), {render.Cpu:F1} µs CPU");
        Console.WriteLine($"sanitizer alone:              {sanitize.Elapsed:F1} µs per body elapsed ({1e6 / sanitize.Elapsed:F0} bodies/s), {sanitize.Cpu:F1} µs CPU");
        return Task.FromResult(0);
    }

    /// <returns>Microseconds per call in the fastest round (elapsed, and CPU), after one round of warm-up.</returns>
    private static (double Elapsed, double Cpu) Best(int rounds, int perRound, Action<int> call)
    {
        var (elapsed, cpu) = (double.MaxValue, double.MaxValue);
        var process = Process.GetCurrentProcess();
        for (var round = 0; round <= rounds; round++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < perRound; i++) call(i);
            clock.Stop();
            process.Refresh();
            if (round == 0) continue;
            elapsed = Math.Min(elapsed, clock.Elapsed.TotalMicroseconds / perRound);
            cpu = Math.Min(cpu, (process.TotalProcessorTime - cpuBefore).TotalMicroseconds / perRound);
        }
        return (elapsed, cpu);
    }
}
