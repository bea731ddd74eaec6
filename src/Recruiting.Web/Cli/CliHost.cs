using Recruiting.Core;
using Recruiting.Core.Storage;
using Recruiting.Legacy;
using Recruiting.Web.Hosting;
using Recruiting.Web.Instances;
using Recruiting.Web.Webhooks;

namespace Recruiting.Web.Cli;

/// <summary>
/// The services a command needs, configured exactly as the web site's, with the database checked as the site checks it
/// (the data folder created, a failure told in one line: see <see cref="StartupFailures"/>) and the schema up to date.
/// </summary>
public static class CliHost
{
    public static async Task<IHost> StartAsync(AppRoot root, Action<IServiceCollection>? extra = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [SettingsReload.Off] });
        root.AddSettingsTo(builder.Configuration);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // Standard output is the command's answer (import --json prints only its report there); log lines go to standard error.
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddSingleton(root);
        builder.Services.AddRecruitingCore(builder.Configuration);
        builder.Services.AddLegacyImportAndExport();
        builder.Services.AddWebhookEvents();
        builder.Services.AddDatabaseLocks();
        builder.Services.AddDatabaseCheck();
        builder.Services.AddPublicContentAnnouncements();
        extra?.Invoke(builder.Services);
        var host = builder.Build();
        await DatabaseCheck.CheckDatabaseAsync(host.Services, builder.Configuration, host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Recruiting.Cli"));
        // As the site: one query without EF Core, and the lock and migrations only when some are pending.
        var migrator = host.Services.GetRequiredService<SchemaMigrator>();
        if ((await StartupState.TryReadAsync(host.Services)).IsMigrated(migrator)) return host;
        await using (await host.Services.GetRequiredService<DatabaseLocks>().AcquireAsync(DatabaseLocks.Startup, DatabaseStartup.StartupLockTimeout))
        await using (var scope = host.Services.CreateAsyncScope())
            await migrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<RecruitingDb>());
        return host;
    }
}
