using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Npgsql;
using Recruiting.Core.Storage;

namespace Recruiting.Testing;

/// <summary>
/// Several processes of the real site (<see cref="AppProcess"/>), started at the same moment on one new PostgreSQL
/// database, with an administrator (made by `create-admin`) and an API token of theirs for the management API.
/// </summary>
public sealed partial class SiteCluster : IAsyncDisposable
{
    public const string AdminEmail = "admin@example.test";
    public const string AdminPassword = "Cluster-admin-passw0rd!";

    private readonly TestDatabase _database;
    private string _token = "";

    public List<AppProcess> Instances { get; } = [];
    public IReadOnlyDictionary<string, string?> Settings { get; }

    private SiteCluster(TestDatabase database, IReadOnlyDictionary<string, string?> settings)
    {
        _database = database;
        Settings = settings;
    }

    /// <param name="settings">Added to the database's settings (`Database:Provider`, `ConnectionStrings:Default`).</param>
    public static async Task<SiteCluster> StartAsync(int instances, IReadOnlyDictionary<string, string?> settings)
    {
        var database = await TestDatabase.CreateAsync(DatabaseOptions.Postgres, migrate: false);
        var all = new Dictionary<string, string?>(settings)
        {
            ["Database:Provider"] = DatabaseOptions.Postgres,
            ["ConnectionStrings:Default"] = database.ConnectionString,
        };
        var cluster = new SiteCluster(database, all);
        try
        {
            cluster.Instances.AddRange(Enumerable.Range(0, instances).Select(i => AppProcess.Start(((char)('A' + i)).ToString(), all)));
            try
            {
                await Task.WhenAll(cluster.Instances.Select(i => i.WaitUntilReadyAsync(TimeSpan.FromMinutes(5))));
            }
            catch (Exception e) when (e is TimeoutException or InvalidOperationException)
            {
                // The others' output tells what the instance that did not answer was waiting for.
                throw new TimeoutException(e.Message + string.Concat(cluster.Instances.Select(i => $"\n--- {i.Name}:\n{i.Output}")), e);
            }
            var (exit, output) = await AppProcess.RunCommandAsync(all, AdminPassword, "create-admin", AdminEmail);
            if (exit != 0) throw new InvalidOperationException("create-admin failed: " + output);
            using var browser = Browser();
            var site = cluster.Instances[^1];
            await cluster.SignInAsync(browser, site);
            var created = await SignedInClient.PostFormAsync(browser, Url(site, "/admin/tokens"), new() { ["Form.Name"] = "cluster" }, Url(site, "/admin/tokens?handler=Create"));
            cluster._token = TokenPattern().Match(await created.Content.ReadAsStringAsync()).Groups[1].Value;
            if (cluster._token.Length == 0) throw new InvalidOperationException($"No API token: {(int)created.StatusCode}.");
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public static string Url(AppProcess site, string path) => new Uri(site.Address, path).ToString();

    /// <summary>A client with its own cookie jar (cookies of 127.0.0.1 go to every port, as to one site behind a balancer).</summary>
    public static HttpClient Browser() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Signs the administrator in on <paramref name="site"/> through the sign-in form.</summary>
    public async Task SignInAsync(HttpClient browser, AppProcess site)
    {
        var status = await SubmitSignInAsync(browser, site, AdminEmail, AdminPassword);
        if (status != HttpStatusCode.Redirect) throw new InvalidOperationException($"Sign-in on {site.Name} answered {status}.");
    }

    /// <summary>The sign-in form, posted as a browser would; `client` is the address a trusted proxy says it came from.</summary>
    public async Task<HttpStatusCode> SubmitSignInAsync(HttpClient browser, AppProcess site, string email, string password, string? client = null)
    {
        using var response = await PostSignInAsync(browser, site, email, password, client);
        return response.StatusCode;
    }

    /// <summary>The sign-in form's answer, as <see cref="SubmitSignInAsync"/> posts it.</summary>
    public async Task<HttpResponseMessage> PostSignInAsync(HttpClient browser, AppProcess site, string email, string password, string? client = null)
    {
        var url = Url(site, SignedInClient.SignInUrl);
        var token = SignedInClient.AntiforgeryToken(await browser.GetStringAsync(url));
        using var post = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Form.Email"] = email, ["Form.Password"] = password, ["__RequestVerificationToken"] = token,
            }),
        };
        if (client is not null) post.Headers.Add("X-Forwarded-For", client);
        return await browser.SendAsync(post);
    }

    /// <summary>A draft posting in English, made through the management API of <paramref name="site"/>.</summary>
    public async Task<Guid> CreatePostingAsync(AppProcess site, string slug, string title, DateTimeOffset? closingAt = null)
    {
        var created = await ManageAsync(site, "/api/v1/manage/postings", new
        {
            language = "en", slug, title, description = title + ": a posting of the cluster.", bodyMarkdown = "## Role\n\n" + title, closingAt,
        });
        return (Guid)created["id"]!;
    }

    /// <summary>A management API POST with the administrator's token; throws unless it succeeds.</summary>
    public async Task<JsonNode> ManageAsync(AppProcess site, string path, object? body = null)
    {
        using var http = Browser();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        var response = await http.PostAsJsonAsync(Url(site, path), body ?? new { });
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"POST {path} on {site.Name} answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    public async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in Instances) await instance.DisposeAsync();
        await _database.DisposeAsync();
    }

    [GeneratedRegex("<p class=\"admin-secret\" id=\"new-token\">([^<]+)</p>")]
    private static partial Regex TokenPattern();
}
