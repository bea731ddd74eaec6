using Recruiting.Benchmarks.Web;

// Benchmarks, run in Release: dotnet run -c Release --project tests/Recruiting.Benchmarks -- NAME [options]
switch (args.FirstOrDefault())
{
    case "web":
        return await WebBenchmark.RunAsync(args[1..]);
    default:
        Console.Error.WriteLine("Usage: dotnet run -c Release --project tests/Recruiting.Benchmarks -- web [--postings N] [--duration 10s] [--no-cache]");
        return 2;
}
