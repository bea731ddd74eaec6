using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Recruiting.Testing;

namespace Recruiting.Deploy.Tests;

/// <summary>The published folder started as an operator would: from another working directory, with only its address set.</summary>
[Collection(PublishedAppCollection.Name)]
public sealed partial class PublishedSiteTests(PublishedApp app) : IDisposable
{
    private readonly string _workingDirectory = Directory.CreateTempSubdirectory("recruiting-cwd-").FullName;

    [Fact]
    public async Task The_published_folder_runs_from_another_working_directory_with_only_its_address_set()
    {
        var address = $"http://127.0.0.1:{AppProcess.FreePort()}";
        await using var site = AppProcess.Start(app, _workingDirectory, new Dictionary<string, string> { ["ASPNETCORE_URLS"] = address });
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(address) };
        await site.WaitUntilOkAsync(http, "/health/live", TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready")).StatusCode);
        // Settings are read once: no file-system watcher wakes for every write in the folder beside the database (SettingsReload).
        Assert.DoesNotContain(site.ThreadNames(), name => name.StartsWith(".NET File Watch"));

        // Production logs are JSON, one object per line; the first start says what to do next.
        var messages = site.Output.Select(line => JsonDocument.Parse(line).RootElement.GetProperty("Message").GetString()!).ToList();
        Assert.Contains(messages, m => m.StartsWith("No administrator yet. Create the first one with: " + Path.Combine(app.Folder, "Recruiting.Web") + " create-admin"));
        Assert.Contains(messages, m => m.StartsWith("Site:BaseUrl is not set"));
        Assert.Contains(messages, m => m.StartsWith("Site:Organization:Name is not set"));

        // The sample postings of import/ were imported into the empty database.
        using var all = JsonDocument.Parse(await http.GetStringAsync("/api/v1/postings?status=all&pageSize=100"));
        Assert.Equal(Directory.GetFiles(Path.Combine(app.Folder, "import")).Length, all.RootElement.GetProperty("totalCount").GetInt32());

        // Styled pages: the careers index links its stylesheet, and it is served. Without Site:BaseUrl, links name the request's host.
        var index = await http.GetStringAsync("/en/careers");
        Assert.Contains($"<link rel=\"canonical\" href=\"{address}/en/careers\"", index);
        // The public pages now link the GC Design System's tokens and fonts (from npm, published in wwwroot/lib) and the theme.
        var publicStyles = Stylesheets().Matches(index).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["/lib/gcds-tokens/global.css", "/lib/lato/latin-700.css", "/lib/noto-sans/latin-400.css", "/lib/noto-sans/latin-700.css", "/css/public.css", "/theme.css"],
            publicStyles.Select(s => s.Split('?')[0]));
        foreach (var style in publicStyles) await AssertServedAsync(http, style, "text/css");
        foreach (var font in new[] { "/lib/lato/files/lato-latin-700-normal.woff2", "/lib/noto-sans/files/noto-sans-latin-400-normal.woff2", "/lib/noto-sans/files/noto-sans-latin-700-normal.woff2" })
            await AssertServedAsync(http, font, "font/woff2");

        // The editor's scripts and styles: an administrator created with the published program's command line opens the editor.
        const string password = "Deploy-test-passw0rd!";
        await using (var command = AppProcess.Start(app, _workingDirectory, new Dictionary<string, string>(), ["create-admin", "ops@example.test"], standardInput: password + "\n"))
            Assert.Equal(0, await command.ExitCodeAsync(TimeSpan.FromMinutes(2)));
        var signIn = await SignedInClient.PostFormAsync(http, SignedInClient.SignInUrl, new() { ["Form.Email"] = "ops@example.test", ["Form.Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var editor = await http.GetStringAsync("/admin/postings/edit");
        var scripts = Scripts().Matches(editor).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["/lib/easymde/easymde.min.js", "/js/posting-editor.js", "/js/confirm-action.js", "/js/posting-checks.js"], scripts.Select(s => s.Split('?')[0]));
        foreach (var script in scripts) await AssertServedAsync(http, script, "text/javascript");
        var styles = Stylesheets().Matches(editor).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["/css/admin.css", "/lib/easymde/easymde.min.css"], styles.Select(s => s.Split('?')[0]));
        foreach (var style in styles) await AssertServedAsync(http, style, "text/css");

        // The data went to the data folder (by default the published folder, beside appsettings.json), not the working directory.
        Assert.True(File.Exists(Path.Combine(app.Folder, "recruiting.db")), "recruiting.db is not in the published folder");
        Assert.Empty(Directory.EnumerateFileSystemEntries(_workingDirectory));
    }

    private static async Task AssertServedAsync(HttpClient http, string path, string mediaType)
    {
        using var response = await http.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 0, $"{path} is empty");
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\"")]
    private static partial Regex Stylesheets();

    [GeneratedRegex("<script src=\"([^\"]+)\"")]
    private static partial Regex Scripts();

    public void Dispose() => Directory.Delete(_workingDirectory, recursive: true);
}
