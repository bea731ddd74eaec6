using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Recruiting.Core.Storage;

public static class StorageServices
{
    public const string DefaultSqlite = "Data Source=recruiting.db";

    public static IServiceCollection AddRecruitingStorage(this IServiceCollection services, IConfiguration config)
    {
        var provider = config["Database:Provider"] ?? DatabaseOptions.Sqlite;
        var connection = DatabaseOptions.ConnectionString(config);
        services.AddDbContext<RecruitingDb>(options => Configure(options, provider, connection));
        services.AddSingleton(new SchemaMigrator(provider));
        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, string provider, string connection)
    {
        if (string.Equals(provider, DatabaseOptions.Postgres, StringComparison.OrdinalIgnoreCase))
            options.UseNpgsql(connection);
        else if (string.Equals(provider, DatabaseOptions.Sqlite, StringComparison.OrdinalIgnoreCase))
            options.UseSqlite(connection);
        else
            throw new InvalidOperationException(
                $"Database:Provider is '{provider}'. Set it to '{DatabaseOptions.Sqlite}' or '{DatabaseOptions.Postgres}' in appsettings.json or the Database__Provider environment variable.");
    }
}
