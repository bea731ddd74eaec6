using Recruiting.Testing;
using Recruiting.Web.Cli;
using Recruiting.Web.Hosting;

namespace Recruiting.Web.Tests.Public;

/// <summary>
/// A change committed by another process on the same database (here the command line's `import`, with its own services)
/// reaches the running site's page cache: through NOTIFY on PostgreSQL, through the stored change counter on SQLite.
/// The site caches pages for 600 s, so only the announcement can explain seeing the change.
/// </summary>
public sealed class OtherProcessChangesTests
{
    [Theory, Providers]
    public async Task A_command_line_import_while_the_site_runs_shows_on_pages_it_had_cached(string provider)
    {
        await using var app = await PublicSite.StartAsync(provider, new Dictionary<string, string?> { ["Site:PageCacheSeconds"] = "600" });
        var client = app.Client();
        var (_, before) = await client.GetHtmlAsync("/en/careers");
        using var folder = await CommandFolder.CreateAsync(app.Database);
        Directory.CreateDirectory(Path.Combine(folder.Path, "postings", "en"));
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "postings", "en", "from-the-command-line.md"),
            "---\ntitle: From the command line\ndescription: Imported while the site runs.\n---\nBody.\n");

        var error = new StringWriter();
        var exit = await CommandLine.RunAsync(["import", Path.Combine(folder.Path, "postings")], new AppRoot(folder.Path), new StringWriter(), error);
        Assert.Equal((0, ""), (exit, error.ToString()));

        var deadline = DateTime.UtcNow.AddSeconds(15);
        var titles = Array.Empty<string>();
        while (DateTime.UtcNow < deadline)
        {
            var (_, after) = await client.GetHtmlAsync("/en/careers");
            titles = after.QuerySelectorAll("ul.postings a").Select(a => a.TextContent).ToArray();
            if (titles.Length > 0) break;
            await Task.Delay(50);
        }

        Assert.Empty(before.QuerySelectorAll("ul.postings a"));
        Assert.Equal(["From the command line"], titles);
    }
}
