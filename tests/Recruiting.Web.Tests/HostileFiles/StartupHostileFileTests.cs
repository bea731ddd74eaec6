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

/// <summary>The hostile corpus in Import:Folder when the real site starts on an empty database: it starts, serves, and imported only the good files.</summary>
public sealed class StartupHostileFileTests(ITestOutputHelper output) : HostileFileSuite(output)
{
    [Fact]
    public async Task The_site_starts_with_the_corpus_in_its_import_folder_and_serves_the_good_postings()
    {
        HostileCorpus.WriteTo(_folder.FullName, _cases);
        await using var database = await TestDatabase.CreateAsync(migrate: false);
        var url = $"http://127.0.0.1:{FreePort()}";
        var settings = new Dictionary<string, string>(Settings(database)) { ["Import__Folder"] = _folder.FullName, ["Site__BaseUrl"] = url };
        await using var site = AppProcess.Start(settings, "--urls", url);

        using var http = new HttpClient { BaseAddress = new Uri(url) };
        await WaitUntilAnsweringAsync(site, http);
        foreach (var path in new[] { "/en/careers", "/en/careers/feed.xml", "/sitemap.xml", "/api/v1/postings?pageSize=100" })
        {
            var response = await http.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
            if (path.EndsWith(".xml")) XDocument.Parse(await response.Content.ReadAsStringAsync());
        }
        var log = await site.StopAsync();

        await using var db = database.NewContext();
        var sources = (await db.Postings.Select(p => p.ImportSource!).ToListAsync()).Select(s => s[(_folder.FullName.Length + 1)..]).ToHashSet();
        foreach (var c in _cases.Where(c => c.Expect == Expect.Imported)) Assert.Contains(c.Path, sources);
        foreach (var c in _cases.Where(c => c.Expect == Expect.Rejected))
        {
            Assert.DoesNotContain(c.Path, sources);
            Assert.Contains($"Rejected {Path.Combine(_folder.FullName, c.Path)}: ", log.Output + log.Error);
        }
        Output.WriteLine($"site start-up: {_cases.Count} files in Import:Folder, started and served; {sources.Count} imported, peak RSS {log.PeakRssBytes / 1024 / 1024} MiB");
    }
}
