using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Recruiting.Benchmarks.Web;

/// <summary>One wrk run and the figures read from its output: requests per second and the 99th percentile latency.</summary>
internal sealed partial record WrkRun(string Url, double RequestsPerSecond, double P99Milliseconds, string Output)
{
    /// <param name="timeout">wrk's request timeout (its default is 2 s): an answer slower than this counts as an error, not a latency.</param>
    public static async Task<WrkRun> RunAsync(string url, string duration, int connections = 32, int threads = 2, string timeout = "2s")
    {
        var info = new ProcessStartInfo("wrk", ["-t" + threads, "-c" + connections, "-d" + duration, "--timeout", timeout, "--latency", url])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var wrk = Process.Start(info) ?? throw new InvalidOperationException("wrk could not start; install it (apt-get install wrk).");
        var output = await wrk.StandardOutput.ReadToEndAsync();
        var errors = await wrk.StandardError.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        if (wrk.ExitCode != 0) throw new InvalidOperationException($"wrk failed ({wrk.ExitCode}): {errors}");
        var rps = double.Parse(RequestsPerSecondLine().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var p99 = P99Line().Match(output);
        return new WrkRun(url, rps, ToMilliseconds(double.Parse(p99.Groups[1].Value, CultureInfo.InvariantCulture), p99.Groups[2].Value), output);
    }

    /// <summary>wrk's lines about failed requests (socket errors, timeouts, non-2xx/3xx answers); empty when none.</summary>
    public string Problems => string.Join("; ", Output.Split('\n').Select(l => l.Trim())
        .Where(l => l.StartsWith("Socket errors", StringComparison.Ordinal) || l.StartsWith("Non-2xx", StringComparison.Ordinal)));

    private static double ToMilliseconds(double value, string unit) => unit switch
    {
        "us" => value / 1000,
        "s" => value * 1000,
        _ => value,
    };

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecondLine();

    [GeneratedRegex(@"^\s+99%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline)]
    private static partial Regex P99Line();
}
