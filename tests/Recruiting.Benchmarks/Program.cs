using Recruiting.Benchmarks;
using Recruiting.Benchmarks.Web;

// `dotnet run -c Release --project tests/Recruiting.Benchmarks -- CASE [options]`; each case lives in its own file.
var name = args.Length > 0 ? args[0] : "";
var rest = args.Skip(1).ToArray();
switch (name)
{
    case "import":
        return await ImportBenchmark.RunAsync(rest);
    case "import-published":
        return await PublishedImportBenchmark.RunAsync(rest);
    case "web":
        return await WebBenchmark.RunAsync(rest);
    case "search":
        return await SearchBenchmark.RunAsync(rest);
    case "admin-list":
        return await AdminListBenchmark.RunAsync(rest);
    case "api":
        return await ApiBenchmark.RunAsync(rest);
    case "sign-in":
        return await SignInBenchmark.RunAsync(rest);
    case "render":
        return await RenderBenchmark.RunAsync(rest);
    case "startup":
        return await StartupBenchmark.RunAsync(rest);
    case "pipeline":
        return await PipelineBenchmark.RunAsync(rest);
    case "table":
        return await Recruiting.Benchmarks.Web.TableBenchmark.RunAsync(rest);
    case "instances":
        return await InstancesBenchmark.RunAsync(rest);
    default:
        Console.Error.WriteLine("Usage: dotnet run -c Release --project tests/Recruiting.Benchmarks -- CASE");
        Console.Error.WriteLine("Cases: import [--sizes 1000,10000,50000] [--corpus generated,realistic] [--rounds 3] [--chunk-size N] | " + PublishedImportBenchmark.Usage + " | web [--postings N] [--duration 10s] [--no-cache] | search [--postings N] [--requests 100] [--rounds 3] | admin-list [COUNT] | api [COUNT] | render [ROUNDS] | sign-in [ROUNDS] | instances [--changes N] | startup [--postings N] [--rounds 7] [--published DIR] [--site-env NAME=VALUE]... | pipeline [--postings N] [--seconds 8] | table [--postings N] [--duration 10s] [--rounds 3] [--site-env NAME=VALUE]...");
        return 2;
}
