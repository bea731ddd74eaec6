using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Recruiting.Testing;
using Recruiting.Web.Cli;
using Recruiting.Web.Hosting;

namespace Recruiting.Web.Tests.Hosting;

/// <summary>A command does not watch its settings files (<see cref="SettingsReload"/>); the published site is checked in Recruiting.Deploy.Tests (the test host turns the watch off for every test).</summary>
public sealed class SettingsReloadTests
{
    private static string[] Watched(IConfiguration configuration) =>
        ((IConfigurationRoot)configuration).Providers.OfType<FileConfigurationProvider>()
            .Where(p => p.Source.ReloadOnChange).Select(p => p.Source.Path ?? "?").ToArray();

    [Fact]
    public async Task A_command_reads_its_settings_files_without_watching_them()
    {
        await using var database = await TestDatabase.CreateAsync(migrate: false);
        using var folder = await CommandFolder.CreateAsync(database);
        using var host = await CliHost.StartAsync(new AppRoot(folder.Path));

        var configuration = host.Services.GetRequiredService<IConfiguration>();
        Assert.NotEmpty(((IConfigurationRoot)configuration).Providers.OfType<FileConfigurationProvider>());
        Assert.Empty(Watched(configuration));
    }
}
