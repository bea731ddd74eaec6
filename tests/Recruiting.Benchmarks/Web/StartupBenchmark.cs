using System.Diagnostics;
using System.Globalization;
using Recruiting.Core.Workflow;
using Recruiting.Web.Hosting;

namespace Recruiting.Benchmarks.Web;

/// <summary>
/// Issue 13's two start-up rows, on the program a server runs: the folder `dotnet publish -c Release -o FOLDER
/// src/Recruiting.Web` makes (the README's Deploy command), its program started from another, empty folder. The site:
/// process start to the first 200 of a posting page, on a SQLite database of N postings; the command line: `import` of an
/// empty folder on the same database, start to exit. Each round runs one of each, after one round not counted (it
/// fills the operating system's file cache); prints every run, the median and the load average.
/// </summary>
internal static class StartupBenchmark
{
    private const int Port = 5077;

    public static async Task<int> RunAsync(string[] args)
    {
        var postings = int.Parse(BenchmarkArgs.Option(args, "--postings") ?? "10000");
        var rounds = int.Parse(BenchmarkArgs.Option(args, "--rounds") ?? "7");
        var environment = SiteEnvironment(args);
        var root = AppRoot.Locate().Path;
        var work = Path.Combine(Path.GetTempPath(), "recruiting-web-benchmark");
        Directory.CreateDirectory(work);
        var connection = $"Data Source={Path.Combine(work, $"postings-{postings}.db")}";
        await BenchmarkPostings.CreateAsync(connection, postings);
        var published = BenchmarkArgs.Option(args, "--published") ?? await PublishAsync(root, Path.Combine(work, "published"));
        Console.WriteLine($"{postings} postings; {published}; {Environment.ProcessorCount} cores, load average {BenchmarkMachine.LoadAverage()} at the start");
        if (environment.Count > 0) Console.WriteLine("site environment: " + string.Join(" ", environment.Select(e => $"{e.Key}={e.Value}")));
        var (site, cli) = await MeasureAsync(published, connection, rounds, environment);
        Console.WriteLine($"load average {BenchmarkMachine.LoadAverage()} at the end; {rounds} rounds");
        Console.WriteLine(Summary("site start to first 200 of a posting page", site, "< 1000 ms"));
        Console.WriteLine(Summary("command line start (empty import)", cli, "< 500 ms"));
        return 0;
    }

    /// <summary>Publishes the site as the README's Deploy section says; returns the folder.</summary>
    public static async Task<string> PublishAsync(string repositoryRoot, string folder)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        var clock = Stopwatch.StartNew();
        using var publish = Process.Start(new ProcessStartInfo("dotnet",
            ["publish", Path.Combine(repositoryRoot, "src", "Recruiting.Web"), "-c", "Release", "-o", folder, "--disable-build-servers", "-nologo", "-v:q"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        })!;
        var output = publish.StandardOutput.ReadToEndAsync();
        var errors = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        if (publish.ExitCode != 0) throw new InvalidOperationException($"dotnet publish failed:\n{await output}\n{await errors}");
        Console.WriteLine($"published in {clock.Elapsed.TotalSeconds:F0} s to {folder}");
        return folder;
    }

    /// <returns>Each round's milliseconds: the site's start to its first 200 on a posting page, the command line's start to exit.</returns>
    public static async Task<(List<double> Site, List<double> Cli)> MeasureAsync(string published, string connection, int rounds,
        IReadOnlyDictionary<string, string> environment)
    {
        // Another folder than the program's, empty, as a server's working directory would be.
        var elsewhere = Directory.CreateTempSubdirectory("recruiting-startup-cwd-").FullName;
        var empty = Directory.CreateTempSubdirectory("recruiting-empty-import-").FullName;
        var program = SiteProgram.Published(published, elsewhere);
        string postingPath;
        await using (var first = await SiteProcess.StartAsync(program, connection, Port, 60, PostingUrls.Index("en"), environment))
        {
            using var http = new HttpClient { BaseAddress = new Uri(first.BaseUrl) };
            postingPath = WebBenchmark.FirstPostingLink(await http.GetStringAsync(PostingUrls.Index("en")));
        }
        await SiteProcess.RunCommandAsync(program, connection, environment, "import", empty);
        var site = new List<double>();
        var cli = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            await using (var started = await SiteProcess.StartAsync(program, connection, Port, 60, postingPath, environment))
                site.Add(started.StartedIn.TotalMilliseconds);
            cli.Add((await SiteProcess.RunCommandAsync(program, connection, environment, "import", empty)).TotalMilliseconds);
            Console.WriteLine($"round {round + 1}: site {site[^1]:F0} ms, command line {cli[^1]:F0} ms (load average {BenchmarkMachine.LoadAverage()})");
        }
        return (site, cli);
    }

    /// <summary>`--site-env NAME=VALUE`, repeated: variables for every process of the site (e.g. runtime switches to compare).</summary>
    public static Dictionary<string, string> SiteEnvironment(string[] args) =>
        BenchmarkArgs.Repeated(args, "--site-env").Select(value => value.Split('=', 2)).ToDictionary(pair => pair[0], pair => pair.Length > 1 ? pair[1] : "");

    private static string Summary(string what, List<double> runs, string goal)
    {
        var sorted = runs.Order().ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"{what,-45} median {sorted[sorted.Count / 2],6:F0} ms  min {sorted[0]:F0}  max {sorted[^1]:F0}  runs [{string.Join(", ", runs.Select(r => r.ToString("F0", CultureInfo.InvariantCulture)))}]  goal {goal}");
    }
}
