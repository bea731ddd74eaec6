using Microsoft.Playwright;
using Recruiting.Testing;

namespace Recruiting.Browser.Tests;

/// <summary>
/// The site on real Kestrel (127.0.0.1, random port, fresh SQLite database) and one headless Debian Chromium,
/// shared by the browser tests; each test opens its own browser context (own cookies). Playwright never
/// downloads a browser: it drives /usr/bin/chromium.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string ContactLink = "mailto:jobs@acme.example.test";
    public static bool CanRun => PostgresAvailability.InCi || File.Exists(ChromiumPath);

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    public TestApp App { get; private set; } = null!;
    public Uri BaseAddress => App.KestrelAddress!;

    public async Task InitializeAsync()
    {
        if (!CanRun) return;
        App = await TestApp.StartOnKestrelAsync(settings: new Dictionary<string, string?>
        {
            ["Security:SignInRateLimit:PermitLimit"] = "1000",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Site:ApplyUrlTemplate"] = "https://jobs.example.test/{leverId}/apply",
            ["Site:Organization:Name"] = "Acme",
            ["Site:Organization:Links:Contact"] = ContactLink,
            ["Site:Organization:Links:Privacy"] = "https://acme.example.test/{lang}/privacy",
            ["Site:Organization:Links:Accessibility"] = "/{lang}/careers",
            ["Site:Organization:Links:Terms"] = "https://acme.example.test/{lang}/terms",
            ["Site:Theme:Primary"] = "#f0c000",
            ["Site:Theme:Accent"] = "#6b2c91",
        });
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumArgs });
    }

    /// <summary>A new browser context (no cookies) with one page, addressed relative to the site.</summary>
    public async Task<IPage> NewPageAsync(string locale = "en-GB", ViewportSize? viewport = null, bool javaScript = true)
    {
        var options = new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), Locale = locale, JavaScriptEnabled = javaScript };
        if (viewport is not null) options.ViewportSize = viewport;
        var context = await _browser!.NewContextAsync(options);
        // How long an action or navigation may wait, not how fast the site must be: the test command runs every test
        // project at once on two cores, where one first sign-in (a password hash and the console's first queries) once
        // took more than 10 s.
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>A user made through the app's own UserManager, with a fresh random password (never a default one).</summary>
    public async Task<(string Email, string Password)> CreateUserAsync(params string[] roles)
    {
        var email = $"browser-{Guid.NewGuid().ToString("N")[..10]}@example.test";
        var password = SignedInClient.NewPassword();
        await SignedInClient.CreateUserAsync(App, email, password, roles);
        return (email, password);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (App is not null) await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
