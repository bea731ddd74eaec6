using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Identity;
using Recruiting.Core.Storage;
using Recruiting.Testing;
using Recruiting.Web.Cli;
using Xunit.Abstractions;

namespace Recruiting.Web.Tests.HostileFiles;

/// <summary>
/// What the hostile-file suite's classes share (one class per channel, so they run in parallel). The suite: the generated <see cref="HostileCorpus"/> through every way files enter the product —
/// the command line as a real process (on SQLite and PostgreSQL), the console upload, and the site's start-up import
/// as a real process. Each must survive, import the good files, reject each bad one with its specific message, and
/// leave nothing half-written. Counts and peak memory go to the test output.
/// </summary>
public abstract partial class HostileFileSuite(ITestOutputHelper output) : IDisposable
{
    protected static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(3);
    protected readonly IReadOnlyList<HostileCase> _cases = HostileCorpus.Generate();
    protected readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("recruiting-hostile-");

    protected ITestOutputHelper Output { get; } = output;

    public void Dispose() => _folder.Delete(recursive: true);

    protected sealed record FileResult(string Outcome, IReadOnlyList<(string Severity, string Code, string Message)> Messages);

    protected void AssertOutcomes(IReadOnlyDictionary<string, FileResult> files, string channel, IReadOnlySet<string>? skip = null)
    {
        foreach (var c in _cases.Where(c => skip?.Contains(c.Path) != true))
        {
            Assert.True(files.TryGetValue(c.Path, out var file), $"{channel}: no report line for {c}");
            Assert.True(file!.Outcome is "Created" or "Rejected", $"{channel}: {c} came out {file.Outcome}");
            if (c.Expect != Expect.Either)
                Assert.True(file.Outcome == (c.Expect == Expect.Imported ? "Created" : "Rejected"),
                    $"{channel}: {c} should be {c.Expect}, came out {file.Outcome}: {string.Join(" | ", file.Messages.Select(m => m.Message))}");
            if (file.Outcome == "Rejected")
            {
                Assert.Contains(file.Messages, m => m.Severity == "error" && m.Message.Length > 20);
                if (c.Code is not null && file.Messages.All(m => m.Code != "")) // the upload page shows messages without codes
                    Assert.True(file.Messages.Any(m => m.Code == c.Code), $"{channel}: {c} should be refused with {c.Code}: {string.Join(" | ", file.Messages)}");
            }
            Assert.DoesNotContain(file.Messages, m => m.Code == "not-stored"); // a database refusal means a rule is missing
        }
    }

    /// <summary>Each file imported has its posting, published, with one revision and one audit line; a rejected file left nothing.</summary>
    protected static async Task AssertNothingHalfWrittenAsync(TestDatabase database, IReadOnlyDictionary<string, FileResult> files, Func<string, string> identity)
    {
        await using var db = database.NewContext();
        var created = files.Where(f => f.Value.Outcome == "Created").Select(f => identity(f.Key)).Order(StringComparer.Ordinal).ToList();
        var postings = await db.Postings.AsNoTracking().Select(p => new { p.Id, p.ImportSource, p.PublishedHtml }).ToListAsync();
        Assert.Equal(created, postings.Select(p => p.ImportSource!).Order(StringComparer.Ordinal).ToList());
        Assert.All(postings, p => Assert.NotNull(p.PublishedHtml));
        Assert.Equal(postings.Count, await db.Revisions.CountAsync());
        Assert.Equal(postings.Count, await db.AuditLog.CountAsync(a => a.Action == "posting.import"));
    }

    protected IReadOnlyDictionary<string, FileResult> ReadJsonReport(string stdout)
    {
        using var json = JsonDocument.Parse(stdout);
        return json.RootElement.GetProperty("files").EnumerateArray().ToDictionary(
            f => Relative(f.GetProperty("path").GetString()!),
            f => new FileResult(f.GetProperty("outcome").GetString()!, f.GetProperty("messages").EnumerateArray()
                .Select(m => (m.GetProperty("severity").GetString()!, m.GetProperty("code").GetString()!, m.GetProperty("message").GetString()!)).ToList()));
    }

    private string Relative(string path) => path.StartsWith(_folder.FullName + "/", StringComparison.Ordinal) ? path[(_folder.FullName.Length + 1)..] : path;

    protected static IReadOnlyDictionary<string, FileResult> ReadReportRows(string page) =>
        ReportRow().Matches(page).ToDictionary(
            m => WebUtility.HtmlDecode(m.Groups["path"].Value),
            m => new FileResult(Outcome(m.Groups["outcome"].Value), MessageItem().Matches(m.Groups["details"].Value)
                .Select(i => (i.Groups[1].Value == "Error" ? "error" : "warning", "", WebUtility.HtmlDecode(i.Groups[2].Value))).ToList()));

    private static string Outcome(string cssClass) => cssClass switch { "created" => "Created", "rejected" => "Rejected", var other => other };

    [GeneratedRegex("""<tr class="outcome-(?<outcome>\w+)">\s*<th scope="row">(?<path>[^<]*)</th>(?<details>.*?)</tr>""", RegexOptions.Singleline)]
    private static partial Regex ReportRow();

    [GeneratedRegex("""<li>(Error|Warning|Ambiguity): (.*?)</li>""", RegexOptions.Singleline)]
    private static partial Regex MessageItem();

    [GeneratedRegex("name=\"UploadId\" value=\"([0-9a-f]{32})\"")]
    protected static partial Regex UploadIdPattern();

    protected static IEnumerable<string> Providers() =>
        PostgresAvailability.InCi || PostgresAvailability.Reachable.Value ? [DatabaseOptions.Sqlite, DatabaseOptions.Postgres] : [DatabaseOptions.Sqlite];

    protected static Dictionary<string, string> Settings(TestDatabase database) => new()
    {
        ["Database__Provider"] = database.Provider,
        ["ConnectionStrings__Default"] = database.ConnectionString,
        ["Import__Folder"] = "",
    };

    protected static async Task WaitUntilAnsweringAsync(AppProcess site, HttpClient http)
    {
        for (var attempt = 0; attempt < 720; attempt++)
        {
            if (site.HasExited)
            {
                var run = await site.StopAsync();
                Assert.Fail($"The site stopped during start-up with exit code {run.ExitCode}:\n{run.Output}\n{run.Error}");
            }
            try
            {
                if ((await http.GetAsync("/robots.txt")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(250);
        }
        Assert.Fail("The site did not answer within three minutes.");
    }

    protected static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    protected static async Task<HttpResponseMessage> UploadAsync(SignedInClient client, params (string Name, byte[] Bytes)[] files)
    {
        var page = await client.GetStringAsync("/admin/import");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(SignedInClient.AntiforgeryToken(page)), "__RequestVerificationToken");
        foreach (var (name, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "files", name);
        }
        return await client.Http.PostAsync("/admin/import?handler=Upload", form);
    }

    protected static byte[] Zip(IEnumerable<HostileCase> cases)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var c in cases)
            {
                using var entry = zip.CreateEntry(c.Path, CompressionLevel.Fastest).Open();
                entry.Write(c.Bytes);
            }
        return buffer.ToArray();
    }
}
