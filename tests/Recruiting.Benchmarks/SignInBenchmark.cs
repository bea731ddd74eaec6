using System.Diagnostics;
using Recruiting.Core.Identity;
using Recruiting.Testing;

namespace Recruiting.Benchmarks;

/// <summary>
/// How long the sign-in form takes to refuse a known e-mail address with a wrong password, an unknown address, and
/// to accept the right password, through the real site in-process (no network), interleaved so a busy machine weighs
/// on all three alike. Each attempt comes from its own client address (X-Forwarded-For behind a trusted proxy) so the
/// per-address-and-client limit never cuts in. Goal: known and unknown addresses cannot be told apart by time
/// (medians within a few percent; the issue measured 166 ms against 13 ms before).
/// </summary>
public static class SignInBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 60;
        await using var database = await TestDatabase.CreateAsync();
        await using var app = await TestApp.StartAsync(settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = database.ConnectionString,
            ["contentRoot"] = Path.Combine(Recruiting.Web.Hosting.AppRoot.Locate().Path, "src", "Recruiting.Web"),
            ["Logging:LogLevel:Default"] = "Warning",
            ["ReverseProxy:Enabled"] = "true",
            ["Security:SignInRateLimit:PermitLimit"] = "1000000",
        });
        const string known = "known@example.test";
        var password = SignedInClient.NewPassword();
        await SignedInClient.CreateUserAsync(app, known, password, [Roles.Author]);

        var times = new Dictionary<string, List<double>> { ["known, wrong password"] = [], ["unknown address"] = [], ["known, right password"] = [] };
        var cases = new (string Name, string Email, string Password)[]
        {
            ("known, wrong password", known, "Wrong-password-for-timing"),
            ("unknown address", "nobody@example.test", "Wrong-password-for-timing"),
            ("known, right password", known, password),
        };
        var address = 0;
        async Task<double> AttemptAsync((string Name, string Email, string Password) attempt)
        {
            using var client = SignedInClient.Anonymous(app);
            client.DefaultRequestHeaders.Add("X-Forwarded-For", $"10.{address / 65536 % 256}.{address / 256 % 256}.{address++ % 256}");
            var token = SignedInClient.AntiforgeryToken(await client.GetStringAsync(SignedInClient.SignInUrl));
            var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Form.Email"] = attempt.Email, ["Form.Password"] = attempt.Password, ["__RequestVerificationToken"] = token,
            });
            var clock = Stopwatch.StartNew();
            using var response = await client.PostAsync(SignedInClient.SignInUrl, form);
            await response.Content.ReadAsByteArrayAsync();
            var elapsed = clock.Elapsed.TotalMilliseconds;
            var succeeded = response.StatusCode == System.Net.HttpStatusCode.Redirect;
            if (succeeded != (attempt.Password == password))
                throw new InvalidOperationException($"{attempt.Name}: unexpected answer {(int)response.StatusCode}.");
            return elapsed;
        }

        for (var i = 0; i < 5; i++)
            foreach (var attempt in cases) await AttemptAsync(attempt);
        for (var i = 0; i < rounds; i++)
            foreach (var attempt in cases) times[attempt.Name].Add(await AttemptAsync(attempt));

        Console.WriteLine($"rounds: {rounds}; machine: {Environment.ProcessorCount} cores, load average {BenchmarkMachine.LoadAverage()}");
        foreach (var (name, list) in times)
        {
            list.Sort();
            Console.WriteLine($"{name,-24} median {list[list.Count / 2],7:F1} ms   p10 {list[list.Count / 10],7:F1} ms   p90 {list[list.Count * 9 / 10],7:F1} ms");
        }
        var ratio = times["unknown address"][rounds / 2] / times["known, wrong password"][rounds / 2];
        Console.WriteLine($"unknown / known median: {ratio:F2}");
        return 0;
    }
}
