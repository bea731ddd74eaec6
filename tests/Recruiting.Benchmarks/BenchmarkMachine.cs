using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Recruiting.Core;
using Recruiting.Core.Storage;

namespace Recruiting.Benchmarks;

/// <summary>What every benchmark needs: how busy the machine was, and the core services on a migrated SQLite file.</summary>
internal static class BenchmarkMachine
{
    /// <summary>The figures mean little on a busy machine; print how busy it was.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    public static async Task<ServiceProvider> SqliteServicesAsync(string file, Action<IServiceCollection> extra)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = DatabaseOptions.Sqlite,
            ["ConnectionStrings:Default"] = $"Data Source={file}",
        }).Build();
        var collection = new ServiceCollection()
            .AddSingleton<IConfiguration>(config)
            .AddLogging()
            .AddRecruitingCore(config);
        extra(collection);
        var services = collection.BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync(scope.ServiceProvider.GetRequiredService<RecruitingDb>());
        return services;
    }
}
