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

    /// <summary>
    /// The provider and its compiled model (Storage/CompiledModels, made by `dotnet ef dbcontext optimize`, see README,
    /// Benchmarks): building the model from <see cref="RecruitingDb"/>'s configuration took about half a second of a
    /// process's first query. A test fails when a compiled model differs from the configuration.
    /// </summary>
    public static void Configure(DbContextOptionsBuilder options, string provider, string connection)
    {
        UseProvider(options, provider, connection);
        options.UseModel(DatabaseOptions.NamesPostgres(provider) ? CompiledModels.Postgres.RecruitingDbModel.Instance : CompiledModels.Sqlite.RecruitingDbModel.Instance);
    }

    /// <summary>The provider alone: EF Core builds the model from <see cref="RecruitingDb"/>'s configuration.</summary>
    public static void UseProvider(DbContextOptionsBuilder options, string provider, string connection)
    {
        if (DatabaseOptions.NamesPostgres(provider))
            options.UseNpgsql(connection);
        else if (string.Equals(provider, DatabaseOptions.Sqlite, StringComparison.OrdinalIgnoreCase))
            options.UseSqlite(connection);
        else
            throw new InvalidOperationException(
                $"Database:Provider is '{provider}'. Set it to '{DatabaseOptions.Sqlite}' or '{DatabaseOptions.Postgres}' in appsettings.json or the Database__Provider environment variable.");
    }
}
