namespace Recruiting.Web.Public;

/// <summary>
/// Benchmark only, mapped only when `Benchmark:InMemoryPageFile` is set (never in normal runs): answers the
/// bytes of that file, read once into memory, so wrk can compare a real page with the cheapest possible answer.
/// </summary>
public static class BenchmarkPageEndpoint
{
    public const string Path = "/__benchmark/in-memory-page";

    public static void MapBenchmarkPageIfEnabled(this WebApplication app)
    {
        var file = app.Configuration["Benchmark:InMemoryPageFile"];
        if (string.IsNullOrWhiteSpace(file)) return;
        var bytes = new Lazy<byte[]>(() => File.ReadAllBytes(file));
        app.MapGet(Path, () => Results.Bytes(bytes.Value, "text/html; charset=utf-8"));
    }
}
