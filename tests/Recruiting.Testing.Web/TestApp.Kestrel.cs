using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Recruiting.Core.Storage;

namespace Recruiting.Testing;

public sealed partial class TestApp
{
    /// <summary>Where the real Kestrel server listens, for browser tests; null for the in-memory test server.</summary>
    public Uri? KestrelAddress { get; private set; }

    /// <summary>The real site on Kestrel at 127.0.0.1 on a free port (a browser can reach it), on a fresh database.</summary>
    public static async Task<TestApp> StartOnKestrelAsync(string provider = DatabaseOptions.Sqlite, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var database = await TestDatabase.CreateAsync(provider, migrate: false);
        var app = new TestApp(database, settings ?? new Dictionary<string, string?>(), null);
        app.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        app.KestrelAddress = new Uri(addresses.First());
        await app.EnsureStartedAsync();
        return app;
    }
}
