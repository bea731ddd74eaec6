using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Recruiting.Core.Storage;

namespace Recruiting.Testing;

/// <summary>
/// The real site over HTTP on a fresh database of its own (SQLite file or PostgreSQL).
/// `settings` override configuration; by default nothing is imported at start-up.
/// </summary>
public sealed partial class TestApp : WebApplicationFactory<Program>
{
    public TestDatabase Database { get; }
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    static TestApp()
    {
        // Dozens of hosts start in one test process: file watchers would exhaust the inotify instances.
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }

    private TestApp(TestDatabase database, IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services)
    {
        Database = database;
        _settings = settings;
        _services = services;
    }

    /// <param name="services">Registrations made after the site's own (a test-only page type, say).</param>
    public static async Task<TestApp> StartAsync(string provider = DatabaseOptions.Sqlite, IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var database = await TestDatabase.CreateAsync(provider, migrate: false);
        var app = new TestApp(database, settings ?? new Dictionary<string, string?>(), services);
        _ = app.Server; // starts the host: migrations run as in production
        await app.EnsureStartedAsync();
        return app;
    }

    /// <summary>
    /// When start-up stops (an invalid setting, say), Program reports it and returns before migrating, but the factory
    /// still starts the host it built: say so here rather than let the test fail on a missing table.
    /// </summary>
    private async Task EnsureStartedAsync()
    {
        using var client = CreateClient();
        using var ready = await client.GetAsync("/health/ready");
        if (!ready.IsSuccessStatusCode)
            throw new InvalidOperationException(
                $"The test site did not start: /health/ready answered {(int)ready.StatusCode}. Start-up stopped early, most likely on a setting this test passes (the reason is on standard error).");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting("ConnectionStrings:Default", Database.ConnectionString);
        builder.UseSetting("Import:Folder", "");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        if (_services is not null) builder.ConfigureTestServices(_services);
    }

    public RecruitingDb NewDbContext() => Database.NewContext();

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
    }
}
