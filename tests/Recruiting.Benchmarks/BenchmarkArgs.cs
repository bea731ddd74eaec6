namespace Recruiting.Benchmarks;

/// <summary>A benchmark's options: `--name value`, some of them repeated.</summary>
internal static class BenchmarkArgs
{
    public static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>Every value of an option given several times, in order.</summary>
    public static List<string> Repeated(string[] args, string name) =>
        args.Select((a, i) => (a, i)).Where(x => x.a == name && x.i + 1 < args.Length).Select(x => args[x.i + 1]).ToList();
}
